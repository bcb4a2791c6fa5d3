import type { Transaction } from 'dexie';
import { retentionCutoff } from '../metrics/rollup';
import { foldOldEvents } from './events';
import { RECORD_FORMATS } from './formats';

/**
 * Version 3: sessions and cached answers carry their format (`v`), events are indexed by session,
 * and sessions older than the retention period move from raw events into daily rollups.
 * Records written by version 1 have format 1.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('conversations').toCollection().modify((r: { v?: number }) => { r.v ??= RECORD_FORMATS.conversations; });
  await tx.table('handled').toCollection().modify((r: { v?: number }) => { r.v ??= RECORD_FORMATS.handled; });
  await foldOldEvents({ events: tx.table('events'), eventRollups: tx.table('eventRollups') }, retentionCutoff(Date.now()));
}
