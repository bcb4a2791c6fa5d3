import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PRIOR_CROSS_CALIBRATION, fitCalibrations, probability } from '../../../lib/match/calibration';
import { createMatcher, loadMatcher } from '../../../lib/match/matcher';
import { rulesFromPack } from '../../../lib/match/pack';
import { parsePackOrThrow } from '../../../lib/pack/parse';
import { DEFAULT_SETTINGS, matcherSettings } from '../../../lib/match/settings';
import { rule } from './helpers';

// A shop library written in English only (default thresholds and bars): its buyers write in others.
const english = [
  rule({ id: 'refund', examples: { en: ['where is my refund', 'i still have not got my money back', 'how long does a refund take'] } }),
  rule({ id: 'tracking', examples: { en: ['where is my parcel', 'can you give me the tracking number', 'my order has not shipped yet'] } }),
  rule({ id: 'cancel', examples: { en: ['please cancel my order', 'i want to cancel', 'how do i cancel before it ships'] } }),
  rule({ id: 'size', examples: { en: ['what size should i get', 'do you have a size chart', 'does it run small'] } }),
];
const foreign: Array<[string, string]> = [
  ['¿dónde está mi reembolso?', 'refund'],
  ['je voudrais annuler ma commande', 'cancel'],
  ['Welche Größe soll ich nehmen?', 'size'],
  ['退款什么时候到账', 'refund'],
];
// The cross-language curve never applies: as before it (every match judged by the library's curve).
const noCross = matcherSettings({ calibration: { crossKnownShare: 0 } });

describe('messages in a language the library has no example in', () => {
  it('are shown their concept match, judged by the cross-language curve (default settings)', () => {
    const m = createMatcher(english);
    for (const [text, want] of foreign) expect(m.match({ text }).suggestions[0]?.ruleId, text).toBe(want);
  });

  it('were silent when judged by the library’s own curve (fitted on same-language pairs)', () => {
    const m = createMatcher(english, noCross);
    const shown = foreign.filter(([text]) => m.match({ text }).suggestions.length > 0);
    expect(shown.length).toBeLessThanOrEqual(1);
  });

  it('an English message mistaken for another language is judged as before (its words are known)', () => {
    const m = createMatcher(english);
    const old = createMatcher(english, noCross);
    const text = 'please cancel my order';
    expect(m.match({ text, language: 'es' }).suggestions.map((s) => s.score)).toEqual(old.match({ text, language: 'es' }).suggestions.map((s) => s.score));
  });

  it('a message in the library’s language is judged as before', () => {
    const m = createMatcher(english);
    const old = createMatcher(english, noCross);
    for (const text of ['where is my refund please', 'refund status', 'do you sell hats']) {
      expect(m.match({ text }).suggestions.map((s) => [s.ruleId, s.score]), text).toEqual(old.match({ text }).suggestions.map((s) => [s.ruleId, s.score]));
    }
  });
});

describe('the cross-language curve', () => {
  it('is the prior for a one-language library, fitted on its own evidence for a several-language one', () => {
    expect(createMatcher(english).calibration.cross).toEqual({ a: PRIOR_CROSS_CALIBRATION.a, b: PRIOR_CROSS_CALIBRATION.b, samples: 0 });
    const starter = rulesFromPack(parsePackOrThrow(readFileSync('lib/pack/starter/starter.pack.json', 'utf8'), 'starter'));
    const cross = createMatcher(starter).calibration.cross!;
    expect(cross.samples).toBeGreaterThan(100);
    // A match across languages has a low similarity (only concept terms meet): it is worth more
    // than the same similarity between two texts of one language.
    const same = createMatcher(starter).calibration;
    const at = 0.1;
    expect(cross.a + cross.b * at).toBeGreaterThan(same.a + same.b * at);
  });

  it('is fitted on the cross samples only, and the library curve on the others', () => {
    const s = (similarity: number, right: boolean, cross: boolean) => ({ similarity, right, weight: 1, cross });
    const samples = [
      ...Array.from({ length: 40 }, (_, i) => s(0.3 + i / 100, i % 4 !== 0, false)),
      ...Array.from({ length: 40 }, (_, i) => s(0.02 + i / 400, i % 4 !== 0, true)),
    ];
    const c = fitCalibrations(samples, DEFAULT_SETTINGS.calibration);
    expect(c.samples).toBe(40);
    expect(c.cross!.samples).toBe(40);
    // At similarity 0.1 the cross curve (fitted where cross samples lie) is the more confident.
    expect(c.cross!.a + c.cross!.b * 0.1).toBeGreaterThan(c.a + c.b * 0.1);
  });

  it('is saved with the model and reused from the cache', () => {
    const m = createMatcher(english);
    const saved = JSON.parse(JSON.stringify(m.toJSON()));
    const again = loadMatcher(english, saved);
    expect(again.fromCache).toBe(true);
    expect(again.calibration.cross).toEqual(m.calibration.cross);
    const text = '¿dónde está mi reembolso?';
    expect(again.match({ text }).suggestions[0]?.score).toBe(m.match({ text }).suggestions[0]?.score);
    // A cache of the previous format (no cross curve, version 5) is rebuilt.
    expect(loadMatcher(english, { ...saved, version: 5 }).fromCache).toBe(false);
  });
});

describe('a curve per language of a several-language library', () => {
  const massive8 = rulesFromPack(parsePackOrThrow(readFileSync('tests/fixtures/benchmarks/massive8-fewshot.pack.json', 'utf8'), 'massive8'));
  it('is fitted per language and judges the messages of that language', () => {
    const m = createMatcher(massive8);
    const by = m.calibration.byLanguage!;
    expect(Object.keys(by).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'ko', 'pt', 'zh']);
    for (const c of Object.values(by)) expect(c.samples).toBeGreaterThan(20);
    const s = m.match({ text: '서울 날씨는 어때' }).suggestions[0];
    expect(s?.ruleId).toBe('weather_query');
    const ev = s!.reason.evidence!;
    expect(ev.probability).toBeCloseTo(probability(by.ko, ev.similarity!), 3);
    // Korean similarities run lower than the library's: its curve is not the library's.
    expect(Math.abs(by.ko.a - m.calibration.a) + Math.abs(by.ko.b - m.calibration.b)).toBeGreaterThan(0.1);
  });
  it('is not fitted for a one-language library, nor with languagePull 0', () => {
    expect(createMatcher(english).calibration.byLanguage).toBeUndefined();
    expect(createMatcher(massive8, matcherSettings({ calibration: { languagePull: 0 } })).calibration.byLanguage).toBeUndefined();
  });
});
