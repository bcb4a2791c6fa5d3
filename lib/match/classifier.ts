import type { ClassifierSettings } from './settings';
import { LEXICON_MARK } from './features';

/**
 * A softmax (multinomial logistic regression) classifier over the same features as the
 * nearest-example model. Nearest examples know which phrasing is closest; the classifier knows
 * which words tell one rule from another ("modify" means change-order even when the closest
 * example shares "purchase" and an order number with cancel-order). The model multiplies an
 * example similarity by the classifier's probability raised to a small power, so the classifier
 * reorders close calls and lowers a match the library cannot tell apart from others.
 *
 * Training is a few dozen passes of stochastic gradient descent over the library's examples,
 * bounded by settings.classifier.maxWork: a big library (thousands of rules) is served by the
 * nearest-example model alone. A learned example is taught at once with a few gradient steps.
 */

/** Sparse feature counts of a text from its model term counts (`w:`) and char n-gram counts (`g:`). */
export function classifierFeatures(terms: Map<string, number>, grams: Map<string, number>, lexiconShare = 1): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, n] of terms) {
    if (!t.startsWith(LEXICON_MARK)) out.set(`w:${t}`, n);
    else if (lexiconShare > 0) out.set(`w:${t}`, n * lexiconShare);
  }
  for (const [g, n] of grams) out.set(`g:${g}`, n);
  return out;
}

export interface SerializedClassifier {
  features: string[];
  idf: number[];
  classes: number;
  /** features × classes, row-major (a plain array, so that the cache survives JSON too). */
  weights: number[];
  bias: number[];
}

/** A sparse unit vector: feature ids and their weights. */
interface Vector {
  ids: Int32Array;
  values: Float64Array;
}

/** A small deterministic generator for the training order (same library, same model). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export class IntentClassifier {
  private constructor(
    private readonly featureId: Map<string, number>,
    private readonly idf: Float64Array,
    readonly classes: number,
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
    private readonly S: ClassifierSettings,
  ) {}

  /** Whether a library of this size is trained (see CLASSIFIER_SETTINGS). */
  static affordable(examples: number, classes: number, S: ClassifierSettings): boolean {
    return S.on && classes >= 2 && examples * classes <= S.maxWork;
  }

  /** Trains on labelled feature counts (label = class index < classes); undefined when too big. */
  static train(samples: Array<{ label: number; features: Map<string, number> }>, classes: number, S: ClassifierSettings): IntentClassifier | undefined {
    const steps = IntentClassifier.trainSteps(samples, classes, S);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same training, a step at a time: yields the share done (0..1) every few hundred gradient
   * steps, so that a caller can pause between them (the worker keeps answering while it trains).
   */
  static *trainSteps(samples: Array<{ label: number; features: Map<string, number> }>, classes: number, S: ClassifierSettings): Generator<number, IntentClassifier | undefined> {
    if (!IntentClassifier.affordable(samples.length, classes, S)) return undefined;
    const featureId = new Map<string, number>();
    const df: number[] = [];
    for (const s of samples) {
      for (const f of s.features.keys()) {
        let id = featureId.get(f);
        if (id === undefined) {
          id = df.length;
          featureId.set(f, id);
          df.push(0);
        }
        df[id]++;
      }
    }
    if (df.length * classes > S.maxWeights) return undefined;
    const idf = Float64Array.from(df, (d) => Math.log(1 + samples.length / d));
    const model = new IntentClassifier(featureId, idf, classes, new Float32Array(df.length * classes), new Float64Array(classes), S);
    const data = samples.map((s) => ({ label: s.label, x: model.vector(s.features) }));
    const perClass = new Array<number>(classes).fill(0);
    for (const d of data) perClass[d.label]++;
    // Rules with few examples weigh more, so that a rule with thirty examples does not win every doubt.
    const classWeight = perClass.map((n) => (n ? Math.sqrt(data.length / classes / n) : 0));
    const order = data.map((_, i) => i);
    const random = lcg(1);
    for (let epoch = 0; epoch < S.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = S.learningRate / (1 + S.decay * epoch);
      for (let i = 0; i < order.length; i++) {
        const k = order[i];
        model.step(data[k].x, data[k].label, rate, classWeight[data[k].label]);
        if (i % 256 === 255) yield (epoch + i / order.length) / S.epochs;
      }
      yield (epoch + 1) / S.epochs;
    }
    return model;
  }

  /** TF-IDF vector of feature counts, unit length; features unknown at training are left out. */
  private vector(features: Map<string, number>): Vector {
    const ids: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const [f, n] of features) {
      const id = this.featureId.get(f);
      if (id === undefined || n <= 0) continue;
      // Fuzzy query terms come with a weight below one.
      const w = (n >= 1 ? 1 + Math.log(n) : n) * this.idf[id];
      ids.push(id);
      values.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    return { ids: Int32Array.from(ids), values: Float64Array.from(values, (w) => w / norm) };
  }

  private scores(x: Vector): Float64Array {
    const C = this.classes;
    const s = Float64Array.from(this.bias);
    const W = this.weights;
    for (let k = 0; k < x.ids.length; k++) {
      const row = x.ids[k] * C;
      const v = x.values[k];
      for (let c = 0; c < C; c++) s[c] += W[row + c] * v;
    }
    let max = -Infinity;
    for (let c = 0; c < C; c++) if (s[c] > max) max = s[c];
    let sum = 0;
    for (let c = 0; c < C; c++) sum += s[c] = Math.exp(s[c] - max);
    for (let c = 0; c < C; c++) s[c] /= sum;
    return s;
  }

  /** One gradient step of the cross-entropy loss on one example. */
  private step(x: Vector, label: number, rate: number, weight: number): void {
    const C = this.classes;
    const p = this.scores(x);
    p[label] -= 1;
    const l2 = this.S.l2;
    const W = this.weights;
    // Classes the example gives (almost) no gradient are skipped: most of them, once trained.
    const active: number[] = [];
    for (let c = 0; c < C; c++) {
      if (Math.abs(p[c]) < 1e-4) continue;
      active.push(c);
      this.bias[c] -= rate * weight * p[c];
    }
    for (let k = 0; k < x.ids.length; k++) {
      const row = x.ids[k] * C;
      const v = x.values[k];
      for (const c of active) W[row + c] -= rate * (weight * p[c] * v + l2 * W[row + c]);
    }
  }

  /** Probability of every class for a message's feature counts. */
  probabilities(features: Map<string, number>): Float64Array {
    return this.scores(this.vector(features));
  }

  /** Teaches one more example of a class: gradient steps until it is the likeliest class. */
  learn(label: number, features: Map<string, number>): void {
    if (label >= this.classes) return;
    const x = this.vector(features);
    if (!x.ids.length) return;
    const S = this.S;
    const rate = S.learningRate / (1 + S.decay * S.epochs);
    for (let k = 0; k < S.learnSteps; k++) {
      const p = this.scores(x);
      let best = 0;
      for (let c = 1; c < this.classes; c++) if (p[c] > p[best]) best = c;
      if (best === label && p[label] >= 0.5) return;
      this.step(x, label, rate, 1);
    }
  }

  toJSON(): SerializedClassifier {
    return {
      features: [...this.featureId.keys()],
      idf: [...this.idf],
      classes: this.classes,
      weights: Array.from(this.weights),
      bias: [...this.bias],
    };
  }

  static fromJSON(data: SerializedClassifier, S: ClassifierSettings): IntentClassifier {
    const F = data.features.length;
    if (data.idf.length !== F || data.weights.length !== F * data.classes || data.bias.length !== data.classes) {
      throw new Error('serialized classifier is inconsistent');
    }
    return new IntentClassifier(
      new Map(data.features.map((f, i) => [f, i])),
      Float64Array.from(data.idf),
      data.classes,
      Float32Array.from(data.weights),
      Float64Array.from(data.bias),
      S,
    );
  }
}
