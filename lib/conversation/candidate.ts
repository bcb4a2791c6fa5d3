import type { ComplianceResult } from '../compliance/check';
import type { RuleKind } from '../pack/schema';
import type { KnownVariable } from '../pack/schema';
import type { WhyPart } from '../match/explain';

/**
 * Why a reply is offered: `keyword`, `example` and `learned` name what matched (`matched`, `language`,
 * "*" for any); `offline` (with `date`, `weekday`, `time`, `daysAhead` of the next opening when there
 * is one) and `welcome` (`variant` of `count`) fire by situation. `repeated`: asked again this session.
 */
export interface ReasonCode {
  code: 'keyword' | 'example' | 'learned' | 'offline' | 'welcome';
  values: Record<string, string | number>;
  repeated?: boolean;
}

/** One reply the decision offers, with everything needed to show, explain and guard it. */
export interface CandidateReply {
  ruleId: string;
  packId: string;
  kind: RuleKind;
  title?: string;
  priority: number;
  /** Matcher similarity for faq; 1 for welcome and offline replies, which fire by situation, not by wording. */
  score: number;
  /** Language of `text`. */
  language: string;
  /** Rendered reply; placeholders without a value stay as written. */
  text: string;
  missing: KnownVariable[];
  compliance: ComplianceResult;
  /** Short explanation for the agent, e.g. "welcome: first message of the session". */
  reason: string;
  /** Why a faq reply was matched, as catalogue keys and values (lib/match/explain.ts). */
  why?: WhyPart[];
  /** Why it is offered, for every kind (keyword, example, learned, offline, welcome), as a code and values the interface says in the person's language. */
  reasonCode?: ReasonCode;
  /** The buyer asked the question this answers again, after it was answered in this session. */
  repeated: boolean;
  /** Passes the guards that depend on the reply alone (confidence, variables, compliance, repeats, limits). */
  autoSendEligible: boolean;
  /** The first of those guards that failed. */
  autoSendBlockedBy?: string;
}
