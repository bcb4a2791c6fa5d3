import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, loadMatcher, rulesFromPack } from '../../../lib/match';
import {
  AUTO_SEND_SCORE,
  PRIOR_CALIBRATION,
  fitCalibration,
  probability,
  probabilityOfScore,
  scoreOf,
  type CalibrationSample,
} from '../../../lib/match/calibration';
import { DEFAULT_SETTINGS, matcherSettings } from '../../../lib/match/settings';
import { DEFAULT_THRESHOLD } from '../../../lib/pack/schema';
import { parsePackOrThrow } from '../../../lib/pack/parse';
import { SettingsSchema } from '../../../lib/settings/schema';
import { rule } from './helpers';

const C = DEFAULT_SETTINGS.calibration;
const bench = (name: string) =>
  rulesFromPack(parsePackOrThrow(readFileSync(`tests/fixtures/benchmarks/${name}.pack.json`, 'utf8'), name));

/** Samples drawn from a known logistic curve (deterministic). */
function samplesOf(a: number, b: number, n: number): CalibrationSample[] {
  const out: CalibrationSample[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const similarity = random() * 0.6;
    out.push({ similarity, right: random() < 1 / (1 + Math.exp(-(a + b * similarity))), weight: 1 / n });
  }
  return out;
}

describe('score calibration', () => {
  it('recovers the curve the evidence was drawn from', () => {
    const c = fitCalibration(samplesOf(-4, 16, 4000), C);
    expect(c.samples).toBe(4000);
    // Probabilities, not parameters, are what matter: within a few points along the range.
    for (const s of [0.1, 0.25, 0.4]) expect(Math.abs(probability(c, s) - 1 / (1 + Math.exp(-(-4 + 16 * s))))).toBeLessThan(0.05);
  });

  it('keeps the prior curve when the library gives too little or one-sided evidence', () => {
    expect(fitCalibration(samplesOf(-4, 16, 5), C)).toEqual(PRIOR_CALIBRATION);
    const allRight = samplesOf(-4, 16, 200).map((s) => ({ ...s, right: true }));
    expect(fitCalibration(allRight, C)).toEqual(PRIOR_CALIBRATION);
  });

  it('puts the show bar on the default threshold and the auto-send bar on the default auto-send confidence', () => {
    expect(scoreOf(C.showAt, C)).toBe(DEFAULT_THRESHOLD);
    expect(scoreOf(C.autoSendAt, C)).toBe(AUTO_SEND_SCORE);
    expect(AUTO_SEND_SCORE).toBe(SettingsSchema.parse({}).autoSendConfidence);
    expect(scoreOf(0, C)).toBe(0);
    expect(scoreOf(1, C)).toBe(1);
    let prev = -1;
    for (let p = 0; p <= 1; p += 0.01) {
      const s = scoreOf(p, C);
      expect(s).toBeGreaterThanOrEqual(prev);
      expect(probabilityOfScore(s, C)).toBeCloseTo(p, 2);
      prev = s;
    }
  });

  it('fits each library its own curve: the same similarity means more in a library of few examples', () => {
    const few = createMatcher(bench('massive8-fewshot')).calibration;
    const many = createMatcher(bench('bitext-en')).calibration;
    expect(few.samples).toBeGreaterThan(100);
    expect(many.samples).toBeGreaterThan(100);
    // Similarity at which a rule is as likely right as wrong.
    const even = (c: typeof few) => -c.a / c.b;
    expect(even(few)).toBeLessThan(even(many));
  }, 60_000);

  it('is saved with the model and reused from the cache', () => {
    const rules = [
      rule({ id: 'refund', examples: { en: ['I want a refund', 'refund my money please', 'can I get my money back'] } }),
      rule({ id: 'track', examples: { en: ['where is my parcel', 'track my order', 'has my package shipped'] } }),
      rule({ id: 'size', examples: { en: ['what size should I take', 'does it run small', 'size chart please'] } }),
    ];
    const a = createMatcher(rules);
    const json = JSON.parse(JSON.stringify(a.toJSON()));
    expect(json.calibration).toEqual(a.calibration);
    const b = loadMatcher(rules, json);
    expect(b.fromCache).toBe(true);
    expect(b.calibration).toEqual(a.calibration);
    // A cache without a readable calibration is rebuilt.
    expect(loadMatcher(rules, { ...json, calibration: { a: 'x' } }).fromCache).toBe(false);
  });
});

describe('two bars', () => {
  const rules = [
    rule({ id: 'refund', examples: { en: ['I want a refund', 'refund my money please', 'can I get my money back', 'I want my money back'] } }),
    rule({ id: 'track', examples: { en: ['where is my parcel', 'track my order', 'has my package shipped', 'where is my order'] } }),
    rule({ id: 'size', examples: { en: ['what size should I take', 'does it run small', 'size chart please', 'which size fits me'] } }),
  ];

  it('shows nothing when the best rule is less likely right than the lead bar, though it passes the show bar', () => {
    const text = 'is my parcel on its way';
    const best = createMatcher(rules).match({ text }).suggestions[0];
    expect(best?.ruleId).toBe('track');
    const p = best!.reason.evidence!.probability;
    expect(p).toBeLessThan(1);
    expect(best!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    const strict = matcherSettings({ calibration: { leadAt: (p + 1) / 2 } });
    expect(createMatcher(rules, strict).match({ text }).suggestions).toEqual([]);
  });

  it('every suggestion shown is at or above its rule threshold', () => {
    const m = createMatcher(rules.map((r) => ({ ...r, threshold: 0.9 })));
    for (const text of ['where is my parcel', 'refund', 'size please', 'my money back for the parcel']) {
      for (const s of m.match({ text }).suggestions) expect(s.score).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('settings', () => {
  it('are one frozen object; a variant is a new frozen object', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.calibration)).toBe(true);
    expect(() => {
      (DEFAULT_SETTINGS.calibration as { leadAt: number }).leadAt = 0;
    }).toThrow();
    const v = matcherSettings({ calibration: { leadAt: 0.5 } });
    expect(Object.isFrozen(v.calibration)).toBe(true);
    expect(v.calibration.leadAt).toBe(0.5);
    expect(DEFAULT_SETTINGS.calibration.leadAt).not.toBe(0.5);
    expect(createMatcher([rule({ id: 'a', examples: { en: ['hello'] } })], v).settings).toBe(v);
  });
});

describe('runner-ups', () => {
  it('beside a sure first suggestion, a long shot is not shown (starter pack, "¿Dónde está mi pedido?")', () => {
    const starter = rulesFromPack(parsePackOrThrow(readFileSync('lib/pack/starter/starter.pack.json', 'utf8'), 'starter'));
    const text = '¿Dónde está mi pedido?';
    const all = createMatcher(starter, matcherSettings({ ranking: { runnerUpShare: 0 } })).match({ text }).suggestions;
    expect(all[0].ruleId).toBe('order-tracking');
    expect(all[0].score).toBe(1);
    const longShots = all.slice(1).filter((s) => (s.reason.evidence?.probability ?? 1) < DEFAULT_SETTINGS.ranking.runnerUpShare);
    expect(longShots.length).toBeGreaterThan(0);
    expect(createMatcher(starter).match({ text }).suggestions.map((s) => s.ruleId)).toEqual(['order-tracking']);
  }, 60_000);
});
