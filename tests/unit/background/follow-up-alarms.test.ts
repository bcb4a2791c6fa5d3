import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { createConversationStore } from '../../../entrypoints/background/conversation-store';
import { FOLLOW_UP_ALARM, onFollowUpAlarm } from '../../../entrypoints/background/follow-up-alarms';

const C1 = 'seller-us.tiktok.com|id:c-1';
const g = globalThis as unknown as { browser?: unknown };
afterEach(() => {
  delete g.browser;
});

describe('the follow-up alarm', () => {
  it('does not bring back a follow-up the agent cleared while the notification was shown', async () => {
    const db = new ShopReplyDB(`alarms-${Math.random()}`);
    const store = createConversationStore(db);
    await db.conversations.put({ conversationId: C1, buyerName: 'Anna', followUp: { queuedAt: 1, deadline: 10_000_000 }, updatedAt: 1 });
    g.browser = {
      runtime: { getURL: (p: string) => p },
      alarms: { create: async () => undefined, clear: async () => true },
      // The agent answers while Chrome shows the notification.
      notifications: { create: () => store.sellerReplied(C1, 'Hi Anna, we are back!', 5) },
    };
    await onFollowUpAlarm(db, FOLLOW_UP_ALARM, 10_000_000 - 60_000);
    expect((await db.conversations.get(C1))?.followUp).toBeUndefined();
    expect(await store.followUps()).toEqual([]);
    await db.delete();
  });

  it('marks a follow-up still waiting as notified', async () => {
    const db = new ShopReplyDB(`alarms-${Math.random()}`);
    await db.conversations.put({ conversationId: C1, followUp: { queuedAt: 1, deadline: 10_000_000 }, updatedAt: 1 });
    g.browser = { runtime: { getURL: (p: string) => p }, alarms: { create: async () => undefined, clear: async () => true }, notifications: { create: async () => 'id' } };
    await onFollowUpAlarm(db, FOLLOW_UP_ALARM, 10_000_000 - 60_000);
    expect((await db.conversations.get(C1))?.followUp).toEqual({ queuedAt: 1, deadline: 10_000_000, notified: true });
    await db.delete();
  });
});
