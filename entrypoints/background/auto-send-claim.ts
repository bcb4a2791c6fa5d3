import { decideClaim, formatGuardValues } from '../../lib/conversation';
import type { ShopReplyDB } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';
import { sameText } from '../../lib/text/fold';
import type { ClaimResponse, Request } from '../../lib/messages/protocol';
import { eventFields } from './event-base';

type ClaimRequest = Extract<Request, { type: 'claim-auto-send' }>;
type AutoSendResult = Extract<Request, { type: 'auto-send-result' }>;

/**
 * The one place an automatic send is decided. In ONE read-write transaction over the settings,
 * the conversation, the handled messages and the claims, it re-reads the switches of this moment,
 * refuses a second claim for the message, and on granting writes the claim and counts the reply
 * in the session before anything is sent. IndexedDB runs overlapping read-write transactions one
 * after the other, so two tabs (or a worker restarted in between) cannot both be granted.
 */
export async function claimAutoSend(db: ShopReplyDB, request: ClaimRequest, now: number): Promise<ClaimResponse> {
  const { conversationId, messageKey, ruleId, packId, text } = request;
  return db.transaction('rw', [db.settings, db.conversations, db.handled, db.sendClaims, db.events], async () => {
    const settings = await loadSettings(db);
    const record = await db.conversations.get(conversationId);
    const handled = await db.handled.get([conversationId, messageKey]);
    const claimed = (await db.sendClaims.get([conversationId, messageKey])) !== undefined;
    const decision = decideClaim({
      settings,
      session: record?.session,
      conversationId,
      offered: handled?.offered,
      requested: { ruleId, packId, text },
      claimed,
      now,
    });
    const sessionId = (decision.granted ? decision.session : record?.session)?.sessionId ?? `${conversationId}:${now}`;
    const base = eventFields(conversationId, sessionId, settings.grayLaunchShare, now);
    if (!decision.granted) {
      await db.events.add({ ...base, type: 'blocked', guard: decision.blockedBy, detail: formatGuardValues(decision.values), ruleId, packId, messageKey });
      return { granted: false, blockedBy: decision.blockedBy, values: decision.values };
    }
    await db.sendClaims.add({ conversationId, messageKey, at: now, ruleId, packId, text });
    await db.conversations.update(conversationId, { session: decision.session, updatedAt: now });
    await db.events.add({ ...base, type: 'auto-claimed', ruleId, packId, messageKey });
    return { granted: true };
  });
}

/**
 * What the content script reports after a claim (sent, unconfirmed, or held back by the page right
 * before the click), or after its own page check held the reply back before claiming. Only an
 * event and the claim's result are written: the session counted the reply when it was claimed.
 */
export async function recordAutoSendResult(db: ShopReplyDB, result: AutoSendResult, now: number): Promise<void> {
  await db.transaction('rw', [db.settings, db.conversations, db.sendClaims, db.events], async () => {
    const [settings, record] = [await loadSettings(db), await db.conversations.get(result.conversationId)];
    const claim = await db.sendClaims.get([result.conversationId, result.messageKey]);
    // A report of a send needs the claim that allowed it; a page check that held back needs none.
    if (result.result !== 'blocked' && !claim) return;
    if (claim && !claim.result) await db.sendClaims.update([result.conversationId, result.messageKey], { result: result.result });
    const sessionId = record?.session?.sessionId ?? `${result.conversationId}:${now}`;
    const type = result.result === 'sent' ? 'auto-sent' : result.result === 'unconfirmed' ? 'auto-unconfirmed' : 'blocked';
    await db.events.add({
      ...eventFields(result.conversationId, sessionId, settings.grayLaunchShare, now),
      type, ruleId: result.ruleId, packId: result.packId, guard: result.guard, detail: result.detail, messageKey: result.messageKey,
    });
  });
}

/** How long after its claim another tab may still report our automatic reply as the shop's message. */
const ECHO_WINDOW_MS = 5 * 60_000;

/**
 * Whether a shop message seen in a conversation is an automatic reply claimed there just before:
 * another tab on the same chat sees it appear too, and must not count it as the agent's reply.
 */
export async function isClaimedAutoReply(db: ShopReplyDB, conversationId: string, text: string, now: number): Promise<boolean> {
  const claims = await db.sendClaims.where('conversationId').equals(conversationId).toArray();
  return claims.some((c) => now - c.at <= ECHO_WINDOW_MS && sameText(c.text, text));
}
