import { IntentClassifier } from './classifier';
import { PRIOR_CALIBRATION, type Calibration } from './calibration';
import { KeywordIndex, splitAlternatives } from './keywords';
import { MODEL_VERSION, faqKeywordIndex, matcherOverModel, type Matcher, type SerializedModel } from './matcher';
import { IntentModel } from './model';
import { scriptOf } from './normalize';
import { DEFAULT_SETTINGS, type MatcherSettings } from './settings';
import type { LibraryRule } from './types';

/**
 * createMatcher(rules), a step at a time. It yields the share of the work done (0..1) every few
 * dozen keywords or examples and every few hundred classifier steps, so that its caller can pause
 * between steps and keep answering (the worker trains in short slices after a library change:
 * entrypoints/background/library-cache.ts). The matcher it returns is the one createMatcher
 * builds — the same work in the same order, the same toJSON() (tests/unit/match/build-steps.test.ts).
 */
export function* buildMatcherSteps(rules: LibraryRule[], settings: MatcherSettings = DEFAULT_SETTINGS, indexed?: KeywordIndex): Generator<number, Matcher> {
  const faq = rules.filter((r) => r.kind === 'faq');
  const model = new IntentModel(settings);
  const examples: Array<[string, string, string]> = [];
  const learned: Array<[string, string, string]> = [];
  for (const rule of faq) {
    for (const [lang, list] of Object.entries(rule.examples ?? {})) for (const t of list) examples.push([rule.id, t, lang]);
    // Keywords as short examples, in createMatcher's order (matcher.ts).
    if (settings.model.keywordsAsExamples) {
      for (const [lang, list] of Object.entries(rule.keywords ?? {})) for (const k of list) for (const alt of splitAlternatives(k)) examples.push([rule.id, alt, lang]);
    }
    for (const [lang, list] of Object.entries(rule.learnedExamples ?? {})) for (const t of list) learned.push([rule.id, t, lang]);
  }
  // The classifier's share of the work, when the library is small enough to train one.
  const buildShare = IntentClassifier.affordable(examples.length + learned.length, faq.length, settings.classifier) ? 0.5 : 1;
  const total = Math.max(1, faq.length + examples.length + learned.length);
  const STEP = 50;

  // Keyword words join the vocabulary first, as in createMatcher (spelling fixes depend on it).
  // An index of these rules' keywords made already (the interim matcher's) gives them unanalysed.
  const keywords = indexed ?? new KeywordIndex();
  if (indexed) {
    for (const entry of indexed.entries) for (const w of entry.words) if (scriptOf(w) === 'other') model.vocab.add(w);
  } else {
    for (let i = 0; i < faq.length; i += STEP) {
      faqKeywordIndex(faq, model, keywords, i, Math.min(faq.length, i + STEP));
      yield (buildShare * Math.min(faq.length, i + STEP)) / total;
    }
  }
  for (let i = 0; i < examples.length; i++) {
    model.add(examples[i][0], examples[i][1], examples[i][2], false);
    if (i % STEP === STEP - 1) yield (buildShare * (faq.length + i + 1)) / total;
  }
  const seen = new Set<string>();
  for (const [ruleId, text, lang] of learned) {
    const key = `${ruleId}\u0000${text}`;
    if (!seen.has(key) && model.add(ruleId, text, lang, true)) seen.add(key);
  }
  yield buildShare;
  for (const share of model.trainSteps()) yield buildShare + (1 - buildShare) * share;
  // The calibration is fitted on the built model (its leave-one-out searches, in one step).
  return matcherOverModel(rules, model, { keywords, fromCache: false });
}

/** Runs every step at once: the same as createMatcher(rules, settings). */
export function buildMatcherNow(rules: LibraryRule[], settings: MatcherSettings = DEFAULT_SETTINGS): Matcher {
  const steps = buildMatcherSteps(rules, settings);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * A cached model, when it is readable and of this engine (else none): the previous library's
 * model answers while the new one is built.
 */
export function previousModel(previous: unknown, settings: MatcherSettings = DEFAULT_SETTINGS): { model: IntentModel; calibration?: Calibration } | undefined {
  const s = previous as Partial<SerializedModel> | null | undefined;
  if (!s || s.format !== 'shopreply.match-model' || s.version !== MODEL_VERSION || !s.model) return undefined;
  try {
    return { model: IntentModel.fromJSON(s.model, settings), calibration: s.calibration };
  } catch {
    return undefined; // an unreadable cache: keywords alone until the new model is built
  }
}

/**
 * The faq rules' keywords into `index`, a few dozen rules a step (yields the share done). Their
 * words join `model`'s vocabulary, as in createMatcher.
 */
export function* indexKeywordSteps(rules: LibraryRule[], model: IntentModel, index: KeywordIndex): Generator<number, KeywordIndex> {
  const faq = rules.filter((r) => r.kind === 'faq');
  for (let i = 0; i < faq.length; i += 50) {
    faqKeywordIndex(faq, model, index, i, Math.min(faq.length, i + 50));
    yield Math.min(faq.length, i + 50) / faq.length;
  }
  return index;
}

/**
 * What answers while a library's model is being built: the previous model (or an empty one) over
 * the new rules, with `keywords` — an index of the new rules' keywords that may still be filling
 * (indexKeywordSteps): the matcher sees each keyword as soon as it is indexed. Rules the previous
 * model knows are matched by their old examples, new rules by their keywords; rules that are gone
 * are never suggested. Cheap: no example is analysed, nothing is trained. Never to be cached (its
 * `fromCache` is true so that nothing saves it).
 */
export function interimMatcher(rules: LibraryRule[], model: IntentModel, keywords: KeywordIndex, calibration: Calibration = PRIOR_CALIBRATION): Matcher {
  // The previous model's calibration (or the prior): fitting one would search hundreds of examples.
  return matcherOverModel(rules, model, { keywords, fromCache: true }, calibration);
}
