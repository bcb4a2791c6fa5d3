import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { loadMetrics } from '../../../lib/db/events';
import { loadLibraryRules } from '../../../lib/db/library';
import { loadSettings, SETTINGS_KEY } from '../../../lib/db/settings';
import { computeMetrics } from '../../../lib/metrics/compute';
import { retentionCutoff, sessionsToFold } from '../../../lib/metrics/rollup';
import { DAY, shopHistory } from '../metrics/history';
import { V1_STORES } from './released-schemas';

const NOW = Date.UTC(2026, 11, 2, 9);
const starter = JSON.parse(readFileSync(new URL('../../../lib/pack/starter/starter.pack.json', import.meta.url), 'utf8'));

/** What version 1 wrote for a shop that used ShopReply for 150 days. */
function v1Shop() {
  const { rules, format: _f, formatVersion: _v, ...meta } = starter;
  const session = (conversationId: string, at: number) => ({
    conversationId, sessionId: `${conversationId}:${at}`, startedAt: at, lastBuyerMessageAt: at + 60_000, buyerMessages: 2,
    welcomed: true, welcomeVariantCursor: 1, pendingQuestions: [], answeredQuestions: [{ key: 'where is my order', ruleId: 'order-tracking', at }],
    sentReplies: [{ text: 'Your order is on its way.', at: at + 30_000, auto: true, ruleId: 'order-tracking' }], autoRepliesCount: 1,
    autoSendEnabled: true, takenOver: false,
  });
  const answer = (conversationId: string, messageKey: string) => ({
    conversationId, messageKey, language: 'en',
    suggestions: [{ ruleId: 'order-tracking', packId: starter.id, kind: 'faq', text: 'Your order is on its way.', score: 0.97, language: 'en', reason: 'keyword', missing: [], violations: [] }],
    autoSend: { send: true },
  });
  return {
    packs: [{ ...meta, origin: 'starter', importedAt: NOW - 150 * DAY }],
    rules: rules.map((r: object) => ({ ...r, packId: starter.id, importedHash: 'h1', updatedAt: NOW - 150 * DAY })),
    learned: [{ packId: starter.id, ruleId: 'order-tracking', text: '我的快递到哪了', language: 'zh', source: 'accepted', at: NOW - 3 * DAY }],
    modelCache: [{ key: 'intent', fingerprint: 'f1', model: { terms: ['order'] }, builtAt: NOW - DAY }],
    settings: [
      { key: SETTINGS_KEY, value: { timeZone: 'Asia/Shanghai', globalAutoSendPaused: true, maxAutoRepliesPerSession: 1, autoSendConfidence: 0.95, shopName: 'Tea House' } },
      { key: 'libraryRevision', value: 4 },
    ],
    conversations: [
      { conversationId: 'buyer-1', session: session('buyer-1', NOW - 2 * 3600_000), buyerName: 'Ana', updatedAt: NOW - 3600_000 },
      { conversationId: 'buyer-2', session: session('buyer-2', NOW - 5 * 3600_000), followUp: { queuedAt: NOW - 5 * 3600_000, deadline: NOW + 3600_000 }, updatedAt: NOW - 5 * 3600_000 },
    ],
    handled: [
      { conversationId: 'buyer-1', messageKey: 'm1', at: NOW - 2 * 3600_000, response: answer('buyer-1', 'm1') },
      { conversationId: 'buyer-2', messageKey: 'm7', at: NOW - 5 * 3600_000, response: answer('buyer-2', 'm7') },
    ],
    events: [...shopHistory(NOW, 150, 3), { type: 'accepted', at: NOW - 140 * DAY, conversationId: 'old' }],
  };
}

let name = '';
let n = 0;
beforeEach(() => {
  name = `upgrade-v3-${++n}`;
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(async () => {
  vi.useRealTimers();
  await Dexie.delete(name);
});

async function writeV1(data: ReturnType<typeof v1Shop>) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await v1.table(table).bulkAdd(rows);
  });
  v1.close();
}

describe('database version 3 upgrade from version 1', () => {
  it('keeps the library, settings and conversations, stamps their format, and folds old events into rollups', async () => {
    const data = v1Shop();
    await writeV1(data);
    const db = new ShopReplyDB(name);
    await db.open();
    expect(db.verno).toBe(5);

    expect(await db.packs.toArray()).toEqual(data.packs);
    expect(await db.rules.count()).toBe(starter.rules.length);
    expect((await loadLibraryRules(db)).find((r) => r.id === 'order-tracking')?.learnedExamples).toEqual({ zh: ['我的快递到哪了'] });
    expect(await db.modelCache.get('intent')).toEqual(data.modelCache[0]);
    expect(await loadSettings(db, 'UTC')).toMatchObject({ timeZone: 'Asia/Shanghai', globalAutoSendPaused: true, maxAutoRepliesPerSession: 1, autoSendConfidence: 0.95, shopName: 'Tea House' });
    expect((await db.settings.get('libraryRevision'))?.value).toBe(4);

    expect(await db.conversations.toArray()).toEqual(data.conversations.map((c) => ({ ...c, v: 1 })));
    expect(await db.handled.toArray()).toEqual(data.handled.map((h) => ({ ...h, v: 1 })));

    // Sessions wholly older than the retention period left the raw events for the rollups;
    // the foreign record without a session went; the metrics are those of every valid event.
    const valid = data.events.slice(0, -1) as ReturnType<typeof shopHistory>;
    const folded = sessionsToFold(valid, retentionCutoff(NOW));
    const kept = await db.events.toArray();
    expect(kept.length).toBe(valid.filter((e) => !folded.has(e.sessionId)).length);
    expect(kept.every((e) => !folded.has(e.sessionId as string))).toBe(true);
    expect(await db.eventRollups.where('day').below('2026-09-03').count()).toBeGreaterThan(100);
    expect(await loadMetrics(db)).toEqual(computeMetrics(valid));
    expect((await db.events.where('sessionId').equals(kept[0].sessionId as string).toArray()).length).toBeGreaterThan(0);
    db.close();
  });

  it('an empty version 1 database upgrades to an empty version 3', async () => {
    await writeV1({ packs: [], rules: [], learned: [], modelCache: [], settings: [], conversations: [], handled: [], events: [] });
    const db = new ShopReplyDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.eventRollups.count()).toBe(0);
    expect((await loadMetrics(db)).all.sessions).toBe(0);
    db.close();
  });
});
