import type { ConversationRecord, ShopReplyDB } from '../../lib/db';
import { loadSettings, saveSettings } from '../../lib/db/settings';
import { markTakenOver, newSession, recordSentReply, setAutoSend, type SessionState } from '../../lib/conversation/session';
import type { ConversationState, FollowUp } from '../../lib/messages/protocol';

/** Per-conversation state in IndexedDB, so a stopped worker or a reloaded page loses nothing. */
export function createConversationStore(db: ShopReplyDB) {
  async function update(conversationId: string, now: number, change: (r: ConversationRecord) => ConversationRecord) {
    await db.transaction('rw', db.conversations, async () => {
      const record = (await db.conversations.get(conversationId)) ?? { conversationId, updatedAt: now };
      await db.conversations.put({ ...change(record), updatedAt: now });
    });
  }
  const updateSession = (conversationId: string, now: number, change: (s: SessionState) => SessionState) =>
    update(conversationId, now, (r) => ({ ...r, session: change(r.session ?? newSession(conversationId, now)) }));

  return {
    get: (conversationId: string) => db.conversations.get(conversationId),
    update,
    updateSession,
    async state(conversationId: string): Promise<ConversationState> {
      const [record, settings] = await Promise.all([db.conversations.get(conversationId), loadSettings(db)]);
      return {
        conversationId,
        autoSend: record?.session?.autoSendEnabled ?? false,
        takenOver: record?.session?.takenOver ?? false,
        globalPaused: settings.globalAutoSendPaused,
        autoSendConfirmed: record?.autoSendConfirmedAt !== undefined,
        interfaceLanguage: settings.interfaceLanguage,
      };
    },
    setAutoSend: (conversationId: string, enabled: boolean, now: number) =>
      update(conversationId, now, (r) => ({
        ...r,
        session: setAutoSend(r.session ?? newSession(conversationId, now), enabled),
        autoSendConfirmedAt: r.autoSendConfirmedAt ?? (enabled ? now : undefined),
      })),
    takeOver: (conversationId: string, now: number) => updateSession(conversationId, now, markTakenOver),
    /** Read and written in one transaction, so a settings change saved meanwhile is not undone. */
    async setGlobalPause(paused: boolean) {
      await db.transaction('rw', db.settings, async () => {
        await saveSettings(db, { ...(await loadSettings(db)), globalAutoSendPaused: paused });
      });
    },
    /** The agent answered: questions count as answered, and the offline follow-up is done. */
    sellerReplied: (conversationId: string, text: string, now: number) =>
      update(conversationId, now, ({ followUp: _done, ...r }) => ({
        ...r,
        session: recordSentReply(r.session ?? newSession(conversationId, now), { text, at: now, auto: false }),
      })),
    async followUps(): Promise<FollowUp[]> {
      const records = await db.conversations.filter((r) => !!r.followUp).toArray();
      return records
        .map((r) => ({ conversationId: r.conversationId, buyerName: r.buyerName, queuedAt: r.followUp!.queuedAt, deadline: r.followUp!.deadline }))
        .sort((a, b) => a.deadline - b.deadline);
    },
  };
}
export type ConversationStore = ReturnType<typeof createConversationStore>;
