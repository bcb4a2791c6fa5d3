import type { ShopReplyDB } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';
import { resolveUiLanguage, t } from '../../lib/i18n';
import { dueFollowUps, nextFollowUpAlarm, type PendingFollowUp } from '../../lib/conversation/follow-up-alarm';

/** The one alarm of every follow-up (alarms outlive the worker: a follow-up is watched even when Chrome stops it). */
export const FOLLOW_UP_ALARM = 'shopreply.follow-up';
/** Earlier releases set one alarm per conversation under this prefix. */
const OLD_PREFIX = 'followup:';

async function pendingFollowUps(db: ShopReplyDB): Promise<PendingFollowUp[]> {
  const records = await db.conversations.filter((r) => !!r.followUp).toArray();
  return records.map((r) => ({ conversationId: r.conversationId, ...r.followUp! }));
}

/** Sets the alarm to the nearest warning time, or clears it; after every change of follow-ups. */
export async function rearmFollowUpAlarm(db: ShopReplyDB, now: number): Promise<void> {
  const when = nextFollowUpAlarm(await pendingFollowUps(db), now);
  if (when === undefined) await browser.alarms.clear(FOLLOW_UP_ALARM);
  else await browser.alarms.create(FOLLOW_UP_ALARM, { when });
}

/** Removes the per-conversation alarms of earlier releases (their follow-ups are in the database). */
export async function clearOldFollowUpAlarms(): Promise<void> {
  for (const alarm of await browser.alarms.getAll()) if (alarm.name.startsWith(OLD_PREFIX)) await browser.alarms.clear(alarm.name);
}

export async function onFollowUpAlarm(db: ShopReplyDB, alarmName: string, now: number) {
  if (alarmName !== FOLLOW_UP_ALARM && !alarmName.startsWith(OLD_PREFIX)) return;
  const dueList = dueFollowUps(await pendingFollowUps(db), now);
  // The worker has no page: the browser's interface language, unless the shop set one.
  const ui = dueList.length ? resolveUiLanguage(browser.i18n?.getUILanguage?.(), (await loadSettings(db)).interfaceLanguage) : 'en';
  for (const due of dueList) {
    const record = await db.conversations.get(due.conversationId);
    if (!record?.followUp || record.followUp.notified) continue;
    const minutes = Math.max(0, Math.round((record.followUp.deadline - now) / 60_000));
    await browser.notifications.create(`followup:${due.conversationId}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png' as '/'),
      title: t(ui, 'followup.notify.title'),
      message: t(ui, 'followup.notify.message', { buyer: record.buyerName ?? due.conversationId, minutes }),
    });
    // A field update of the follow-up read now: the agent may have replied (and cleared it) meanwhile.
    const queuedAt = record.followUp.queuedAt;
    await db.conversations
      .where('conversationId')
      .equals(due.conversationId)
      .modify((r) => {
        if (r.followUp && r.followUp.queuedAt === queuedAt) r.followUp.notified = true;
      });
  }
  await rearmFollowUpAlarm(db, now);
}
