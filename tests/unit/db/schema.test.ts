import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';

/**
 * The database schema, version by version. Every new `this.version(n)` in database.ts gets a test
 * here that opens a database written by version n-1 and checks what the upgrade made of its data.
 */
describe('database schema', () => {
  it('the latest version has the tables and indexes the code queries', async () => {
    const db = new ShopReplyDB('schema-latest');
    await db.open();
    expect(db.verno).toBe(3);
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
    });
    await db.delete();
  });
});
