import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, rulesFromPack } from '../../../lib/match';
import { parsePackOrThrow } from '../../../lib/pack/parse';
import { parseCases, replay } from '../../../scripts/lib-bench/replay-core';

const root = new URL('../../../', import.meta.url);
const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL('lib/pack/starter/starter.pack.json', root), 'utf8'), 'starter.pack.json'));
const cases = parseCases(readFileSync(new URL('tests/fixtures/starter-cases.jsonl', root), 'utf8'), 'starter-cases.jsonl', rules);
const matcher = createMatcher(rules);

describe('starter pack replay (regression check)', () => {
  it('covers the eight languages and some small talk', () => {
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko']));
    expect(cases.some((c) => c.expect === null)).toBe(true);
  });

  it('accuracy ≥ 0.9 on tests/fixtures/starter-cases.jsonl', () => {
    const { summary, outcomes } = replay(matcher, cases);
    const wrong = outcomes.filter((o) => !o.right).map((o) => `${o.c.text} → ${o.result.suggestions[0]?.ruleId ?? 'none'}`);
    expect(summary.accuracy, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['¿Dónde está mi pedido?', 'order-tracking'],
    ['how do I return this? I want a refund', 'return-refund'],
    ['where is my order? tracking number please', 'order-tracking'],
    ['我的快递到哪了', 'order-tracking'],
    ['可以退货吗？我想退款', 'return-refund'],
    ['Wo ist meine Bestellung? Sendungsverfolgung bitte', 'order-tracking'],
    ['can I return it for a refund?', 'return-refund'],
  ])('%s → %s', (text, ruleId) => {
    expect(matcher.match({ text }).suggestions[0]?.ruleId).toBe(ruleId);
  });

  it('"Hallo, wann wird meine Bestellung verschickt?" gets a faq suggestion', () => {
    const s = matcher.match({ text: 'Hallo, wann wird meine Bestellung verschickt?' }).suggestions;
    expect(s.length).toBeGreaterThan(0);
    expect(s[0].kind).toBe('faq');
  });
});
