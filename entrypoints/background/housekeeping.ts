import { pruneEvents, purgeBin, type ShopReplyDB } from '../../lib/db';
import { clearOldFollowUpAlarms, rearmFollowUpAlarm } from './follow-up-alarms';

/**
 * On every start of the worker: raw events older than the retention period go into daily rollups,
 * and the one follow-up alarm is set from the database (replacing the per-conversation alarms of
 * earlier releases); packs deleted more than 30 days ago leave the bin. All cheap when there is nothing to do.
 */
export async function housekeeping(db: ShopReplyDB, now: number): Promise<void> {
  await pruneEvents(db, now);
  await purgeBin(db, now);
  await clearOldFollowUpAlarms();
  await rearmFollowUpAlarm(db, now);
}
