import { describe, expect, it } from 'vitest';
import { createMatcher, loadMatcher } from '../../../lib/match';
import { IntentModel } from '../../../lib/match/model';
import { analyze } from '../../../lib/match/features';
import { DEFAULT_SETTINGS, matcherSettings } from '../../../lib/match/settings';
import { rule } from './helpers';

/** A library in two languages: each rule has one English example and long German ones. */
function model(byLanguage: boolean): IntentModel {
  const m = new IntentModel(matcherSettings({ model: { centroidByLanguage: byLanguage }, classifier: { on: false } }));
  m.add('refund', 'refund my money', 'en', false);
  m.add('refund', 'ich möchte bitte mein geld für die bestellung zurück haben weil sie kaputt war', 'de', false);
  m.add('refund', 'erstattung des kaufpreises auf meine kreditkarte oder mein paypal konto bitte', 'de', false);
  m.add('track', 'track parcel', 'en', false);
  m.add('track', 'wo ist mein paket', 'de', false);
  m.train();
  return m;
}
const centroidOf = (m: IntentModel, text: string, ruleId: string) =>
  m.search(analyze(text, 'en').words, { language: 'en' }).find((h) => m.ruleIds[h.rule] === ruleId)!.parts;

describe('centroid of the message language (settings.model.centroidByLanguage)', () => {
  it('compares an English message with the English examples of a rule only, not with its German ones', () => {
    const on = centroidOf(model(true), 'refund my money', 'refund');
    const off = centroidOf(model(false), 'refund my money', 'refund');
    // One English example: its centroid is that example, so the message meets it whole.
    expect(on.centroid).toBeCloseTo(on.best, 6);
    expect(on.centroid).toBeGreaterThan(0.99);
    // All examples summed: the German words dilute it.
    expect(off.centroid).toBeLessThan(0.8);
  });

  it('follows the examples added later (learned examples), not a stale centroid', () => {
    const m = model(true);
    const before = centroidOf(m, 'refund my money', 'refund').centroid;
    m.add('refund', 'where is the refund for my broken blender', 'en', true);
    const after = centroidOf(m, 'refund my money', 'refund').centroid;
    expect(after).toBeLessThan(before - 0.05);
  });

  it('is on by default (chosen on massive8-fewshot, HINT3, Bitext and the starter cases; docs/engine.md)', () => {
    expect(DEFAULT_SETTINGS.model.centroidByLanguage).toBe(true);
  });
});

describe('model cache and scoring settings', () => {
  const rules = [
    rule({ id: 'refund', examples: { en: ['refund my money', 'i want my money back'] } }),
    rule({ id: 'track', examples: { en: ['track my parcel', 'where is my package'] } }),
  ];
  it('rebuilds a cached model saved under other model or classifier settings (its calibration was fitted with them)', () => {
    const saved = createMatcher(rules, matcherSettings({ model: { centroidShare: 0.3 } })).toJSON();
    expect(loadMatcher(rules, saved, matcherSettings({ model: { centroidShare: 0.3 } })).fromCache).toBe(true);
    expect(loadMatcher(rules, saved).fromCache).toBe(false);
    const savedExp = createMatcher(rules, matcherSettings({ classifier: { exponent: 0.2 } })).toJSON();
    expect(loadMatcher(rules, savedExp).fromCache).toBe(false);
  });
});
