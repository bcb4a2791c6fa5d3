/**
 * Every setting of the matching engine, in one frozen object handed to `createMatcher`. One set is
 * used for every library (docs/engine.md says on which benchmarks it was chosen); tools that study
 * a setting build a variant with `matcherSettings({ … })` instead of changing shared state.
 */

export interface FeatureSettings {
  /** Chat spellings ("u", "vc", "stp", "bzw", "ㅠㅠ") become their words (chat-words.ts). */
  readonly chat: boolean;
  /** Word-pair terms ("check invoice" ≠ "get invoice") and their weight relative to a word. */
  readonly pairs: boolean;
  readonly pairWeight: number;
  /** Char n-gram sizes of alphabetic words in the char n-gram space. */
  readonly gramSizes: readonly number[];
  /** Snowball stemmers for es, pt, fr, de (else the English Porter stemmer for every Latin word). */
  readonly stemmers: boolean;
  /** Chinese/Japanese words from Intl.Segmenter as terms… */
  readonly segmenter: boolean;
  /** …and the character uni- and bigrams of Chinese/Japanese runs (both on: see docs/engine.md). */
  readonly cjkCharGrams: boolean;
  /** Korean words also give their stem without particles and endings (주문이 → 주문). */
  readonly koreanStems: boolean;
  /** Characters of a message that are analysed at most: the rest is not read (bounded work). */
  readonly maxChars: number;
  /**
   * Weight, relative to a word, of the multilingual concept terms (`§refund`: lib/match/concepts,
   * docs/concepts.md) that let an example and a message in different languages meet; 0: off.
   */
  readonly conceptWeight: number;
  /** Share of the concept weight for a message's concept said in Latin words the library knows
   * (its words already say it); said in words it lacks (another language, CJK) it counts whole. */
  readonly knownConceptShare: number;
  /**
   * Weight, relative to a word, of the CLDR lexicon's terms (lib/match/lexicon: a word of any of
   * the eight languages stands for the emoji it names, 알람 = alarm = ⏰); 0: off.
   */
  readonly lexiconWeight: number;
  /** Share of that weight for a message word the library already knows (its own term says it). */
  readonly lexiconKnownShare: number;
  /** Share of the lexicon terms' counts in the intent classifier's features (0: left out). */
  readonly lexiconInClassifier: number;
}

export interface ModelSettings {
  /** Share of the word cosine in an example's similarity; the rest is the char n-gram cosine. */
  readonly wordShare: number;
  /** Share of the mean of the rule's top-k example cosines in its similarity (rest: best example). */
  readonly topKShare: number;
  readonly topK: number;
  /** Share of the rule-centroid cosine in a rule's similarity. */
  readonly centroidShare: number;
  /** The centroid is that of the rule's examples in the message's language, when it has some. */
  readonly centroidByLanguage: boolean;
  /** Weight of a query word the library does not know (in the query norm), and of a word pair. */
  readonly unknownWeight: number;
  readonly unknownPairWeight: number;
  /** Split an unknown word made of two known ones ("deliveryaddress"). */
  readonly splitGlued: boolean;
  /** Keyword hits teach the intent model: a keyword alternative is also an example of its rule. */
  readonly keywordsAsExamples: boolean;
}

export interface ClassifierSettings {
  readonly on: boolean;
  readonly epochs: number;
  readonly learningRate: number;
  /** The learning rate of epoch e is learningRate / (1 + decay·e). */
  readonly decay: number;
  readonly l2: number;
  /** Train only when examples × rules is at most this (training time grows with that product). */
  readonly maxWork: number;
  /** …and the weight matrix (features × rules) has at most this many cells. */
  readonly maxWeights: number;
  /** An example score is its similarity × probability^exponent. */
  readonly exponent: number;
  /** Gradient steps at most for one learned example (stops once its rule is the likeliest). */
  readonly learnSteps: number;
}

export interface CalibrationSettings {
  /**
   * The share of buyer messages assumed to be about nothing in the library. The calibration
   * weighs its out-of-scope evidence (each example scored with its own rule left out) by this.
   */
  readonly outOfScopeShare: number;
  /**
   * Calibrated probability that a suggestion is right which maps to the default rule threshold
   * (0.85): the bar of what is worth showing to an agent among up to three suggestions.
   */
  readonly showAt: number;
  /** The first suggestion must be at least this likely right, or nothing is shown (an agent is not
   * interrupted with three long shots). */
  readonly leadAt: number;
  /** …which maps to the default auto-send confidence (0.92): much stricter. */
  readonly autoSendAt: number;
  /** Examples left out (each scored against the rest) at most, spread over the library. */
  readonly maxSamples: number;
  /** Fewer examples than this: the calibration falls back to the prior fit (see calibration.ts). */
  readonly minSamples: number;
  /** Fit a cross-language curve on a several-language library's own evidence (else the prior);
   * used for messages in a language the library has no example in. */
  readonly crossLanguage: boolean;
  /** …and only when fewer than this share of its words are known to the library. */
  readonly crossKnownShare: number;
  /** A match through lexicon terms alone also counts as across languages (else concept terms only). */
  readonly crossLexicon: boolean;
  /** A several-language library fits a curve per language, pulled toward its own curve this hard
   * (in samples' worth; 0: one curve for every language). */
  readonly languagePull: number;
}

export interface RankingSettings {
  /** Suggestions whose scores are within this margin of the best remaining one compete on priority. */
  readonly priorityMargin: number;
  /** At most this many suggestions (the contract says three). */
  readonly maxSuggestions: number;
  /**
   * A runner-up is shown only when it is at least this share as likely right as the first
   * suggestion: beside a sure answer, a long shot is noise; beside an unsure one, it is a choice.
   */
  readonly runnerUpShare: number;
}

export interface MatcherSettings {
  readonly features: FeatureSettings;
  readonly model: ModelSettings;
  readonly classifier: ClassifierSettings;
  readonly calibration: CalibrationSettings;
  readonly ranking: RankingSettings;
}

export type SettingsOverrides = { [K in keyof MatcherSettings]?: Partial<MatcherSettings[K]> };

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

export const DEFAULT_SETTINGS: MatcherSettings = deepFreeze({
  features: {
    chat: true,
    pairs: true,
    pairWeight: 0.5,
    gramSizes: [3, 4],
    stemmers: true,
    segmenter: true,
    cjkCharGrams: true,
    koreanStems: true,
    maxChars: 2000,
    conceptWeight: 1,
    knownConceptShare: 1,
    lexiconWeight: 2,
    lexiconKnownShare: 1,
    lexiconInClassifier: 1,
  },
  model: {
    wordShare: 0.5,
    topKShare: 0.7,
    topK: 3,
    centroidShare: 0.5,
    centroidByLanguage: true,
    unknownWeight: 0.6,
    unknownPairWeight: 0.6,
    splitGlued: true,
    keywordsAsExamples: true,
  },
  classifier: {
    on: true,
    epochs: 30,
    learningRate: 0.5,
    decay: 0.1,
    l2: 1e-3,
    maxWork: 120_000,
    maxWeights: 4_000_000,
    exponent: 0.25,
    learnSteps: 20,
  },
  calibration: {
    outOfScopeShare: 0.3,
    showAt: 0.02,
    leadAt: 0.2,
    autoSendAt: 0.99,
    maxSamples: 200,
    minSamples: 8,
    crossLanguage: true,
    crossKnownShare: 0.5,
    crossLexicon: true,
    languagePull: 2,
  },
  ranking: {
    priorityMargin: 0.05,
    maxSuggestions: 3,
    runnerUpShare: 0.05,
  },
});

/** The default settings with some values changed, frozen. */
export function matcherSettings(overrides: SettingsOverrides = {}, base: MatcherSettings = DEFAULT_SETTINGS): MatcherSettings {
  const out = {} as Record<string, unknown>;
  for (const k of Object.keys(base) as Array<keyof MatcherSettings>) out[k] = { ...base[k], ...(overrides[k] ?? {}) };
  return deepFreeze(out as unknown as MatcherSettings);
}
