/**
 * Follow-ups share one alarm (Chrome allows about 500 active alarms; a busy night would pass that
 * with one per conversation): it rings at the earliest warning time of a follow-up not yet warned
 * about, and is set again after it rings and after every change.
 */

/** Warn this long before the shop's reply deadline passes. */
export const FOLLOW_UP_LEAD_MS = 15 * 60_000;
/** A warning time already past rings this soon (Chrome may hold it to its own minimum delay). */
export const ALARM_MIN_DELAY_MS = 1000;

export interface PendingFollowUp {
  conversationId: string;
  deadline: number;
  /** The shop was already warned about this one. */
  notified?: boolean;
}

const warnAt = (f: PendingFollowUp, lead: number) => f.deadline - lead;

/** When the alarm should ring next; undefined when no follow-up waits for a warning. */
export function nextFollowUpAlarm(pending: readonly PendingFollowUp[], now: number, lead = FOLLOW_UP_LEAD_MS): number | undefined {
  let earliest: number | undefined;
  for (const f of pending) if (!f.notified && (earliest === undefined || warnAt(f, lead) < earliest)) earliest = warnAt(f, lead);
  return earliest === undefined ? undefined : Math.max(now + ALARM_MIN_DELAY_MS, earliest);
}

/** The follow-ups to warn about when the alarm rings, soonest deadline first. */
export function dueFollowUps(pending: readonly PendingFollowUp[], now: number, lead = FOLLOW_UP_LEAD_MS): PendingFollowUp[] {
  return pending.filter((f) => !f.notified && warnAt(f, lead) <= now).sort((a, b) => a.deadline - b.deadline);
}
