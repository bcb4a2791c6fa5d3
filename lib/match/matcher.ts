import { DEFAULT_THRESHOLD } from '../pack/schema';
import { CONCEPT_SETTINGS, analyze } from './features';
import { KeywordIndex } from './keywords';
import { detectLanguage } from './language';
import { IntentModel, type SerializedIntentModel } from './model';
import { fingerprintRules } from './fingerprint';
import type { DetectedLanguage, LibraryRule, MatchInput, MatchReason, MatchResult, Suggestion } from './types';

export interface MatcherOptions {
  /**
   * The raw example cosine that counts as a confident match: it is mapped to 0.85 (the default
   * rule threshold). The calibrated example score is piecewise linear: 0 → 0, pivot → 0.85,
   * 1 → 1, so a threshold keeps its spec meaning ("least similarity") on both scales.
   */
  examplePivot?: number;
  /** The same, when the library is small enough for the intent classifier (see classifier.ts),
   * whose probability scales the example similarity down. */
  classifierPivot?: number;
  /** Suggestions whose scores are within this margin of the best remaining one compete on priority. */
  priorityMargin?: number;
  /** At most this many suggestions (the contract says three). */
  maxSuggestions?: number;
  /** Weight of the multilingual concept terms (features.ts, docs/concepts.md); 0 turns them off. */
  conceptWeight?: number;
}

export const DEFAULT_OPTIONS: Required<MatcherOptions> = {
  examplePivot: 0.285,
  classifierPivot: 0.21,
  priorityMargin: 0.05,
  maxSuggestions: 3,
  conceptWeight: CONCEPT_SETTINGS.weight,
};

/** Format version of a cached model; a cache of another version is rebuilt (and re-saved). */
export const MODEL_VERSION = 4;

export interface SerializedModel {
  format: 'shopreply.match-model';
  /** 3: the intent classifier and the Porter stemmer; 4: concept terms (an older cache is rebuilt). */
  version: typeof MODEL_VERSION;
  /** fingerprintRules() of the rules the model was built from. */
  fingerprint: string;
  options: Required<MatcherOptions>;
  model: SerializedIntentModel;
}

export interface Matcher {
  match(input: MatchInput): MatchResult;
  /** Teaches the model one more phrasing for a rule, at once (no rebuild). */
  addExample(ruleId: string, text: string, language: string): boolean;
  toJSON(): SerializedModel;
  readonly fingerprint: string;
  readonly ruleCount: number;
  /** Whether the intent classifier was trained (small enough library; see classifier.ts). */
  readonly usesClassifier: boolean;
  /** Whether the model came from the cache given to loadMatcher (false: it was trained now). */
  readonly fromCache: boolean;
}

/** Calibrated example score: piecewise linear through (0,0), (pivot,0.85), (1,1). */
export function calibrate(cosine: number, pivot: number): number {
  const c = Math.max(0, Math.min(1, cosine));
  const s = c <= pivot ? (c / pivot) * DEFAULT_THRESHOLD : DEFAULT_THRESHOLD + ((c - pivot) / (1 - pivot)) * (1 - DEFAULT_THRESHOLD);
  return Math.round(s * 10000) / 10000;
}

interface Candidate {
  rule: number;
  score: number;
  reason: MatchReason;
}

class MatcherImpl implements Matcher {
  private readonly rules: LibraryRule[];
  private readonly byId = new Map<string, number>();
  /** model rule index → library rule index */
  private modelToRule: number[] = [];
  private readonly keywords = new KeywordIndex();
  private readonly learned = new Set<string>();

  constructor(
    rules: LibraryRule[],
    private readonly model: IntentModel,
    readonly options: Required<MatcherOptions>,
    readonly fingerprint: string,
    private readonly train: boolean,
  ) {
    this.rules = rules.filter((r) => r.kind === 'faq');
    this.rules.forEach((r, i) => this.byId.set(r.id, i));
    this.rules.forEach((rule, i) => {
      for (const [lang, list] of Object.entries(rule.keywords ?? {})) {
        for (const k of list) this.keywords.add(i, k, lang, this.model.vocab);
      }
    });
    if (train) {
      for (const rule of this.rules) {
        for (const [lang, list] of Object.entries(rule.examples ?? {})) for (const t of list) this.model.add(rule.id, t, lang, false);
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
  }

  get fromCache(): boolean {
    return !this.train;
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
    const detected: DetectedLanguage = input.language
      ? { code: input.language, confidence: 1 }
      : detectLanguage(input.text);
    const { words } = analyze(input.text);
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
      offer({ rule: hit.entry.rule, score: round(hit.score), reason: { kind: 'keyword', matched: hit.entry.text, language: hit.entry.language } });
    }
    const modelAllowed = (m: number) => {
      const i = this.modelToRule[m];
      return i >= 0 && allowed(i);
    };
    const pivot = this.model.hasClassifier ? this.options.classifierPivot : this.options.examplePivot;
    for (const hit of this.model.search(words, modelAllowed)) {
      const i = this.modelToRule[hit.rule];
      offer({
        rule: i,
        score: calibrate(hit.cosine, pivot),
        reason: {
          kind: this.model.exLearned[hit.example] ? 'learned' : 'example',
          matched: this.model.exText[hit.example],
          language: this.model.exLang[hit.example],
        },
      });
    }
    const eligible = [...cands.values()].filter((c) => c.score >= (this.rules[c.rule].threshold ?? DEFAULT_THRESHOLD));
    const ranked = rankWithPriority(eligible, (c) => this.rules[c.rule].priority ?? 0, this.options.priorityMargin);
    const suggestions = ranked.slice(0, this.options.maxSuggestions).map((c) => this.suggestion(c, detected));
    return { language: detected, suggestions };
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
      options: { ...this.options },
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

export function createMatcher(rules: LibraryRule[], options: MatcherOptions = {}): Matcher {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  return new MatcherImpl(rules, new IntentModel(opts.conceptWeight), opts, fingerprintRules(rules), true);
}

/**
 * A matcher from a cached model. When the rules changed since the model was saved (fingerprint
 * differs) or the cache is unreadable, the model is rebuilt from the rules instead.
 */
export function loadMatcher(rules: LibraryRule[], serialized: SerializedModel | unknown, options: MatcherOptions = {}): Matcher {
  const fp = fingerprintRules(rules);
  const s = serialized as Partial<SerializedModel> | null;
  const opts = { ...DEFAULT_OPTIONS, ...s?.options, ...options };
  // A model holds its examples' concept terms: one built with another concept weight is rebuilt.
  const sameConcepts = s?.options?.conceptWeight === opts.conceptWeight;
  if (s && s.format === 'shopreply.match-model' && s.version === MODEL_VERSION && s.fingerprint === fp && s.model && sameConcepts) {
    try {
      const model = IntentModel.fromJSON(s.model, opts.conceptWeight);
      return new MatcherImpl(rules, model, opts, fp, false);
    } catch {
      // fall through: rebuild
    }
  }
  return createMatcher(rules, options);
}
