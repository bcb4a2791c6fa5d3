import { DEFAULT_THRESHOLD } from '../pack/schema';
import type { CalibrationSettings } from './settings';

/**
 * A rule's similarity (model.ts) depends on the library: with three examples per language it stays
 * low where a rule with thirty examples scores high. The calibration turns it into the probability
 * that the rule is the right answer, fitted on the library's own evidence whenever the library
 * changes:
 *
 * - in scope: each sampled example is scored against the rest of the library (itself left out);
 *   every rule among its first three is a sample, right when it is the example's own rule;
 * - out of scope: the same example scored with its whole rule left out (a message about something
 *   the library does not cover), whose first rule is a wrong sample;
 * - the two kinds are weighed by `outOfScopeShare`, and a logistic curve (Platt scaling) is fitted
 *   on the similarity by Newton's method, pulled gently toward the prior curve so that a library
 *   with few examples keeps a sane one.
 *
 * The probability is then put on the pack's score scale by a fixed map, so that one threshold
 * means the same confidence on every library: `showAt` ↦ 0.85 (the default rule threshold),
 * `autoSendAt` ↦ 0.92 (the default auto-send confidence), 0 ↦ 0, 1 ↦ 1, linear in between.
 */

export interface Calibration {
  /** p = 1 / (1 + exp(−(a + b·similarity))) */
  a: number;
  b: number;
  /** Samples it was fitted on (0: the prior curve). */
  samples: number;
  /**
   * The curve for a message in a language the library has no example in (every match is across
   * languages, through concept and lexicon terms): fitted on the library's own cross-language
   * evidence when it has several languages, else the prior PRIOR_CROSS_CALIBRATION.
   */
  cross?: { a: number; b: number; samples: number };
  /**
   * Per language of a several-language library, its own curve (fitted on that language's evidence,
   * pulled toward the library's): similarities run lower in some languages (Korean words give many
   * terms, few of them shared) than in others.
   */
  byLanguage?: Record<string, { a: number; b: number; samples: number }>;
}

/** The curve used until a library gives enough evidence (fitted on the benchmark libraries, rounded). */
export const PRIOR_CALIBRATION: Calibration = { a: -5, b: 20, samples: 0 };
/** The cross-language curve of a library in one language (no evidence of its own); see docs/engine.md. */
export const PRIOR_CROSS_CALIBRATION: Calibration = { a: -2, b: 25, samples: 0 };
/** The auto-send confidence the `autoSendAt` probability maps to (settings schema default). */
export const AUTO_SEND_SCORE = 0.92;

/** Weight of the prior curve, in samples' worth of squared parameter distance (see fitCalibration). */
const PRIOR_STRENGTH = 0.2;

export interface CalibrationSample {
  similarity: number;
  right: boolean;
  weight: number;
  /** Scored against examples in other languages only (the cross-language curve's evidence). */
  cross?: boolean;
  /** The language of the example scored. */
  language?: string;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Weighted logistic regression of `right` on similarity (two parameters), with a pull toward the prior. */
export function fitCalibration(
  samples: CalibrationSample[],
  settings: CalibrationSettings,
  prior: Calibration = PRIOR_CALIBRATION,
  strength = PRIOR_STRENGTH,
): Calibration {
  const PRIOR_CALIBRATION = prior;
  const total = samples.reduce((s, x) => s + x.weight, 0);
  const positives = samples.filter((x) => x.right).length;
  if (samples.length < settings.minSamples || !total || positives === 0 || positives === samples.length) return PRIOR_CALIBRATION;
  // The pull toward the prior fades as evidence grows: a library of a dozen examples cannot
  // claim near certainty (and auto-send) from a steep curve fitted on thirty samples.
  const ridge = (strength * total) / samples.length;
  // Weighted log loss plus a small pull toward the prior curve.
  const loss = (a: number, b: number) => {
    let l = ridge * ((a - PRIOR_CALIBRATION.a) ** 2 + (b - PRIOR_CALIBRATION.b) ** 2);
    for (const x of samples) {
      const z = a + b * x.similarity;
      // log(1 + e^z) − y·z, computed without overflow
      l += x.weight * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (x.right ? z : 0));
    }
    return l;
  };
  let a = PRIOR_CALIBRATION.a;
  let b = PRIOR_CALIBRATION.b;
  let current = loss(a, b);
  for (let it = 0; it < 50; it++) {
    let ga = 2 * ridge * (a - PRIOR_CALIBRATION.a);
    let gb = 2 * ridge * (b - PRIOR_CALIBRATION.b);
    let haa = 2 * ridge;
    let hab = 0;
    let hbb = 2 * ridge;
    for (const x of samples) {
      const p = sigmoid(a + b * x.similarity);
      const r = (p - (x.right ? 1 : 0)) * x.weight;
      const v = p * (1 - p) * x.weight;
      ga += r;
      gb += r * x.similarity;
      haa += v;
      hab += v * x.similarity;
      hbb += v * x.similarity * x.similarity;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Newton step, halved until the loss goes down (damped: a raw step can overshoot).
    let t = 1;
    let next = loss(a - da, b - db);
    while (next > current && t > 1e-4) {
      t /= 2;
      next = loss(a - t * da, b - t * db);
    }
    if (next > current) break;
    a -= t * da;
    b -= t * db;
    const done = current - next < 1e-10;
    current = next;
    if (done) break;
  }
  // A curve that falls with similarity would be noise (too little evidence): keep the prior.
  if (!(b > 0) || !Number.isFinite(a)) return PRIOR_CALIBRATION;
  return { a, b, samples: samples.length };
}

/** The probability that a rule with this similarity is the right answer. */
export function probability(c: Pick<Calibration, 'a' | 'b'>, similarity: number): number {
  return sigmoid(c.a + c.b * similarity);
}

/** The library's curve and its cross-language curve, each fitted on its own evidence. */
export function fitCalibrations(samples: CalibrationSample[], settings: CalibrationSettings): Calibration {
  const same = fitCalibration(samples.filter((x) => !x.cross), settings);
  const crossSamples = samples.filter((x) => x.cross);
  const c = crossSamples.length ? fitCalibration(crossSamples, settings, PRIOR_CROSS_CALIBRATION) : PRIOR_CROSS_CALIBRATION;
  const out: Calibration = { ...same, cross: { a: c.a, b: c.b, samples: c.samples } };
  if (settings.languagePull > 0) {
    const langs = new Map<string, CalibrationSample[]>();
    for (const x of samples) if (!x.cross && x.language) (langs.get(x.language) ?? langs.set(x.language, []).get(x.language)!).push(x);
    if (langs.size > 1) {
      out.byLanguage = {};
      for (const [lang, list] of langs) {
        const l = fitCalibration(list, settings, same, settings.languagePull);
        if (l.samples) out.byLanguage[lang] = { a: l.a, b: l.b, samples: l.samples };
      }
    }
  }
  return out;
}

/** A probability on the pack's score scale (see the module comment); rounded to 4 places. */
export function scoreOf(p: number, s: CalibrationSettings): number {
  const x = Math.max(0, Math.min(1, p));
  let v: number;
  if (x <= s.showAt) v = (x / s.showAt) * DEFAULT_THRESHOLD;
  else if (x <= s.autoSendAt) v = DEFAULT_THRESHOLD + ((x - s.showAt) / (s.autoSendAt - s.showAt)) * (AUTO_SEND_SCORE - DEFAULT_THRESHOLD);
  else v = AUTO_SEND_SCORE + ((x - s.autoSendAt) / (1 - s.autoSendAt)) * (1 - AUTO_SEND_SCORE);
  return Math.round(v * 10000) / 10000;
}

/** The inverse of scoreOf: the probability a score stands for. */
export function probabilityOfScore(score: number, s: CalibrationSettings): number {
  const v = Math.max(0, Math.min(1, score));
  if (v <= DEFAULT_THRESHOLD) return (v / DEFAULT_THRESHOLD) * s.showAt;
  if (v <= AUTO_SEND_SCORE) return s.showAt + ((v - DEFAULT_THRESHOLD) / (AUTO_SEND_SCORE - DEFAULT_THRESHOLD)) * (s.autoSendAt - s.showAt);
  return s.autoSendAt + ((v - AUTO_SEND_SCORE) / (1 - AUTO_SEND_SCORE)) * (1 - s.autoSendAt);
}
