import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcherSteps, indexKeywordSteps, interimMatcher, previousModel } from '../../../lib/match/build-steps';
import { KeywordIndex } from '../../../lib/match/keywords';
import { IntentModel } from '../../../lib/match/model';
import { createMatcher, rulesFromPack } from '../../../lib/match';
import { parsePackOrThrow } from '../../../lib/pack/parse';
import type { LibraryRule } from '../../../lib/match/types';
import { rule } from './helpers';

const pack = (path: string) => rulesFromPack(parsePackOrThrow(readFileSync(new URL(path, import.meta.url), 'utf8'), path));
const starter = pack('../../../lib/pack/starter/starter.pack.json');
const sofmattress = pack('../../fixtures/benchmarks/hint3-sofmattress.pack.json');

/** Runs the steps, recording every share it reports. */
function run(rules: LibraryRule[]) {
  const shares: number[] = [];
  const steps = buildMatcherSteps(rules);
  for (;;) {
    const r = steps.next();
    if (r.done) return { matcher: r.value, shares };
    shares.push(r.value);
  }
}

describe('building a matcher a step at a time', { timeout: 60_000 }, () => {
  it('builds what createMatcher builds: the same model, classifier and answers', () => {
    const withLearned = starter.map((r) => (r.id === 'order-tracking' ? { ...r, learnedExamples: { en: ['parcel stuck at customs', 'parcel stuck at customs'], es: ['mi paquete no llega'] } } : r));
    for (const rules of [withLearned, sofmattress]) {
      const { matcher, shares } = run(rules);
      const direct = createMatcher(rules);
      expect(matcher.usesClassifier).toBe(true);
      expect(matcher.fromCache).toBe(false);
      expect(matcher.toJSON()).toEqual(direct.toJSON());
      for (const text of ['where is my order', '¿Dónde está mi pedido?', 'parcel stuck at customs', 'mattress size', '退货']) {
        expect(matcher.match({ text })).toEqual(direct.match({ text }));
      }
      // Many small steps, the share growing to 1 (half of it is the classifier's training).
      expect(shares.length).toBeGreaterThan(20);
      expect(shares.every((s, i) => s >= (shares[i - 1] ?? 0) && s <= 1)).toBe(true);
      expect(shares.at(-1)).toBe(1);
      expect(shares.filter((s) => s <= 0.5).length).toBeGreaterThan(1);
    }
  });

  it('answers with the previous model and the new keywords while the new model is built', () => {
    const old = createMatcher(starter);
    const newRule = rule({ id: 'gift-wrap', keywords: { en: ['gift wrap'] }, examples: { en: ['can you wrap it as a present'] } });
    const rules = [...starter.filter((r) => r.id !== 'cancel-order'), newRule];
    const { model, calibration } = previousModel(old.toJSON())!;
    expect(calibration).toEqual(old.calibration);
    const keywords = new KeywordIndex();
    const interim = interimMatcher(rules, model, keywords, calibration);
    expect(interim.fromCache).toBe(true);
    // Keywords count as soon as they are indexed, a few dozen rules a step.
    expect(interim.match({ text: 'do you do gift wrap' }).suggestions.map((s) => s.ruleId)).not.toContain('gift-wrap');
    const indexing = indexKeywordSteps(rules, model, keywords);
    const shares: number[] = [];
    for (let r = indexing.next(); !r.done; r = indexing.next()) shares.push(r.value);
    expect(shares).toEqual([1]);
    // Old rules by their examples, the new one by its keyword; a removed rule is never offered.
    expect(interim.match({ text: 'where is my package??' }).suggestions[0]?.ruleId).toBe('order-tracking');
    expect(interim.match({ text: 'do you do gift wrap' }).suggestions[0]?.ruleId).toBe('gift-wrap');
    expect(createMatcher(starter).match({ text: 'I want to cancel my order' }).suggestions[0]?.ruleId).toBe('cancel-order');
    expect(interim.match({ text: 'I want to cancel my order' }).suggestions.map((s) => s.ruleId)).not.toContain('cancel-order');
    // Its examples are not known yet: only the built matcher has them.
    expect(interim.match({ text: 'can you wrap it as a present' }).suggestions.map((s) => s.ruleId)).not.toContain('gift-wrap');
    expect(run(rules).matcher.match({ text: 'can you wrap it as a present' }).suggestions[0]?.ruleId).toBe('gift-wrap');
    // The model built on the interim matcher's keyword index is the same one.
    const steps = buildMatcherSteps(rules, undefined, keywords);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(r.value.toJSON()).toEqual(createMatcher(rules).toJSON());
    expect(r.value.match({ text: 'do you do gift wrap' })).toEqual(createMatcher(rules).match({ text: 'do you do gift wrap' }));
  });

  it('answers by keywords alone with no usable previous model', () => {
    for (const previous of [undefined, { format: 'shopreply.match-model', version: 1, model: {} }, { ...createMatcher(starter).toJSON(), model: { terms: [] } }]) {
      const keywords = new KeywordIndex();
      expect(previousModel(previous)).toBeUndefined();
      const model = new IntentModel();
      for (const _ of indexKeywordSteps(starter, model, keywords));
      const interim = interimMatcher(starter, model, keywords);
      expect(interim.match({ text: 'tracking number please' }).suggestions[0]?.ruleId).toBe('order-tracking');
    }
  });
});
