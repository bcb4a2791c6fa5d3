import { describe, expect, it } from 'vitest';
import { detectConflicts, type EditorRule } from '../../../lib/conversation/conflicts';
import { legacyDetectConflicts as detectConflictsPairwise } from './conflicts-legacy';
import { rng } from '../../../scripts/lib-bench/rng';

const r = (x: Partial<EditorRule> & Pick<EditorRule, 'id' | 'kind'>): EditorRule => ({ replies: { en: ['x'] }, ...x });
const kinds = (rules: EditorRule[]) => detectConflicts(rules).map((f) => [f.kind, ...f.ruleIds, f.language, f.keyword ?? '']);

describe('detectConflicts', () => {
  it('reports two welcome rules with the same priority in the same language', () => {
    const f = detectConflicts([
      r({ id: 'w2', kind: 'welcome', replies: { en: ['a'], zh: ['b'] } }),
      r({ id: 'w1', kind: 'welcome', replies: { en: ['c'] } }),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: 'tie', ruleIds: ['w1', 'w2'], language: 'en' });
    expect(f[0].message).toContain('"w1" is used because ties go by rule id');
  });

  it('does not report welcome rules in different languages or with different SKUs', () => {
    expect(detectConflicts([
      r({ id: 'w1', kind: 'welcome', replies: { en: ['a'] } }),
      r({ id: 'w2', kind: 'welcome', replies: { zh: ['b'] } }),
      r({ id: 'w3', kind: 'welcome', skus: ['A'], replies: { es: ['b'] } }),
      r({ id: 'w4', kind: 'welcome', skus: ['B'], replies: { es: ['b'] } }),
    ])).toEqual([]);
  });

  it('reports faq rules sharing a keyword alternative: a tie at equal priority, a duplicate otherwise', () => {
    const rules = [
      r({ id: 'ship', kind: 'faq', keywords: { en: ['Shipping|delivery time'] } }),
      r({ id: 'track', kind: 'faq', keywords: { en: ['tracking|delivery  TIME'] }, examples: { en: ['where is it'] } }),
      r({ id: 'refund', kind: 'faq', priority: 2, keywords: { '*': ['shipping'] }, examples: { en: ['money back'] } }),
    ];
    expect(kinds(rules)).toEqual([
      ['duplicate-keyword', 'refund', 'ship', 'en', 'shipping'],
      ['tie', 'ship', 'track', 'en', 'delivery time'],
    ]);
  });

  it('reports a faq rule that can never fire because a higher-priority rule has all its keywords', () => {
    const f = detectConflicts([
      r({ id: 'general', kind: 'faq', priority: 1, keywords: { en: ['refund|return|money back'] } }),
      r({ id: 'narrow', kind: 'faq', keywords: { en: ['refund', 'return'] } }),
    ]);
    const never = f.filter((x) => x.kind === 'never-fires');
    expect(never).toHaveLength(1);
    expect(never[0].ruleIds).toEqual(['narrow', 'general']);
    expect(never[0].message).toMatch(/"narrow" can never fire/);
  });

  it('does not call a rule dead when it has examples, a keyword of its own, or a narrower winner', () => {
    const general = r({ id: 'general', kind: 'faq', priority: 1, keywords: { en: ['refund'] } });
    const dead = (x: EditorRule) => detectConflicts([general, x]).filter((f) => f.kind === 'never-fires');
    expect(dead(r({ id: 'n', kind: 'faq', keywords: { en: ['refund'] }, examples: { en: ['can I get a refund'] } }))).toEqual([]);
    expect(dead(r({ id: 'n', kind: 'faq', keywords: { en: ['refund|exchange'] } }))).toEqual([]);
    expect(detectConflicts([{ ...general, skus: ['A'] }, r({ id: 'n', kind: 'faq', keywords: { en: ['refund'] } })]).filter((f) => f.kind === 'never-fires')).toEqual([]);
  });

  it('reports an offline rule outranked in every language it has', () => {
    const f = detectConflicts([
      r({ id: 'off-main', kind: 'offline', priority: 5, replies: { en: ['a'], zh: ['b'] } }),
      r({ id: 'off-old', kind: 'offline', replies: { en: ['c'] } }),
      r({ id: 'off-es', kind: 'offline', replies: { es: ['d'] } }),
    ]);
    expect(f.map((x) => [x.kind, ...x.ruleIds])).toEqual([['never-fires', 'off-old', 'off-main']]);
  });

  it('tells equal ids of two packs apart in messages', () => {
    const f = detectConflicts([
      { ...r({ id: 'w', kind: 'welcome' }), packId: 'b' },
      { ...r({ id: 'w', kind: 'welcome' }), packId: 'a' },
    ]);
    expect(f[0].message).toContain('"a/w" and "b/w"');
  });
});

describe('detectConflicts on many rules', () => {
  const WORDS = ['refund', 'Shipping', 'delivery time', 'tracking', '快递', 'pedido', 'size', 'colour'];
  const LANGS = ['en', 'zh', 'es', '*'];

  function randomRules(seed: number, n: number): EditorRule[] {
    const r = rng(seed);
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    return Array.from({ length: n }, (_, i): EditorRule => {
      const kind = pick(['faq', 'faq', 'faq', 'welcome', 'offline', 'quick'] as const);
      const keywords: Record<string, string[]> = {};
      for (let k = Math.floor(r() * 3); k > 0; k--) (keywords[pick(LANGS)] ??= []).push(r() < 0.3 ? `${pick(WORDS)}|${pick(WORDS)}` : pick(WORDS));
      return {
        id: `r${Math.floor(r() * n)}`,
        packId: pick(['a', 'b']),
        kind,
        priority: Math.floor(r() * 3),
        ...(r() < 0.2 ? { skus: [pick(['A', 'B'])] } : {}),
        ...(kind === 'faq' ? { keywords, ...(r() < 0.3 ? { examples: { en: ['an example'] } } : {}) } : {}),
        replies: Object.fromEntries(['en', 'zh', 'es'].filter(() => r() < 0.6).map((l) => [l, ['x']])),
      };
    });
  }

  it('finds exactly what comparing every pair finds, in the same order', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const rules = randomRules(seed, 30);
      const expected = detectConflictsPairwise(rules);
      for (const f of expected) seen.add(f.kind);
      expect(detectConflicts(rules)).toEqual(expected);
    }
    // Every kind of finding is among them, so the comparison means something.
    expect([...seen].sort()).toEqual(['duplicate-keyword', 'never-fires', 'tie']);
  });

  it('checks a 6,000-rule library (one shared keyword)', () => {
    const rules = Array.from({ length: 6000 }, (_, i) => r({ id: `faq-${i}`, kind: 'faq', keywords: { en: [`product${i} tracking`], zh: [`产品${i}`] } }));
    rules.push(r({ id: 'dup', kind: 'faq', keywords: { en: ['product7 tracking'] } }));
    // (Comparing every pair took about 25 s here; its time is in `npm run bench`, editorChecksMs.)
    expect(detectConflicts(rules).map((f) => [f.kind, ...f.ruleIds])).toEqual([['tie', 'dup', 'faq-7']]);
  });
});
