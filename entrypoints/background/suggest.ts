import { decide, evaluateAutoSend, formatGuardValues, type CandidateReply, type ConversationEvent, type SessionState } from '../../lib/conversation';
import { isCurrentFormat, type ShopReplyDB } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';
import type { MatchResult } from '../../lib/match/types';
import type { ConversationContext, ShownSuggestion, SuggestionsResponse } from '../../lib/messages/protocol';
import type { ShopSettings } from '../../lib/settings/schema';
import type { LibraryCache, LoadedLibrary } from './library-cache';
import { rearmFollowUpAlarm } from './follow-up-alarms';
import { eventFields } from './event-base';

const HANDLED_KEEP_MS = 7 * 24 * 3600_000;

export function toShown(c: CandidateReply): ShownSuggestion {
  return {
    ruleId: c.ruleId,
    packId: c.packId,
    kind: c.kind,
    title: c.title,
    text: c.text,
    score: c.score,
    language: c.language,
    reason: c.reason,
    ...(c.why ? { why: c.why } : {}),
    ...(c.reasonCode ? { reasonCode: c.reasonCode } : {}),
    missing: c.missing,
    // A finding in a value the page filled in names its placeholder, so the agent sees where it came from.
    violations: c.compliance.violations.map((v) => {
      const about = [v.match === v.rule ? '' : v.rule, v.variable ? `{${v.variable}}` : ''].filter(Boolean).join(', ');
      return about ? `${v.match} (${about})` : v.match;
    }),
  };
}

/** Answers buyer messages: match, apply the conversation's rules, decide on eligibility, remember it all. */
export function createSuggester(db: ShopReplyDB, library: LibraryCache) {
  function decideFor(loaded: LoadedLibrary, context: ConversationContext, text: string, match: MatchResult, settings: ShopSettings, session: SessionState | undefined, now: number) {
    return decide({
      message: { conversationId: context.conversationId, text },
      now,
      session,
      settings,
      match,
      welcomeRules: loaded.rules.filter((r) => r.kind === 'welcome'),
      offlineRules: loaded.rules.filter((r) => r.kind === 'offline'),
      variables: { buyer_name: context.buyerName, order_id: context.orderId, sku: context.sku, product_name: context.productName },
      bannedPhrases: loaded.bannedPhrases,
    });
  }

  return {
    async answer(context: ConversationContext, messageKey: string, text: string, now: number): Promise<SuggestionsResponse> {
      const { conversationId } = context;
      // Everything that may wait (the library, the model, matching) happens before the transaction:
      // inside it the record is read, decided on and written back with nothing awaited in between,
      // so a switch or a takeover stored meanwhile is never overwritten with an older copy.
      const loaded = await library.get();
      const match = loaded.matcher.match({ text, skusInView: context.skusInView });
      const result = await db.transaction('rw', [db.conversations, db.settings, db.handled, db.events], async () => {
        const handled = await db.handled.get([conversationId, messageKey]);
        // Asked again (another tab, a re-render): the same suggestions, and never a second chance to send.
        if (handled && isCurrentFormat('handled', handled)) return { response: replayed(handled.response as SuggestionsResponse), followUp: undefined };

        const settings = await loadSettings(db);
        const record = await db.conversations.get(conversationId);
        const decision = decideFor(loaded, context, text, match, settings, record?.session, now);
        const top = decision.candidates[0];
        const eligibility = evaluateAutoSend({ settings, session: decision.session, conversationId, candidate: top });
        const base = eventFields(conversationId, decision.session.sessionId, settings.grayLaunchShare, now);
        const events: ConversationEvent[] = [
          ...decision.events,
          ...decision.candidates.map((c): ConversationEvent => ({ type: 'shown', ...base, ruleId: c.ruleId, packId: c.packId })),
        ];
        if (!eligibility.allowed && decision.session.autoSendEnabled) {
          events.push({ type: 'blocked', ...base, guard: eligibility.blockedBy, detail: formatGuardValues(eligibility.values), ruleId: top?.ruleId });
        }
        const response: SuggestionsResponse = { conversationId, messageKey, language: match.language.code, suggestions: decision.candidates.map(toShown) };
        const offered = eligibility.allowed && top ? { ruleId: top.ruleId, packId: top.packId, text: top.text, decidedAt: now } : undefined;

        await db.conversations.put({
          ...record,
          conversationId,
          session: decision.session,
          buyerName: context.buyerName ?? record?.buyerName,
          followUp: decision.followUp ? { queuedAt: decision.followUp.queuedAt, deadline: decision.followUp.deadline } : record?.followUp,
          updatedAt: now,
        });
        // Stored without its eligibility: a replay must not offer the send again.
        await db.handled.put({ conversationId, messageKey, at: now, text, response, offered });
        // A message is only asked about again when its page re-renders it: a week is plenty.
        await db.handled.where('at').below(now - HANDLED_KEEP_MS).delete();
        await db.events.bulkAdd(events);
        const autoSend = eligibility.allowed
          ? { eligible: true }
          : { eligible: false, blockedBy: eligibility.blockedBy, values: eligibility.values };
        return { response: { ...response, autoSend }, followUp: decision.followUp };
      });
      if (result.followUp) await rearmFollowUpAlarm(db, now);
      return result.response;
    },

    /** What a buyer message would get, for the editor's try-it box: nothing is stored. */
    async preview(context: ConversationContext, text: string, now: number): Promise<SuggestionsResponse> {
      const loaded = await library.get();
      const settings = await loadSettings(db);
      const match = loaded.matcher.match({ text, skusInView: context.skusInView });
      const decision = decideFor(loaded, { ...context, conversationId: `preview:${context.conversationId}` }, text, match, settings, undefined, now);
      return { conversationId: context.conversationId, messageKey: 'preview', language: match.language.code, suggestions: decision.candidates.map(toShown) };
    },
  };
}

/** A stored answer given again: its suggestions, without any auto-send eligibility. */
function replayed(response: SuggestionsResponse): SuggestionsResponse {
  const { autoSend: _never, ...rest } = response;
  return rest;
}
