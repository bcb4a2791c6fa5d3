import { DEFAULT_THRESHOLD } from '../pack/schema';
import { fitCalibrations, probability, probabilityOfScore, scoreOf, PRIOR_CALIBRATION, type Calibration } from './calibration';
import { analyze, modelWords } from './features';
import { conceptIndex, conceptText } from './concepts/lookup';
import { scriptOf } from './normalize';
import { KeywordIndex, splitAlternatives } from './keywords';
import { detectLanguage } from './language';
import { IntentModel, type SerializedIntentModel } from './model';
import { fingerprintRules } from './fingerprint';
import { DEFAULT_SETTINGS, type MatcherSettings } from './settings';
import type { DetectedLanguage, LibraryRule, MatchInput, MatchReason, MatchResult, Suggestion } from './types';

/** Format version of a cached model; a cache of another version is rebuilt (and re-saved). */
export const MODEL_VERSION = 6;

export interface SerializedModel {
  format: 'shopreply.match-model';
  /** 4: language stemmers, segmenter words, keyword examples and the fitted calibration; 5: concept terms;
   * 6: the calibration's cross-language curve. */
  version: typeof MODEL_VERSION;
  /** fingerprintRules() of the rules the model was built from. */
  fingerprint: string;
  /** The feature settings its examples' terms were made with (concept weight, stemmers…): a model
   * made with others is rebuilt. */
  features: string;
  calibration: Calibration;
  model: SerializedIntentModel;
}

export interface Matcher {
  match(input: MatchInput): MatchResult;
  /** Teaches the model one more phrasing for a rule, at once (no rebuild). */
  addExample(ruleId: string, text: string, language: string): boolean;
  toJSON(): SerializedModel;
  readonly fingerprint: string;
  readonly ruleCount: number;
  readonly settings: MatcherSettings;
  /** The score calibration fitted on this library (calibration.ts). */
  readonly calibration: Calibration;
  /** Whether the intent classifier was trained (small enough library; see classifier.ts). */
  readonly usesClassifier: boolean;
  /** Whether the model came from the cache given to loadMatcher (false: it was trained now). */
  readonly fromCache: boolean;
  /** Postings and example terms the searches walked so far (a measure of work, for tests). */
  readonly work: number;
}

interface Candidate {
  rule: number;
  score: number;
  /** Calibrated probability that the rule is right (a keyword's from its score). */
  p: number;
  reason: MatchReason;
}

class MatcherImpl implements Matcher {
  private readonly rules: LibraryRule[];
  private readonly byId = new Map<string, number>();
  /** model rule index → library rule index */
  private modelToRule: number[] = [];
  private readonly keywords: KeywordIndex;
  private readonly learned = new Set<string>();
  readonly calibration: Calibration;
  readonly fromCache: boolean;

  constructor(
    rules: LibraryRule[],
    private readonly model: IntentModel,
    readonly fingerprint: string,
    private readonly train: boolean,
    calibration?: Calibration,
    /** A model built elsewhere (build-steps.ts) comes with its keyword index, and is not from a cache. */
    built?: { keywords?: KeywordIndex; fromCache: boolean },
  ) {
    const settings = model.settings;
    this.fromCache = built ? built.fromCache : !train;
    this.rules = rules.filter((r) => r.kind === 'faq');
    this.rules.forEach((r, i) => this.byId.set(r.id, i));
    this.keywords = built?.keywords ?? faqKeywordIndex(this.rules, this.model);
    if (train) {
      for (const rule of this.rules) {
        for (const [lang, list] of Object.entries(rule.examples ?? {})) for (const t of list) this.model.add(rule.id, t, lang, false);
        // A keyword is a short example too: it teaches the intent model the rule's words, so a
        // message that says them in other words or with other words still finds the rule.
        if (settings.model.keywordsAsExamples) {
          for (const [lang, list] of Object.entries(rule.keywords ?? {})) {
            for (const k of list) for (const alt of splitAlternatives(k)) this.model.add(rule.id, alt, lang, false);
          }
        }
      }
    }
    // Learned examples the model does not hold yet: all of them when training, those saved since
    // the cache otherwise. Added before training, so that the classifier is trained on them too.
    for (let ex = 0; ex < model.exampleCount; ex++) {
      if (model.exLearned[ex]) this.learned.add(`${model.ruleIds[model.exRule[ex]]}\u0000${model.exText[ex]}`);
    }
    for (const rule of this.rules) {
      for (const [lang, list] of Object.entries(rule.learnedExamples ?? {})) {
        for (const t of list) this.learn(rule.id, t, lang);
      }
    }
    if (train) this.model.train();
    this.syncModelRules();
    this.calibration = calibration ?? fitCalibrations(this.model.calibrationSamples(), settings.calibration);
  }

  get settings(): MatcherSettings {
    return this.model.settings;
  }

  get work(): number {
    return this.model.work;
  }

  private syncModelRules(): void {
    this.modelToRule = this.model.ruleIds.map((id) => this.byId.get(id) ?? -1);
  }

  get ruleCount(): number {
    return this.rules.length;
  }

  get usesClassifier(): boolean {
    return this.model.hasClassifier;
  }

  private learn(ruleId: string, text: string, language: string): boolean {
    const key = `${ruleId}\u0000${text}`;
    if (this.learned.has(key)) return false;
    if (!this.model.add(ruleId, text, language, true)) return false;
    this.learned.add(key);
    if (this.model.ruleIds.length !== this.modelToRule.length) this.syncModelRules();
    return true;
  }

  addExample(ruleId: string, text: string, language: string): boolean {
    if (!this.byId.has(ruleId)) throw new Error(`addExample: no faq rule "${ruleId}" in this matcher`);
    return this.learn(ruleId, text, language);
  }

  match(input: MatchInput): MatchResult {
    const S = this.settings;
    const detected: DetectedLanguage = input.language
      ? { code: input.language, confidence: 1 }
      : detectLanguage(input.text.length > S.features.maxChars ? input.text.slice(0, S.features.maxChars) : input.text);
    const language = detected.code === 'und' ? undefined : detected.code;
    const { words } = analyze(input.text, language, S.features);
    const skus = new Set(input.skusInView ?? []);
    const allowed = (i: number) => {
      const rule = this.rules[i];
      return !rule.skus?.length || rule.skus.some((s) => skus.has(s));
    };
    const cands = new Map<number, Candidate>();
    const offer = (c: Candidate) => {
      const prev = cands.get(c.rule);
      // Keyword wins a tie: it is the more explicit reason.
      if (!prev || c.score > prev.score) cands.set(c.rule, c);
    };
    for (const hit of this.keywords.search(words, this.model.vocab, allowed)) {
      offer({ rule: hit.entry.rule, score: round(hit.score), p: probabilityOfScore(hit.score, S.calibration), reason: { kind: 'keyword', matched: hit.entry.text, language: hit.entry.language } });
    }
    // The message's words that said each concept it shares with an example ("物流" → tracking).
    let said: Map<string, string> | undefined;
    const conceptWords = (id: string) => {
      if (!said) {
        const modelText = modelWords(words);
        const text = conceptText(modelText);
        said = new Map();
        for (const h of conceptIndex().hits(modelText)) {
          // A prefix term ("reembols*") said the whole word.
          let end = h.end;
          if (h.term.endsWith('*')) while (end < text.length && text[end] !== ' ') end++;
          if (!said.has(h.concept)) said.set(h.concept, text.slice(h.start, end));
        }
      }
      return said.get(id) ?? id;
    };
    const modelAllowed = (m: number) => {
      const i = this.modelToRule[m];
      return i >= 0 && allowed(i);
    };
    const across = !!this.calibration.cross && this.acrossLanguages(words, language);
    const own = (language !== undefined && this.calibration.byLanguage?.[language]) || this.calibration;
    for (const hit of this.model.search(words, { language, allowed: modelAllowed })) {
      const i = this.modelToRule[hit.rule];
      // A match across languages (through a concept or lexicon term) is judged by the cross-language curve.
      const p = probability(across && (hit.parts.concepts?.length || (S.calibration.crossLexicon && hit.parts.lexicon?.length)) ? this.calibration.cross! : own, hit.cosine);
      offer({
        rule: i,
        score: scoreOf(p, S.calibration),
        p,
        reason: {
          kind: this.model.exLearned[hit.example] ? 'learned' : 'example',
          matched: this.model.exText[hit.example],
          language: this.model.exLang[hit.example],
          evidence: {
            similarity: round(hit.cosine),
            probability: round(p),
            shared: hit.parts.shared,
            best: round(hit.parts.best),
            centroid: round(hit.parts.centroid),
            ...(hit.parts.classifier !== undefined ? { classifier: round(hit.parts.classifier) } : {}),
            ...(hit.parts.concepts ? { concepts: hit.parts.concepts.map((id) => ({ id, matched: conceptWords(id) })) } : {}),
          },
        },
      });
    }
    const eligible = [...cands.values()].filter((c) => c.score >= (this.rules[c.rule].threshold ?? DEFAULT_THRESHOLD));
    const ranked = rankWithPriority(eligible, (c) => this.rules[c.rule].priority ?? 0, S.ranking.priorityMargin);
    // Two bars: up to three suggestions are worth showing, but only behind a first one that is
    // likely enough right to interrupt the agent with.
    if (!ranked.length || ranked[0].p < S.calibration.leadAt) return { language: detected, suggestions: [] };
    const lead = ranked[0].p;
    const suggestions = ranked
      .filter((c, i) => i === 0 || c.p >= S.ranking.runnerUpShare * lead)
      .slice(0, S.ranking.maxSuggestions)
      .map((c) => this.suggestion(c, detected));
    return { language: detected, suggestions };
  }

  /**
   * Whether a message can only meet the library across languages (through concept and lexicon
   * terms): it is in a language the library has no example in, and most of its words are unknown
   * to the library (an English message mistaken for Spanish in an English library is not).
   */
  private acrossLanguages(words: string[], language: string | undefined): boolean {
    if (language === undefined || this.model.hasLanguage(language)) return false;
    let known = 0;
    for (const w of words) if (scriptOf(w) === 'other' && this.model.vocab.has(w)) known++;
    return known < words.length * this.settings.calibration.crossKnownShare;
  }

  private suggestion(c: Candidate, detected: DetectedLanguage): Suggestion {
    const rule = this.rules[c.rule];
    const replyLanguage = chooseReplyLanguage(rule, detected, c.reason.language);
    return {
      ruleId: rule.id,
      packId: rule.packId,
      kind: rule.kind,
      ...(rule.title !== undefined ? { title: rule.title } : {}),
      priority: rule.priority ?? 0,
      score: c.score,
      replyLanguage,
      replies: [...(rule.replies[replyLanguage] ?? [])],
      reason: c.reason,
    };
  }

  toJSON(): SerializedModel {
    return {
      format: 'shopreply.match-model',
      version: MODEL_VERSION,
      fingerprint: this.fingerprint,
      features: featuresKey(this.settings),
      calibration: { ...this.calibration },
      model: this.model.toJSON(),
    };
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Priority rule: take the best remaining score; every candidate within `margin` of it competes,
 * and the highest priority among them goes next (then the higher score, then library order).
 * So priority breaks near-ties and settles conflicts between similar rules, but a clearly better
 * match is never buried under a high-priority weak one.
 */
export function rankWithPriority<T extends { score: number; rule: number }>(
  items: T[],
  priority: (item: T) => number,
  margin: number,
): T[] {
  const rest = [...items].sort((a, b) => b.score - a.score || a.rule - b.rule);
  const out: T[] = [];
  while (rest.length) {
    const top = rest[0].score;
    let pick = 0;
    for (let i = 1; i < rest.length && rest[i].score >= top - margin - 1e-9; i++) {
      if (priority(rest[i]) > priority(rest[pick])) pick = i;
    }
    out.push(rest.splice(pick, 1)[0]);
  }
  return out;
}

/**
 * Reply language: the buyer's when the rule has replies in it; else, when detection was unsure,
 * the language of the keyword/example that matched (a Spanish keyword matched by an unsure
 * message suggests a Spanish buyer); else the pack's default language; else the first there is.
 */
export function chooseReplyLanguage(rule: LibraryRule, detected: DetectedLanguage, reasonLanguage?: string): string {
  const has = (l: string | undefined): l is string => !!l && l !== '*' && l !== 'und' && !!rule.replies[l]?.length;
  if (has(detected.code) && detected.confidence >= 0.5) return detected.code;
  if (has(reasonLanguage)) return reasonLanguage;
  if (has(detected.code)) return detected.code;
  if (has(rule.defaultLanguage)) return rule.defaultLanguage;
  return Object.keys(rule.replies)[0];
}

/** The keyword index of faq rules (rule index = position in `faqRules`); keyword words join the model's vocabulary. */
export function faqKeywordIndex(faqRules: LibraryRule[], model: IntentModel, index = new KeywordIndex(), from = 0, to = faqRules.length): KeywordIndex {
  for (let i = from; i < to; i++) {
    for (const [lang, list] of Object.entries(faqRules[i].keywords ?? {})) {
      for (const k of list) index.add(i, k, lang, model.vocab, model.settings.features);
    }
  }
  return index;
}

/**
 * Hooks for building a matcher a step at a time (build-steps.ts): a matcher over a model that was
 * built elsewhere — fully, with its keyword index (`keywords`), or the previous library's model
 * answering for the new rules while theirs is built (`keywords` omitted: indexed now).
 * Nothing is analysed or trained again; `fromCache` says whether the caller should save it.
 * The settings are the model's; without a `calibration` it is fitted on the model's examples.
 */
export function matcherOverModel(
  rules: LibraryRule[],
  model: IntentModel,
  built: { keywords?: KeywordIndex; fromCache: boolean },
  calibration?: Calibration,
): Matcher {
  return new MatcherImpl(rules, model, fingerprintRules(rules), false, calibration, built);
}

/** A matcher for a library; `settings` is one frozen object (settings.ts), the same for every library. */
export function createMatcher(rules: LibraryRule[], settings: MatcherSettings = DEFAULT_SETTINGS): Matcher {
  return new MatcherImpl(rules, new IntentModel(settings), fingerprintRules(rules), true);
}

/**
 * A matcher from a cached model. When the rules changed since the model was saved (fingerprint
 * differs) or the cache is unreadable, the model is rebuilt from the rules instead.
 */
export function loadMatcher(rules: LibraryRule[], serialized: SerializedModel | unknown, settings: MatcherSettings = DEFAULT_SETTINGS): Matcher {
  const fp = fingerprintRules(rules);
  const s = serialized as Partial<SerializedModel> | null;
  if (s && s.format === 'shopreply.match-model' && s.version === MODEL_VERSION && s.fingerprint === fp && s.features === featuresKey(settings) && s.model && validCalibration(s.calibration)) {
    try {
      const model = IntentModel.fromJSON(s.model, settings);
      return new MatcherImpl(rules, model, fp, false, s.calibration);
    } catch {
      // fall through: rebuild
    }
  }
  return createMatcher(rules, settings);
}

// The terms depend on the feature settings, and the saved calibration on how the search scores
// (model, classifier, calibration settings): a cache made under other values is rebuilt.
const featuresKey = (settings: MatcherSettings) =>
  JSON.stringify({ features: settings.features, model: settings.model, classifier: settings.classifier, calibration: settings.calibration });

function validCalibration(c: unknown): c is Calibration {
  const x = c as Calibration | undefined;
  const ok = (y: { a: number; b: number; samples: number } | undefined) => !!y && Number.isFinite(y.a) && Number.isFinite(y.b) && Number.isFinite(y.samples);
  return ok(x) && (x!.cross === undefined || ok(x!.cross)) && Object.values(x!.byLanguage ?? {}).every(ok);
}

export { PRIOR_CALIBRATION };
