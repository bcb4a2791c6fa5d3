import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, keywordScore, rulesFromPack, splitAlternatives } from '../../../lib/match';
import { analyze } from '../../../lib/match/features';
import { matcherSettings } from '../../../lib/match/settings';
import { parsePackText } from '../../../lib/pack';
import { rule } from './helpers';

function score(keyword: string, message: string): number {
  const k = analyze(keyword).words;
  const m = analyze(message).words;
  const cjk = m.filter((w) => /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(w)).join('');
  const allCjk = k.every((w) => /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(w));
  return keywordScore({ words: k, ...(allCjk ? { cjk: k.join('') } : {}) }, m, cjk);
}

describe('keyword semantics', () => {
  it('splits "|" alternatives', () => {
    expect(splitAlternatives('快递|物流|包裹|tracking')).toEqual(['快递', '物流', '包裹', 'tracking']);
    expect(splitAlternatives(' a | |b ')).toEqual(['a', 'b']);
  });

  it('scores 1 for whole-word containment, in order', () => {
    expect(score('where is my order', 'hi, where is my order??')).toBe(1);
    expect(score('tracking', 'Tracking number please')).toBe(1);
    expect(score('pedido', '¿Dónde está mi PEDIDO?')).toBe(1);
  });

  it('tolerates typos: "trackng" ~ "tracking" ≥ 0.85, but unrelated words stay low', () => {
    const s = score('tracking', 'trackng number');
    expect(s).toBeGreaterThanOrEqual(0.85);
    expect(s).toBeLessThan(1);
    expect(score('tracking', 'trading cards')).toBeLessThan(0.85);
    expect(score('where is my order', 'where is my ordr')).toBeGreaterThan(0.9);
  });

  it('matches stretched words', () => {
    expect(score('please', 'pleeeease help')).toBe(1);
  });

  it('CJK: containment scores 1 (快递到哪了 contains 快递)', () => {
    expect(score('快递', '快递到哪了')).toBe(1);
    expect(score('快递', '我的包裹呢')).toBe(0);
  });

  it('Korean: a keyword word followed by a particle still matches', () => {
    expect(score('주문', '주문이 안 와요')).toBe(1);
  });

  it('threshold: a rule suggests only at or above its threshold', () => {
    // Keyword scores alone (keywords also teach the intent model by default: see matcher.test.ts).
    const keywordsOnly = matcherSettings({ model: { keywordsAsExamples: false } });
    const rules = [rule({ id: 'track', threshold: 0.95, keywords: { en: ['tracking'] } })];
    const m = createMatcher(rules, keywordsOnly);
    expect(m.match({ text: 'tracking please' }).suggestions.map((s) => s.ruleId)).toEqual(['track']);
    // "trackng" scores 0.875: enough for the default 0.85, not for 0.95.
    expect(m.match({ text: 'trackng please' }).suggestions).toEqual([]);
    const loose = createMatcher([rule({ id: 'track', keywords: { en: ['tracking'] } })], keywordsOnly);
    expect(loose.match({ text: 'trackng please' }).suggestions[0]?.score).toBeCloseTo(0.875, 3);
  });

  it('threshold 0.95 with keyword 快递: containment still scores 1, so 快递到哪了 is suggested', () => {
    const m = createMatcher([rule({ id: 'wism', threshold: 0.95, keywords: { zh: ['快递|物流'] }, replies: { zh: ['在路上'] } })]);
    const s = m.match({ text: '快递到哪了' }).suggestions;
    expect(s.map((x) => [x.ruleId, x.score, x.reason.kind, x.reason.matched])).toEqual([['wism', 1, 'keyword', '快递']]);
  });

  it('threshold 95 (a percentage) makes the pack invalid: validation refuses it', () => {
    const pack = {
      format: 'shopreply.pack',
      formatVersion: 1,
      id: 'p',
      name: 'P',
      version: '1',
      rules: [{ id: 'wism', kind: 'faq', threshold: 95, keywords: { zh: ['快递'] }, replies: { zh: ['在路上'] } }],
    };
    const r = parsePackText(JSON.stringify(pack), 'p.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0].where).toBe('rules[0].threshold');
      expect(r.problems[0].message).toMatch(/at most 1/);
    }
  });

  it('the spec example pack matches its own examples', () => {
    const text = readFileSync(new URL('../../fixtures/packs/demo-core.pack.json', import.meta.url), 'utf8');
    const r = parsePackText(text, 'demo-core.pack.json');
    if (!r.ok) throw new Error('demo pack should parse');
    const m = createMatcher(rulesFromPack(r.value));
    expect(m.match({ text: '¿Dónde está mi pedido?' }).suggestions[0]?.ruleId).toBe('where-is-my-order');
    expect(m.match({ text: 'donde esta mi pedido' }).suggestions[0]?.replyLanguage).toBe('es');
    expect(m.match({ text: '快递到哪了' }).suggestions[0]?.replyLanguage).toBe('zh');
    // welcome rules are never faq suggestions
    expect(m.match({ text: 'hi' }).suggestions.every((s) => s.kind === 'faq')).toBe(true);
  });
});
