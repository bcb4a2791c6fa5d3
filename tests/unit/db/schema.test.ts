import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ShopReplyDB } from '../../../lib/db/database';
import { V1_STORES } from './released-schemas';

/**
 * The database schema, version by version. Every new `this.version(n)` in database.ts gets a test
 * here that opens a database written by version n-1 and checks what the upgrade made of its data.
 */
describe('database schema', () => {
  it('the latest version has the tables and indexes the code queries', async () => {
    const db = new ShopReplyDB('schema-latest');
    await db.open();
    expect(db.verno).toBe(5);
    const tables = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]),
    );
    expect(tables).toEqual({
      packs: ['id'],
      rules: ['[packId+id]', 'packId', 'kind'],
      learned: ['++id', '[packId+ruleId]'],
      modelCache: ['key'],
      settings: ['key'],
      conversations: ['conversationId'],
      handled: ['[conversationId+messageKey]', 'at'],
      events: ['++id', 'at', 'type', 'conversationId', 'sessionId'],
      eventRollups: ['[day+scope]', 'day'],
      sendClaims: ['[conversationId+messageKey]', 'conversationId', 'at'],
      bin: ['++id', 'packId', 'deletedAt'],
      siteProfiles: ['id', 'importedAt'],
    });
    await db.delete();
  });

  it('version 2 upgrade keeps every record a version 1 database holds and adds an empty claims table (then version 3 runs)', async () => {
    // Version 1 exactly as it shipped.
    const v1 = new Dexie('schema-upgrade-1-2');
    v1.version(1).stores(V1_STORES);
    await v1.open();
    const conversation = { conversationId: 'id:c-7301', buyerName: 'Emily', updatedAt: 5, session: { autoSendEnabled: true } };
    await v1.table('conversations').put(conversation);
    await v1.table('settings').put({ key: 'shop', value: { globalAutoSendPaused: true } });
    await v1.table('handled').put({ conversationId: 'id:c-7301', messageKey: 'k1', at: 5, response: { suggestions: [] } });
    // Recent events: older ones are folded into daily rollups by version 3.
    const recent = Date.now() - 60_000;
    await v1.table('events').bulkAdd([{ at: recent, type: 'shown', conversationId: 'id:c-7301' }, { at: recent + 1, type: 'blocked', conversationId: 'id:c-7301' }]);
    v1.close();

    const db = new ShopReplyDB('schema-upgrade-1-2');
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.conversations.get('id:c-7301')).toMatchObject(conversation);
    expect((await db.settings.get('shop'))?.value).toEqual({ globalAutoSendPaused: true });
    expect(await db.handled.get(['id:c-7301', 'k1'])).toMatchObject({ at: 5 });
    expect(await db.events.where('type').equals('blocked').count()).toBe(1);
    expect(await db.sendClaims.count()).toBe(0);
    await db.sendClaims.add({ conversationId: 'h|id:c1', messageKey: 'k1', at: 7, ruleId: 'r', packId: 'p', text: 't' });
    await expect(db.sendClaims.add({ conversationId: 'h|id:c1', messageKey: 'k1', at: 8, ruleId: 'r', packId: 'p', text: 't' })).rejects.toThrow();
    await db.delete();
  });
});
