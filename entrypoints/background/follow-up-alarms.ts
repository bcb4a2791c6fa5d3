import type { ShopReplyDB } from '../../lib/db';

const PREFIX = 'followup:';
/** Warn this long before the shop's reply deadline passes. */
const WARN_BEFORE_MS = 15 * 60_000;

/** Alarms outlive the worker: a follow-up is watched even when Chrome stops it. */
export async function scheduleFollowUpAlarm(conversationId: string, deadline: number, now: number) {
  await browser.alarms.create(PREFIX + conversationId, { when: Math.max(now + 1000, deadline - WARN_BEFORE_MS) });
}

export async function onFollowUpAlarm(db: ShopReplyDB, alarmName: string, now: number) {
  if (!alarmName.startsWith(PREFIX)) return;
  const conversationId = alarmName.slice(PREFIX.length);
  const record = await db.conversations.get(conversationId);
  if (!record?.followUp || record.followUp.notified) return;
  const minutes = Math.max(0, Math.round((record.followUp.deadline - now) / 60_000));
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png' as '/'),
    title: 'ShopReply: a buyer is waiting',
    message: `${record.buyerName ?? conversationId} was answered offline; the shop's reply is due in ${minutes} min.`,
  });
  // A field update of the follow-up read now: the agent may have replied (and cleared it) meanwhile.
  await db.conversations
    .where('conversationId')
    .equals(conversationId)
    .modify((r) => {
      if (r.followUp && r.followUp.queuedAt === record.followUp!.queuedAt) r.followUp.notified = true;
    });
}

export async function clearFollowUpAlarm(conversationId: string) {
  await browser.alarms.clear(PREFIX + conversationId);
}
