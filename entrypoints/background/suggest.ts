import { decide, evaluateAutoSend, type CandidateReply, type ConversationEvent } from '../../lib/conversation';
import type { ShopReplyDB } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';
import { recordSentReply, newSession } from '../../lib/conversation/session';
import type { ConversationContext, Request, ShownSuggestion, SuggestionsResponse } from '../../lib/messages/protocol';
import type { ConversationStore } from './conversation-store';
import type { LibraryCache } from './library-cache';
import { scheduleFollowUpAlarm } from './follow-up-alarms';
import { eventFields } from './event-base';

const HANDLED_KEEP_MS = 7 * 24 * 3600_000;

type AutoSendResult = Extract<Request, { type: 'auto-send-result' }>;

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
    missing: c.missing,
    violations: c.compliance.violations.map((v) => (v.match === v.rule ? v.match : `${v.match} (${v.rule})`)),
  };
}

/** Answers buyer messages: match, apply the conversation's rules, decide on auto-send, remember it all. */
export function createSuggester(db: ShopReplyDB, library: LibraryCache, conversations: ConversationStore) {
  async function run(context: ConversationContext, text: string, now: number) {
    const [loaded, settings, record] = await Promise.all([library.get(), loadSettings(db), conversations.get(context.conversationId)]);
    const match = loaded.matcher.match({ text, skusInView: context.skusInView });
    const decision = decide({
      message: { conversationId: context.conversationId, text },
      now,
      session: record?.session,
      settings,
      match,
      welcomeRules: loaded.rules.filter((r) => r.kind === 'welcome'),
      offlineRules: loaded.rules.filter((r) => r.kind === 'offline'),
      variables: { buyer_name: context.buyerName, order_id: context.orderId, sku: context.sku, product_name: context.productName },
      bannedPhrases: loaded.bannedPhrases,
    });
    return { decision, settings, record, language: match.language.code };
  }

  return {
    async answer(context: ConversationContext, messageKey: string, text: string, now: number): Promise<SuggestionsResponse> {
      const { conversationId } = context;
      const handled = await db.handled.get([conversationId, messageKey]);
      if (handled) return handled.response as SuggestionsResponse;

      const { decision, settings, record, language } = await run(context, text, now);
      const suggestions = decision.candidates.map(toShown);
      // The guards that need the page (composer empty, right conversation on screen) are checked
      // again by the content script at the moment of sending.
      const autoSend = evaluateAutoSend({
        settings,
        session: decision.session,
        conversationId,
        candidate: decision.candidates[0],
        composerText: '',
        onScreenConversationId: conversationId,
      });
      const base = eventFields(conversationId, decision.session.sessionId, settings.grayLaunchShare, now);
      const events: ConversationEvent[] = [
        ...decision.events,
        ...decision.candidates.map((c): ConversationEvent => ({ type: 'shown', ...base, ruleId: c.ruleId, packId: c.packId })),
      ];
      if (!autoSend.send && decision.session.autoSendEnabled) {
        events.push({ type: 'blocked', ...base, guard: autoSend.blockedBy, detail: autoSend.detail, ruleId: decision.candidates[0]?.ruleId });
      }
      const response: SuggestionsResponse = { conversationId, messageKey, language, suggestions, autoSend };

      await db.transaction('rw', [db.conversations, db.handled, db.events], async () => {
        await db.conversations.put({
          ...(record ?? { conversationId }),
          conversationId,
          session: decision.session,
          buyerName: context.buyerName ?? record?.buyerName,
          followUp: decision.followUp ? { queuedAt: decision.followUp.queuedAt, deadline: decision.followUp.deadline } : record?.followUp,
          updatedAt: now,
        });
        await db.handled.put({ conversationId, messageKey, at: now, response });
        // A message is only asked about again when its page re-renders it: a week is plenty.
        await db.handled.where('at').below(now - HANDLED_KEEP_MS).delete();
        await db.events.bulkAdd(events);
      });
      if (decision.followUp) await scheduleFollowUpAlarm(conversationId, decision.followUp.deadline, now);
      return response;
    },

    /** What a buyer message would get, for the editor's try-it box: nothing is stored. */
    async preview(context: ConversationContext, text: string, now: number): Promise<SuggestionsResponse> {
      const { decision, language } = await run({ ...context, conversationId: `preview:${context.conversationId}` }, text, now);
      return { conversationId: context.conversationId, messageKey: 'preview', language, suggestions: decision.candidates.map(toShown) };
    },

    async autoSendResult(result: AutoSendResult, now: number) {
      const settings = await loadSettings(db);
      await db.transaction('rw', [db.conversations, db.events], async () => {
        const record = (await db.conversations.get(result.conversationId)) ?? { conversationId: result.conversationId, updatedAt: now };
        let session = record.session ?? newSession(result.conversationId, now);
        // Sent, confirmed or not, counts toward the session's limit: it may have reached the buyer.
        if (result.result !== 'blocked') session = recordSentReply(session, { text: result.text, at: now, auto: true, ruleId: result.ruleId });
        await db.conversations.put({ ...record, session, updatedAt: now });
        const type = result.result === 'sent' ? 'auto-sent' : result.result === 'unconfirmed' ? 'auto-unconfirmed' : 'blocked';
        await db.events.add({
          ...eventFields(result.conversationId, session.sessionId, settings.grayLaunchShare, now),
          type, ruleId: result.ruleId, packId: result.packId, guard: result.guard, detail: result.detail,
        });
      });
    },
  };
}
