import { describe, expect, it } from 'vitest';
import { createMatcher, fingerprintRules, loadMatcher, rankWithPriority } from '../../../lib/match';
import { rule } from './helpers';
import { matcherSettings } from '../../../lib/match/settings';

const shipping = rule({
  id: 'shipping',
  examples: { en: ['how long does shipping take', 'when will my package arrive', 'delivery time to my city'] },
  replies: { en: ['Ships in 2 days.'], es: ['Se envía en 2 días.'], pt: ['Enviamos em 2 dias.'] },
});
const refund = rule({
  id: 'refund',
  examples: { en: ['I want a refund', 'how do I get my money back', 'refund for a broken item'] },
});
const size = rule({ id: 'size', examples: { en: ['which size should I order', 'size chart please'] } });

describe('ranking', () => {
  it('returns at most three faq suggestions, best first, scores in 0..1, never below threshold', () => {
    const many = Array.from({ length: 6 }, (_, i) => rule({ id: `r${i}`, threshold: 0.5, keywords: { en: ['order'] } }));
    const m = createMatcher([...many, rule({ id: 'welcome', kind: 'welcome', keywords: { en: ['order'] } })]);
    const s = m.match({ text: 'my order' }).suggestions;
    expect(s).toHaveLength(3);
    for (const x of s) {
      expect(x.kind).toBe('faq');
      expect(x.score).toBeGreaterThanOrEqual(0.5);
      expect(x.score).toBeLessThanOrEqual(1);
    }
  });

  it('priority breaks ties: the higher priority rule goes first', () => {
    const m = createMatcher([
      rule({ id: 'low', keywords: { en: ['return'] } }),
      rule({ id: 'high', priority: 5, keywords: { en: ['return'] } }),
    ]);
    expect(m.match({ text: 'return please' }).suggestions.map((s) => s.ruleId)).toEqual(['high', 'low']);
  });

  it('priority does not bury a clearly better match (outside the margin)', () => {
    const ranked = rankWithPriority(
      [
        { rule: 0, score: 0.99 },
        { rule: 1, score: 0.9 },
        { rule: 2, score: 0.96 },
      ],
      (x) => [0, 10, 3][x.rule],
      0.05,
    );
    // rule 2 (0.96, priority 3) is within 0.05 of rule 0 and outranks it; rule 1 is 0.09 behind.
    expect(ranked.map((x) => x.rule)).toEqual([2, 0, 1]);
  });

  it('skus: a rule with skus applies only when one of them is in view', () => {
    const m = createMatcher([
      rule({ id: 'battery-a1', skus: ['A1'], keywords: { en: ['battery'] } }),
      rule({ id: 'battery-generic', keywords: { en: ['battery'] } }),
    ]);
    expect(m.match({ text: 'battery life?' }).suggestions.map((s) => s.ruleId)).toEqual(['battery-generic']);
    expect(m.match({ text: 'battery life?', skusInView: ['B2'] }).suggestions.map((s) => s.ruleId)).toEqual(['battery-generic']);
    expect(m.match({ text: 'battery life?', skusInView: ['A1'] }).suggestions.map((s) => s.ruleId).sort()).toEqual([
      'battery-a1',
      'battery-generic',
    ]);
  });

  it('matches examples by meaning-bearing words and gives the reason', () => {
    const m = createMatcher([shipping, refund, size]);
    const s = m.match({ text: 'I want a refund please' }).suggestions;
    expect(s[0].ruleId).toBe('refund');
    expect(s[0].reason).toMatchObject({ kind: 'example', matched: 'I want a refund', language: 'en' });
    expect(m.match({ text: 'the weather is nice today' }).suggestions).toEqual([]);
  });
});

describe('reply language', () => {
  const wism = rule({
    id: 'wism',
    keywords: { es: ['pedido'], pt: ['pedido|encomenda'], en: ['order'] },
    replies: { en: ['On its way'], es: ['Tu pedido está en camino'], pt: ['Seu pedido está a caminho'] },
  });
  const m = createMatcher([wism]);

  it('answers Spanish buyers in Spanish and Portuguese buyers in Portuguese', () => {
    const es = m.match({ text: '¿Dónde está mi pedido?' });
    expect(es.language.code).toBe('es');
    expect(es.suggestions[0].replyLanguage).toBe('es');
    expect(es.suggestions[0].replies).toEqual(['Tu pedido está en camino']);
    const pt = m.match({ text: 'cadê meu pedido? já paguei' });
    expect(pt.language.code).toBe('pt');
    expect(pt.suggestions[0].replyLanguage).toBe('pt');
    expect(pt.suggestions[0].replies).toEqual(['Seu pedido está a caminho']);
  });

  it('falls back to the pack default language, then to the first there is', () => {
    const fr = m.match({ text: 'où est ma order' , language: 'fr' });
    expect(fr.suggestions[0].replyLanguage).toBe('en');
    const noDefault = createMatcher([rule({ id: 'x', keywords: { '*': ['tracking'] }, defaultLanguage: 'de', replies: { ja: ['追跡'], ko: ['추적'] } })]);
    expect(noDefault.match({ text: 'tracking', language: 'fr' }).suggestions[0].replyLanguage).toBe('ja');
  });

  it('uses a language given by the caller without detecting', () => {
    const r = m.match({ text: 'pedido', language: 'pt' });
    expect(r.language).toEqual({ code: 'pt', confidence: 1 });
    expect(r.suggestions[0].replyLanguage).toBe('pt');
  });
});

describe('learning and the cache', () => {
  const rules = [shipping, refund, size];
  const probes = ['when does my parcel come', 'I want my money back', 'size chart', 'hello there', 'refund broken', 'delivery time'];

  it('serialization round trip (through JSON text) gives identical results', () => {
    const a = createMatcher(rules);
    a.addExample('refund', 'give me back what I paid', 'en');
    const json = JSON.parse(JSON.stringify(a.toJSON()));
    const b = loadMatcher(rules, json);
    for (const text of [...probes, 'give me back what I paid']) expect(b.match({ text })).toEqual(a.match({ text }));
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('a cache of other rules is not used (fingerprint differs): the model is rebuilt', () => {
    const stale = createMatcher([refund]).toJSON();
    const m = loadMatcher(rules, stale);
    expect(m.fingerprint).toBe(fingerprintRules(rules));
    expect(m.match({ text: 'how long does shipping take' }).suggestions[0]?.ruleId).toBe('shipping');
    expect(loadMatcher(rules, { junk: true }).match({ text: 'size chart please' }).suggestions[0]?.ruleId).toBe('size');
  });

  it('addExample makes a new phrasing match, without a rebuild', () => {
    // Without the concept layer, which would already find the parcel (the shipping rule's concept).
    const m = createMatcher(rules, matcherSettings({ features: { conceptWeight: 0 } }));
    const text = 'parcel still stuck at customs';
    expect(m.match({ text }).suggestions.map((s) => s.ruleId)).not.toContain('shipping');
    expect(m.addExample('shipping', 'my parcel is stuck at customs', 'en')).toBe(true);
    const s = m.match({ text }).suggestions[0];
    expect(s.ruleId).toBe('shipping');
    expect(s.reason).toMatchObject({ kind: 'learned', matched: 'my parcel is stuck at customs', language: 'en' });
    expect(() => m.addExample('nope', 'x', 'en')).toThrow(/no faq rule/);
  });

  it('learnedExamples of a rule count like examples, with reason "learned"', () => {
    const m = createMatcher([{ ...shipping, learnedExamples: { en: ['my parcel is stuck at customs'] } }, refund]);
    expect(m.match({ text: 'parcel stuck at customs' }).suggestions[0].reason.kind).toBe('learned');
  });

  it('the fingerprint changes with examples and keywords but not with learned examples', () => {
    const f = fingerprintRules(rules);
    expect(fingerprintRules([{ ...shipping, examples: { en: ['x'] } }, refund, size])).not.toBe(f);
    expect(fingerprintRules([{ ...shipping, learnedExamples: { en: ['x'] } }, refund, size])).toBe(f);
  });
});
