import type { BinRecord, ShopReplyDB } from './database';
import type { EditResult } from './edit';
import { bumpLibraryRevision } from './library';

/** Days a deleted pack stays in the bin before the worker's housekeeping purges it. */
export const BIN_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function binTables(db: ShopReplyDB) {
  return [db.packs, db.rules, db.learned, db.settings, db.bin];
}

/**
 * Moves a pack, its rules and their learned examples into the bin. Runs inside the caller's
 * transaction (over binTables); returns the bin entry's id, or undefined when there is no such pack.
 */
export async function movePackToBin(db: ShopReplyDB, packId: string, now: number): Promise<number | undefined> {
  const pack = await db.packs.get(packId);
  if (!pack) return undefined;
  const rules = await db.rules.where('packId').equals(packId).toArray();
  const learned = await db.learned.where('[packId+ruleId]').between([packId, ''], [packId, '\uffff']).toArray();
  const binId = await db.bin.add({ packId, name: pack.name, ruleCount: rules.length, deletedAt: now, pack, rules, learned });
  await db.rules.where('packId').equals(packId).delete();
  await db.learned.bulkDelete(learned.map((l) => l.id!));
  await db.packs.delete(packId);
  await bumpLibraryRevision(db);
  return binId;
}

export type TakeOutcome = { ok: true; packId: string } | { ok: false; code: 'not-in-bin' | 'id-taken'; packId?: string };

/**
 * Puts a bin entry back into the library exactly as it was (learned examples keep their ids).
 * Refused when the library has meanwhile got another pack with the same id. Runs inside the
 * caller's transaction.
 */
export async function takePackFromBin(db: ShopReplyDB, binId: number): Promise<TakeOutcome> {
  const entry = await db.bin.get(binId);
  if (!entry) return { ok: false, code: 'not-in-bin' };
  if (await db.packs.get(entry.packId)) return { ok: false, code: 'id-taken', packId: entry.packId };
  await db.packs.add(entry.pack);
  await db.rules.bulkPut(entry.rules);
  await db.learned.bulkPut(entry.learned);
  await db.bin.delete(binId);
  await bumpLibraryRevision(db);
  return { ok: true, packId: entry.packId };
}

/** Deletes a pack into the bin, in one transaction; undoing it restores the pack. */
export async function deletePack(db: ShopReplyDB, packId: string, now = Date.now()): Promise<EditResult> {
  return db.transaction('rw', binTables(db), async (): Promise<EditResult> => {
    const binId = await movePackToBin(db, packId, now);
    if (binId === undefined) return { ok: false, problems: [{ field: 'packId', code: 'no-pack', message: `there is no pack "${packId}"` }] };
    return { ok: true, undo: { label: `delete pack ${packId}`, rules: [], restoreFromBin: binId } };
  });
}

/** Restores a pack from the bin, in one transaction; undoing it moves the pack back to the bin. */
export async function restorePack(db: ShopReplyDB, binId: number): Promise<EditResult> {
  return db.transaction('rw', binTables(db), async (): Promise<EditResult> => {
    const taken = await takePackFromBin(db, binId);
    if (!taken.ok) {
      const message = taken.code === 'id-taken' ? `the library already has a pack "${taken.packId}"` : 'this pack is no longer in the bin';
      return { ok: false, problems: [{ field: taken.code === 'id-taken' ? 'id' : 'bin', code: taken.code, message }] };
    }
    return { ok: true, undo: { label: `restore pack ${taken.packId}`, rules: [], moveToBin: taken.packId } };
  });
}

/** Bin entries, newest first, without their rules (for listing). */
export async function listBin(db: ShopReplyDB): Promise<Array<Omit<BinRecord, 'rules' | 'learned' | 'pack'>>> {
  const entries = await db.bin.orderBy('deletedAt').reverse().toArray();
  return entries.map(({ rules: _r, learned: _l, pack: _p, ...summary }) => summary);
}

/** Removes for good the bin entries older than `days`; returns how many. Cannot be undone. */
export async function purgeBin(db: ShopReplyDB, now: number, days = BIN_KEEP_DAYS): Promise<number> {
  return db.transaction('rw', db.bin, () => db.bin.where('deletedAt').below(now - days * DAY_MS).delete());
}

/** Empties the bin; returns how many packs were removed for good. Cannot be undone. */
export async function emptyBin(db: ShopReplyDB): Promise<number> {
  return db.transaction('rw', db.bin, async () => {
    const count = await db.bin.count();
    await db.bin.clear();
    return count;
  });
}
