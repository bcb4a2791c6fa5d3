import { IntentClassifier } from './classifier';
import { KeywordIndex } from './keywords';
import { MODEL_VERSION, faqKeywordIndex, matcherOverModel, type Matcher, type MatcherOptions, type SerializedModel } from './matcher';
import { IntentModel } from './model';
import { scriptOf } from './normalize';
import type { LibraryRule } from './types';

/**
 * createMatcher(rules), a step at a time. It yields the share of the work done (0..1) every few
 * dozen keywords or examples and every few hundred classifier steps, so that its caller can pause
 * between steps and keep answering (the worker trains in short slices after a library change:
 * entrypoints/background/library-cache.ts). The matcher it returns is the one createMatcher
 * builds — the same work in the same order, the same toJSON() (tests/unit/match/build-steps.test.ts).
 */
export function* buildMatcherSteps(rules: LibraryRule[], options: MatcherOptions = {}, indexed?: KeywordIndex): Generator<number, Matcher> {
  const faq = rules.filter((r) => r.kind === 'faq');
  const model = new IntentModel();
  const examples: Array<[string, string, string]> = [];
  const learned: Array<[string, string, string]> = [];
  for (const rule of faq) {
    for (const [lang, list] of Object.entries(rule.examples ?? {})) for (const t of list) examples.push([rule.id, t, lang]);
    for (const [lang, list] of Object.entries(rule.learnedExamples ?? {})) for (const t of list) learned.push([rule.id, t, lang]);
  }
  // The classifier's share of the work, when the library is small enough to train one.
  const buildShare = IntentClassifier.affordable(examples.length + learned.length, faq.length) ? 0.5 : 1;
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
  return matcherOverModel(rules, model, { keywords, fromCache: false }, options);
}

/** Runs every step at once: the same as createMatcher(rules, options). */
export function buildMatcherNow(rules: LibraryRule[], options: MatcherOptions = {}): Matcher {
  const steps = buildMatcherSteps(rules, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * What answers while a library's model is being built: the previous model (a cached one of other
 * rules, or none) over the new rules with their keywords indexed now. Rules the previous model
 * knows are matched by their old examples, new rules by their keywords; rules that are gone are
 * never suggested. Cheap: no example is analysed, nothing is trained. Never to be cached (its
 * `fromCache` is true so that nothing saves it). Returns its keyword index too, for the build.
 */
export function interimMatcher(rules: LibraryRule[], previous: unknown, options: MatcherOptions = {}): { matcher: Matcher; keywords: KeywordIndex } {
  let model: IntentModel | undefined;
  const s = previous as Partial<SerializedModel> | null | undefined;
  if (s && s.format === 'shopreply.match-model' && s.version === MODEL_VERSION && s.model) {
    try {
      model = IntentModel.fromJSON(s.model);
    } catch {
      // an unreadable cache: keywords alone until the new model is built
    }
  }
  model ??= new IntentModel();
  // Its keyword index serves the model being built too (buildMatcherSteps' `indexed`).
  const keywords = faqKeywordIndex(rules.filter((r) => r.kind === 'faq'), model);
  return { matcher: matcherOverModel(rules, model, { keywords, fromCache: true }, options), keywords };
}
