import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { loadLibraryRules } from '../../../lib/db/library';
import { deletePack, listBin, restorePack } from '../../../lib/db/bin';
import { V1_STORES, V2_STORES, V3_STORES } from './released-schemas';

/** The schema exactly as version 3 declared it (versions 1 to 3 of database.ts). */
function v3(name: string) {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES);
  db.version(3).stores(V3_STORES);
  return db;
}

const starter = JSON.parse(readFileSync(new URL('../../../lib/pack/starter/starter.pack.json', import.meta.url), 'utf8'));
const name = 'upgrade-v4';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('database version 4 upgrade from version 3', () => {
  it('keeps every pack, rule, learned example and claim, and adds an empty bin that works', async () => {
    const { rules, format: _f, formatVersion: _v, ...meta } = starter;
    const old = v3(name);
    await old.open();
    const packs = [{ ...meta, origin: 'starter', importedAt: 1 }];
    const ruleRecords = rules.map((r: object) => ({ ...r, packId: starter.id, importedHash: 'h', updatedAt: 1 }));
    const learned = [{ id: 7, packId: starter.id, ruleId: 'order-tracking', text: '我的快递到哪了', language: 'zh', source: 'accepted', at: 2 }];
    const claims = [{ conversationId: 'c1', messageKey: 'm1', at: 3, ruleId: 'order-tracking', packId: starter.id, text: 'On its way', result: 'sent' }];
    await old.table('packs').bulkAdd(packs);
    await old.table('rules').bulkAdd(ruleRecords);
    await old.table('learned').bulkAdd(learned);
    await old.table('sendClaims').bulkAdd(claims);
    await old.table('settings').add({ key: 'libraryRevision', value: 9 });
    old.close();

    const db = new ShopReplyDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.packs.toArray()).toEqual(packs);
    expect(await db.rules.toArray()).toEqual(expect.arrayContaining(ruleRecords));
    expect(await db.rules.count()).toBe(ruleRecords.length);
    expect(await db.learned.toArray()).toEqual(learned);
    expect(await db.sendClaims.toArray()).toEqual(claims);
    expect(await db.bin.count()).toBe(0);

    // The new table takes a pack deleted after the upgrade, and gives it back.
    await deletePack(db, starter.id, 10);
    expect(await loadLibraryRules(db)).toEqual([]);
    const [entry] = await listBin(db);
    expect(entry).toMatchObject({ packId: starter.id, ruleCount: ruleRecords.length });
    await restorePack(db, entry!.id!);
    expect(await db.learned.toArray()).toEqual(learned);
    expect(await db.rules.count()).toBe(ruleRecords.length);
    db.close();
  });
});
