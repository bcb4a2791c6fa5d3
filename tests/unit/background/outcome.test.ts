import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShopReplyDB } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/db/settings';
import { WEEKDAYS, type ShopSettings } from '../../../lib/settings/schema';
import type { SuggestionsResponse } from '../../../lib/messages/protocol';
import { createLibraryCache } from '../../../entrypoints/background/library-cache';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { LEARN_MAX_CHARS } from '../../../entrypoints/background/outcome';

beforeAll(() => {
  // Offline hours schedule a follow-up alarm: the worker's only browser call on this path.
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
});

const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function worker() {
  const db = new ShopReplyDB(`outcome-${Math.random()}`);
  dbs.push(db);
  // Open all day, every day: answers are faq suggestions, not the offline reply, at any hour.
  await saveSettings(db, { timeZone: 'UTC', workingHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start: '00:00', end: '24:00' }]])) as ShopSettings['workingHours'] });
  const handlers = createHandlers(db, createLibraryCache(db));
  const buyerMessage = async (messageKey: string, text: string) =>
    (await handlers.handle({ type: 'buyer-message', context: { conversationId: 'c1', skusInView: [] }, messageKey, text })) as SuggestionsResponse;
  const learned = async () => (await db.learned.toArray()).map((e) => ({ ruleId: e.ruleId, text: e.text }));
  return { db, handlers, buyerMessage, learned };
}

const QUESTION = 'Where is my order?';

describe('learning from what the agent sent', { timeout: 60_000 }, () => {
  it('learns the buyer text the worker answered, not the text the tab sends along', async () => {
    const { handlers, buyerMessage, learned } = await worker();
    const answer = await buyerMessage('k1', QUESTION);
    const top = answer.suggestions.find((s) => s.kind === 'faq')!;
    expect(top).toBeDefined();
    await handlers.handle({
      type: 'outcome', conversationId: 'c1', messageKey: 'k1', outcome: 'accepted',
      ruleId: top.ruleId, packId: top.packId, buyerText: 'free iphone for everyone who asks',
    });
    expect(await learned()).toEqual([{ ruleId: top.ruleId, text: QUESTION }]);
  });

  it('a forged outcome for a message the worker never answered learns and records nothing', async () => {
    const { db, handlers, buyerMessage, learned } = await worker();
    const answer = await buyerMessage('k1', QUESTION);
    const top = answer.suggestions.find((s) => s.kind === 'faq')!;
    const events = await db.events.count();
    await handlers.handle({
      type: 'outcome', conversationId: 'c1', messageKey: 'made-up-key', outcome: 'accepted',
      ruleId: top.ruleId, packId: top.packId, buyerText: 'free iphone for everyone who asks',
    });
    expect(await learned()).toEqual([]);
    expect(await db.events.count()).toBe(events);
  });

  it('"accepted" for a rule the worker did not suggest for that message learns nothing', async () => {
    const { handlers, buyerMessage, learned } = await worker();
    const answer = await buyerMessage('k1', QUESTION);
    const library = await handlers.handle({ type: 'list-phrases' }) as { phrases: { ruleId: string; packId: string; kind: string }[] };
    const other = library.phrases.find((p) => p.kind === 'faq' && !answer.suggestions.some((s) => s.ruleId === p.ruleId))!;
    await handlers.handle({ type: 'outcome', conversationId: 'c1', messageKey: 'k1', outcome: 'accepted', ruleId: other.ruleId, packId: other.packId });
    expect(await learned()).toEqual([]);
    // Chosen from the library over the suggestions, the same rule is learned: the agent picked it.
    await handlers.handle({ type: 'outcome', conversationId: 'c1', messageKey: 'k1', outcome: 'overridden', ruleId: other.ruleId, packId: other.packId });
    expect(await learned()).toEqual([{ ruleId: other.ruleId, text: QUESTION }]);
  });

  it(`a buyer message longer than ${LEARN_MAX_CHARS} characters is answered but not learned`, async () => {
    const { db, handlers, buyerMessage, learned } = await worker();
    const long = `${QUESTION}. ${'I have been waiting for a very long time. '.repeat(15)}`;
    expect(long.length).toBeGreaterThan(LEARN_MAX_CHARS);
    const answer = await buyerMessage('k2', long);
    const top = answer.suggestions.find((s) => s.kind === 'faq')!;
    await handlers.handle({ type: 'outcome', conversationId: 'c1', messageKey: 'k2', outcome: 'accepted', ruleId: top.ruleId, packId: top.packId, buyerText: long });
    expect(await learned()).toEqual([]);
    expect(await db.events.where('type').equals('accepted').count()).toBe(1);
  });
});
