import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { loadMetrics, pruneEvents } from '../../../lib/db/events';
import { computeMetrics } from '../../../lib/metrics/compute';
import { EVENT_RETENTION_DAYS, retentionCutoff } from '../../../lib/metrics/rollup';
import { DAY, shopHistory } from '../metrics/history';

const NOW = Date.UTC(2026, 11, 2, 9);
const dbs: ShopReplyDB[] = [];
let n = 0;
const freshDb = () => { const db = new ShopReplyDB(`events-${++n}`); dbs.push(db); return db; };
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

describe('event retention', () => {
  it(`keeps ${EVENT_RETENTION_DAYS} days of raw events, folds older sessions into daily rollups, and the metrics stay the same`, async () => {
    const db = freshDb();
    const history = shopHistory(NOW, 120, 3);
    await db.events.bulkAdd(history);
    const before = await loadMetrics(db);
    expect(before).toEqual(computeMetrics(history));

    const gone = await pruneEvents(db, NOW);
    const cutoff = retentionCutoff(NOW);
    const left = await db.events.toArray();
    expect(gone + left.length).toBe(history.length);
    expect(gone).toBeGreaterThan(history.length / 5);
    expect(left.every((e) => e.at >= cutoff - DAY)).toBe(true);
    expect(await loadMetrics(db)).toEqual(before);

    // Nothing more to fold: a second run changes nothing.
    expect(await pruneEvents(db, NOW)).toBe(0);
    // A month later, the next month folds into the same rollups.
    await pruneEvents(db, NOW + 30 * DAY);
    expect(await db.events.count()).toBeLessThan(left.length);
    expect(await loadMetrics(db)).toEqual(before);
  });

  it('deletes old records that are no valid event, and never a recent one', async () => {
    const db = freshDb();
    await db.events.bulkAdd([
      { type: 'accepted', at: NOW - 200 * DAY, conversationId: 'c' },
      { type: 'clicked', at: NOW - DAY, conversationId: 'c' },
    ]);
    expect(await pruneEvents(db, NOW)).toBe(1);
    expect((await db.events.toArray()).map((e) => e.type)).toEqual(['clicked']);
  });
});

describe('record formats', () => {
  it('every write of a conversation or a cached answer carries its format', async () => {
    const db = freshDb();
    await db.conversations.put({ conversationId: 'c', updatedAt: 1 });
    await db.conversations.update('c', { buyerName: 'Ana' });
    await db.handled.add({ conversationId: 'c', messageKey: 'm', at: 1, response: {} });
    expect(await db.conversations.get('c')).toEqual({ conversationId: 'c', buyerName: 'Ana', updatedAt: 1, v: 1 });
    expect((await db.handled.toArray())[0].v).toBe(1);
    await db.packs.put({ id: 'p', name: 'p', version: '1', origin: 'local', importedAt: 1 });
    expect(await db.packs.get('p')).not.toHaveProperty('v');
  });
});
