import { checkCompliance } from '../compliance/check';
import { explainSuggestion } from '../match/explain';
import { normalize } from '../match/normalize';
import type { LibraryRule, MatchResult, Suggestion } from '../match/types';
import type { TextsByLanguage } from '../pack/schema';
import type { ShopSettings } from '../settings/schema';
import { renderTemplate, type VariableValues } from '../templates/variables';
import { evaluateContentGuards } from './autosend';
import type { CandidateReply, ReasonCode } from './candidate';
import { UNANSWERED_TEXT_MAX, type ConversationEvent } from './events';
import { grayLaunchArm } from './gray';
import { isWithinWorkingHours, nextOpening, nextOpeningSentence, openingLabel } from './hours';
import { compareRank } from './rank';
import { applyBuyerMessage, type BuyerMessage, type SessionState } from './session';
import { pickSituational } from './situational';

export interface DecideInput {
  message: BuyerMessage;
  now: number;
  /** The conversation's stored state, undefined for a new conversation. */
  session: SessionState | undefined;
  settings: ShopSettings;
  /** The matcher's faq suggestions for this message. */
  match: MatchResult;
  welcomeRules: readonly LibraryRule[];
  offlineRules: readonly LibraryRule[];
  /** buyer_name, order_id, sku, product_name from the page; agent_name and shop_name default to the settings. */
  variables?: VariableValues;
  /** Banned phrases of every active pack, merged: a phrase banned by one pack is banned for all replies. */
  bannedPhrases?: TextsByLanguage;
}

export interface OfflineFollowUp {
  conversationId: string;
  sessionId: string;
  queuedAt: number;
  /** queuedAt + offlineReplyDeadlineMinutes. */
  deadline: number;
  /** When the shop opens next, for sorting the list (undefined when it never opens). */
  nextOpeningAt?: number;
}

export interface Decision {
  /** At most three, best first. */
  candidates: CandidateReply[];
  /** buyer-message, and repeated-question / offline-queued where they happened. */
  events: ConversationEvent[];
  session: SessionState;
  isNewSession: boolean;
  withinHours: boolean;
  followUp?: OfflineFollowUp;
}

const MAX_CANDIDATES = 3;

/** One buyer message → ranked, explained, checked replies and the conversation's new state. */
export function decide(input: DecideInput): Decision {
  const { message, now, settings, match } = input;
  const applied = applyBuyerMessage(input.session, message, now, settings);
  let session = applied.state;
  const base = { conversationId: message.conversationId, sessionId: session.sessionId, grayArm: grayLaunchArm(message.conversationId, settings.grayLaunchShare) };
  const events: ConversationEvent[] = [{ type: 'buyer-message', at: now, ...base }];
  const values: VariableValues = { agent_name: settings.agentName || undefined, shop_name: settings.shopName || undefined };
  for (const [k, v] of Object.entries(input.variables ?? {})) if (v?.trim()) values[k as keyof VariableValues] = v;
  const language = match.language.code;
  const within = isWithinWorkingHours(now, settings);
  const drafts: Omit<CandidateReply, 'autoSendEligible' | 'autoSendBlockedBy'>[] = [];

  const make = (rule: { id: string; packId: string; kind: CandidateReply['kind']; title?: string; priority?: number }, score: number, lang: string, template: string, reason: string, reasonCode: ReasonCode, extra = '') => {
    const rendered = renderTemplate(template, values);
    const text = extra ? `${rendered.text} ${extra}` : rendered.text;
    return {
      ruleId: rule.id, packId: rule.packId, kind: rule.kind, title: rule.title, priority: rule.priority ?? 0, score,
      language: lang, text, missing: rendered.missing, reason, reasonCode, repeated: false,
      // Checked as the buyer will read it, page values included (a finding in one names it).
      compliance: checkCompliance(text, { language: lang, bannedPhrases: input.bannedPhrases, filled: rendered.filled }),
    };
  };

  // Outside working hours: the offline reply, once a session, and the conversation goes onto the follow-up list.
  let followUp: OfflineFollowUp | undefined;
  let offlineOffered = false;
  if (!within && session.offlineQueuedAt === undefined) {
    const opening = nextOpening(now, settings);
    followUp = {
      conversationId: message.conversationId, sessionId: session.sessionId, queuedAt: now,
      deadline: now + settings.offlineReplyDeadlineMinutes * 60_000, nextOpeningAt: opening?.at,
    };
    session = { ...session, offlineQueuedAt: now };
    events.push({ type: 'offline-queued', at: now, ...base, deadline: followUp.deadline, detail: opening ? `next opening ${openingLabel(opening, 'en')}` : 'no working hours set' });
    const pick = pickSituational(input.offlineRules, language, values.sku);
    if (pick) {
      const sentence = opening && settings.appendNextOpening ? nextOpeningSentence(opening, pick.language) : '';
      const reason = opening ? `outside working hours: next opening ${openingLabel(opening, 'en')}` : 'outside working hours';
      const reasonCode: ReasonCode = { code: 'offline', values: opening ? { date: opening.date, weekday: opening.weekday, time: opening.time, daysAhead: opening.daysAhead } : {} };
      drafts.push(make(pick.rule, 1, pick.language, pick.variants[0], reason, reasonCode, sentence));
      offlineOffered = true;
    }
  }

  // The first message of a session is greeted once, rotating variants; the offline reply greets instead.
  if (session.buyerMessages === 1 && !session.welcomed && !offlineOffered) {
    const pick = pickSituational(input.welcomeRules, language, values.sku);
    if (pick) {
      const i = session.welcomeVariantCursor % pick.variants.length;
      drafts.push(make(pick.rule, 1, pick.language, pick.variants[i], `welcome: first message of the session (variant ${i + 1} of ${pick.variants.length})`, { code: 'welcome', values: { variant: i + 1, count: pick.variants.length } }));
      session = { ...session, welcomed: true, welcomeVariantCursor: session.welcomeVariantCursor + 1 };
    }
  }

  const floor = settings.suggestionThreshold ?? 0;
  const faqs = match.suggestions.filter((s) => s.kind === 'faq' && s.score >= floor && s.replies.length);
  const top = faqs[0];
  if (top) {
    const key = normalize(message.text);
    const earlier = session.answeredQuestions.find((q) => q.ruleId === top.ruleId || (key !== '' && q.key === key));
    for (const s of faqs) {
      const d = { ...make({ ...s, id: s.ruleId }, s.score, s.replyLanguage, s.replies[0], reasonOf(s), { code: s.reason.kind, values: { matched: s.reason.matched, language: s.reason.language } }), why: explainSuggestion(s) };
      if (s === top && earlier) {
        d.repeated = true;
        d.reason = `repeated question (answered earlier in this session); ${d.reason}`;
        d.reasonCode = { ...d.reasonCode, repeated: true };
      }
      drafts.push(d);
    }
    if (earlier) events.push({ type: 'repeated-question', at: now, ...base, ruleId: top.ruleId, packId: top.packId, detail: `first answered at ${earlier.at}` });
    if (!session.pendingQuestions.some((q) => q.ruleId === top.ruleId)) {
      session = { ...session, pendingQuestions: [...session.pendingQuestions, { key, ruleId: top.ruleId, at: now }] };
    }
  }

  const candidates = mergeRanked(
    drafts.filter((d) => d.kind !== 'faq').sort(compareRank),
    drafts.filter((d) => d.kind === 'faq'),
  )
    .slice(0, MAX_CANDIDATES)
    .map((d) => {
      const check = evaluateContentGuards({
        settings, session, conversationId: message.conversationId, candidate: { ...d, autoSendEligible: false },
      });
      return check.allowed ? { ...d, autoSendEligible: true } : { ...d, autoSendEligible: false, autoSendBlockedBy: check.blockedBy };
    });

  // No answer beyond a greeting: the question is kept for the supervisor (metrics' unanswered list).
  const text = message.text.trim().slice(0, UNANSWERED_TEXT_MAX);
  if (text && candidates.every((c) => c.kind === 'welcome')) events.push({ type: 'unanswered', at: now, ...base, text, language });
  return { candidates, events, session, isNewSession: applied.isNewSession, withinHours: within, followUp };
}

/**
 * The matcher already ranked the faq suggestions (priority settles near-ties there, so a clearly
 * better match is not buried under a weak high-priority one, and replay scores what agents see);
 * their order is kept. Welcome and offline replies go in by priority, then score, then rule id.
 */
function mergeRanked<T extends Parameters<typeof compareRank>[0]>(situational: T[], faqs: T[]): T[] {
  const out: T[] = [];
  let i = 0, j = 0;
  while (i < situational.length || j < faqs.length) {
    if (j >= faqs.length || (i < situational.length && compareRank(situational[i], faqs[j]) <= 0)) out.push(situational[i++]);
    else out.push(faqs[j++]);
  }
  return out;
}

function reasonOf(s: Suggestion): string {
  const what = s.reason.kind === 'learned' ? 'learned example' : s.reason.kind;
  const lang = s.reason.language === '*' ? 'any language' : s.reason.language;
  return `${what} “${s.reason.matched}” (${lang})`;
}
