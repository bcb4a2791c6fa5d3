import { ConversationEventSchema, type ConversationEvent } from '../conversation/events';
import { reportOfTallies, talliesOf, type MetricsReport } from './compute';
import { addInto, addTallies, SCOPES, type Scope, type Tally } from './tally';

/**
 * Raw events are kept for EVENT_RETENTION_DAYS; older sessions are folded into daily rollups
 * (one per UTC day of the session's first event and scope) and their events deleted. Sessions are
 * folded whole, so the metrics of rollups and raw events together equal those of all the events.
 */
export const EVENT_RETENTION_DAYS = 90;
export const DAY_MS = 24 * 3600_000;

export interface DailyRollup extends Tally {
  /** UTC date "YYYY-MM-DD" of the first event of the sessions it holds. */
  day: string;
  scope: Scope;
}

export const dayOf = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** The moment before which a session's events may go: the retention period before `now`. */
export const retentionCutoff = (now: number, days = EVENT_RETENTION_DAYS): number => now - days * DAY_MS;

/** The sessions whose every event is before the cutoff: those are folded, the others wait. */
export function sessionsToFold(events: readonly ConversationEvent[], cutoff: number): Set<string> {
  const last = new Map<string, number>();
  for (const e of events) last.set(e.sessionId, Math.max(last.get(e.sessionId) ?? -Infinity, e.at));
  return new Set([...last].filter(([, at]) => at < cutoff).map(([id]) => id));
}

/** Daily rollups of whole sessions' events. */
export function rollupsOf(events: readonly ConversationEvent[]): DailyRollup[] {
  const first = new Map<string, number>();
  for (const e of events) first.set(e.sessionId, Math.min(first.get(e.sessionId) ?? Infinity, e.at));
  const byDay = new Map<string, ConversationEvent[]>();
  for (const e of events) {
    const day = dayOf(first.get(e.sessionId)!);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(e);
  }
  return [...byDay].flatMap(([day, dayEvents]) => {
    const tallies = talliesOf(dayEvents);
    return SCOPES.map((scope): DailyRollup => ({ day, scope, ...tallies[scope] }));
  });
}

/** A stored rollup with more sessions of the same day added. */
export function addRollup(stored: DailyRollup | undefined, added: DailyRollup): DailyRollup {
  const { day, scope, ...tally } = added;
  if (!stored) return added;
  const { day: _d, scope: _s, ...before } = stored;
  return { day, scope, ...addTallies(before, tally) };
}

/** A stored record as an outcome event; undefined for older or foreign records. */
export function parseEvent(record: unknown): ConversationEvent | undefined {
  const parsed = ConversationEventSchema.safeParse(record);
  return parsed.success ? parsed.data : undefined;
}

export const validEvents = (records: readonly unknown[]): ConversationEvent[] => records.flatMap((r) => parseEvent(r) ?? []);

/** The metrics of everything stored: the rollups of pruned sessions and the raw events. */
export function metricsOfStored(records: readonly unknown[], rollups: readonly DailyRollup[] = []): MetricsReport {
  const tallies = talliesOf(validEvents(records));
  for (const { day: _d, scope, ...tally } of rollups) addInto(tallies[scope], tally);
  return reportOfTallies(tallies);
}
