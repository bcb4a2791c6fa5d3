import { describe, expect, it } from 'vitest';
import { detectConflicts, type EditorRule } from '../../../lib/conversation/conflicts';

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
