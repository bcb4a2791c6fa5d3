import type { Rule, RuleKind, TextsByLanguage } from '../pack/schema';

/** A rule as the library holds it: the pack rule plus where it came from. */
export interface LibraryRule extends Rule {
  packId: string;
  packVersion: string;
  /** The pack's defaultLanguage (or "en"), used when the buyer's language has no reply. */
  defaultLanguage: string;
  /** Buyer messages that agents confirmed for this rule (accepted or chose by override). */
  learnedExamples?: TextsByLanguage;
}

export interface DetectedLanguage {
  /** ISO 639-1 code, or "und" when the text says too little. */
  code: string;
  /** 0..1 */
  confidence: number;
}

export interface MatchInput {
  text: string;
  /** The buyer's language when already known (e.g. from the conversation); skips detection. */
  language?: string;
  /** SKUs shown in the conversation; rules with `skus` apply only when one of them is in view. */
  skusInView?: string[];
}

export type MatchReasonKind = 'keyword' | 'example' | 'learned';

export interface MatchReason {
  kind: MatchReasonKind;
  /** The keyword alternative or example sentence that matched, as written in the pack. */
  matched: string;
  /** The language key of that keyword or example ("*" for every language). */
  language: string;
  /** Why the intent model scored the rule so (absent for keyword matches): codes and values, which
   * the interface words in the agent's language (lib/match/explain.ts). */
  evidence?: MatchEvidence;
}

export interface MatchEvidence {
  /** The rule's similarity before calibration (0..1). */
  similarity: number;
  /** Calibrated probability that the rule is the right answer. */
  probability: number;
  /** Message terms shared with the example, rarest first (stems, CJK grams/words; at most three). */
  shared: string[];
  /** Cosine of the best example, and of the rule's centroid. */
  best: number;
  centroid: number;
  /** The intent classifier's probability, when the library has one. */
  classifier?: number;
  /** Concepts the message shares with the example (the concept layer, lib/match/concepts): the
   * concept id and the message's words that said it ("物流" → tracking), rarest first. */
  concepts?: Array<{ id: string; matched: string }>;
}

export interface Suggestion {
  ruleId: string;
  packId: string;
  kind: RuleKind;
  title?: string;
  priority: number;
  /** Similarity in 0..1; never below the rule's threshold. */
  score: number;
  /** Language of the reply variants below: the buyer's when the rule has it, else the pack default. */
  replyLanguage: string;
  /** Reply variants in replyLanguage, unrendered (with `{variables}`). */
  replies: string[];
  reason: MatchReason;
}

export interface MatchResult {
  language: DetectedLanguage;
  /** At most three faq suggestions, best first. */
  suggestions: Suggestion[];
}
