import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { createConversationStore } from '../../../entrypoints/background/conversation-store';
import { loadSettings, saveSettings } from '../../../lib/db/settings';
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

  it('speaks the browser\'s language, or the shop\'s interface language when set', async () => {
    const shown: Array<{ title: string; message: string }> = [];
    const run = async (browserLanguage: string, setting: 'auto' | 'zh' | 'en') => {
      const db = new ShopReplyDB(`alarms-${Math.random()}`);
      await saveSettings(db, { ...(await loadSettings(db)), interfaceLanguage: setting });
      await db.conversations.put({ conversationId: C1, buyerName: 'Anna', followUp: { queuedAt: 1, deadline: 10_000_000 }, updatedAt: 1 });
      g.browser = {
        runtime: { getURL: (p: string) => p },
        i18n: { getUILanguage: () => browserLanguage },
        alarms: { create: async () => undefined, clear: async () => true },
        notifications: { create: async (_id: string, o: { title: string; message: string }) => void shown.push({ title: o.title, message: o.message }) },
      };
      await onFollowUpAlarm(db, FOLLOW_UP_ALARM, 10_000_000 - 5 * 60_000);
      await db.delete();
      return shown.at(-1);
    };
    expect(await run('zh-CN', 'auto')).toEqual({ title: 'ShopReply：有买家在等待', message: 'Anna 已收到离线回复；店铺须在 5 分钟内回复。' });
    expect(await run('zh-CN', 'en')).toEqual({ title: 'ShopReply: a buyer is waiting', message: 'Anna was answered offline; the shop’s reply is due in 5 min.' });
    expect((await run('en-US', 'zh'))?.title).toBe('ShopReply：有买家在等待');
  });
});
