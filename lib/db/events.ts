import type { EntityTable, Table } from 'dexie';
import type { ConversationEvent } from '../conversation/events';
import type { MetricsReport } from '../metrics/compute';
import { addRollup, DAY_MS, dayOf, metricsOfStored, parseEvent, retentionCutoff, rollupsOf, sessionsToFold, type DailyRollup } from '../metrics/rollup';
import type { EventRecord, ShopReplyDB } from './database';

/** The metrics of everything stored: daily rollups of pruned sessions plus the raw events. */
export async function loadMetrics(db: ShopReplyDB): Promise<MetricsReport> {
  return db.transaction('r', db.events, db.eventRollups, async () => {
    const [events, rollups] = await Promise.all([db.events.toArray(), db.eventRollups.toArray()]);
    return metricsOfStored(events, rollups);
  });
}

interface EventTables {
  events: EntityTable<EventRecord, 'id'>;
  eventRollups: Table<DailyRollup, [string, string]>;
}

/**
 * Folds the sessions of one stretch of time before `cutoff` into the daily rollups and deletes
 * their events; records older than the cutoff that are no valid event are deleted too. Runs inside
 * the caller's transaction. Returns how many events went.
 */
async function foldStretch({ events, eventRollups }: EventTables, from: number, to: number, cutoff: number): Promise<number> {
  const old = await events.where('at').between(from, to, true, false).toArray();
  if (!old.length) return 0;
  const parsed = old.map(parseEvent);
  const invalidIds = old.filter((_, i) => !parsed[i]).map((r) => r.id!);
  const sessionIds = [...new Set(parsed.flatMap((e) => e?.sessionId ?? []))];
  const records = sessionIds.length ? await events.where('sessionId').anyOf(sessionIds).toArray() : [];
  const withIds = records.flatMap((r): Array<[number, ConversationEvent]> => {
    const e = parseEvent(r);
    return e ? [[r.id!, e]] : [];
  });
  const fold = sessionsToFold(withIds.map(([, e]) => e), cutoff);
  const folded = withIds.filter(([, e]) => fold.has(e.sessionId));
  const added = rollupsOf(folded.map(([, e]) => e));
  const stored = await eventRollups.bulkGet(added.map((r): [string, string] => [r.day, r.scope]));
  await eventRollups.bulkPut(added.map((r, i) => addRollup(stored[i], r)));
  const gone = [...invalidIds, ...folded.map(([id]) => id)];
  await events.bulkDelete(gone);
  return gone.length;
}

/**
 * Keeps raw events for the retention period (EVENT_RETENTION_DAYS by default) and folds older
 * sessions into daily rollups, a day at a time: `transact` runs each day's fold (in its own
 * transaction in the worker; a database upgrade runs them all in its own). Cheap when there is
 * nothing to do: one index lookup.
 */
export async function foldOldEvents(
  tables: EventTables,
  cutoff: number,
  transact: (fold: () => Promise<number>) => Promise<number> = (fold) => fold(),
): Promise<number> {
  const oldest = await tables.events.orderBy('at').first();
  let gone = 0;
  if (!oldest) return 0;
  for (let from = oldest.at; from < cutoff; from += DAY_MS) {
    const to = Math.min(from + DAY_MS, cutoff);
    gone += await transact(() => foldStretch(tables, from, to, cutoff));
  }
  return gone;
}

export function pruneEvents(db: ShopReplyDB, now: number, cutoff = retentionCutoff(now)): Promise<number> {
  return foldOldEvents(db, cutoff, (fold) => db.transaction('rw', db.events, db.eventRollups, fold));
}

export interface MetricsWindow {
  /** Valid raw events from a day before `from` on (a session that began the evening before counts whole). */
  events: ConversationEvent[];
  /** Daily rollups from `from`'s day on. */
  rollups: DailyRollup[];
}

/** What the charts and the gray launch need of a period: its raw events and its days' rollups. */
export async function loadMetricsWindow(db: ShopReplyDB, from: number): Promise<MetricsWindow> {
  return db.transaction('r', db.events, db.eventRollups, async () => {
    const [records, rollups] = await Promise.all([
      db.events.where('at').aboveOrEqual(from - DAY_MS).toArray(),
      db.eventRollups.where('day').aboveOrEqual(dayOf(from)).toArray(),
    ]);
    return { events: records.flatMap((r) => parseEvent(r) ?? []), rollups };
  });
}
