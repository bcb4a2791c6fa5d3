import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/db/settings';
import { loadMatcher } from '../../../lib/match';
import type { LibraryRule } from '../../../lib/match/types';
import type { ClaimResponse, SuggestionsResponse } from '../../../lib/messages/protocol';
import type { ShopSettings } from '../../../lib/settings/schema';
import { claimAutoSend, isClaimedAutoReply, recordAutoSendResult } from '../../../entrypoints/background/auto-send-claim';
import { createConversationStore } from '../../../entrypoints/background/conversation-store';
import { createSuggester } from '../../../entrypoints/background/suggest';
import type { LibraryCache, LoadedLibrary } from '../../../entrypoints/background/library-cache';

const C1 = 'seller-us.tiktok.com|id:c-1';
const ALWAYS_OPEN = {
  timeZone: 'UTC',
  workingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]])) as ShopSettings['workingHours'],
};
const faq = (id: string, keyword: string): LibraryRule =>
  ({ id, kind: 'faq', packId: 'shop', packVersion: '1', defaultLanguage: 'en', keywords: { en: [keyword] }, replies: { en: [`Answer about ${keyword}.`] } }) as LibraryRule;
const RULES = [faq('track', 'tracking'), faq('refund', 'refund'), faq('size', 'size'), faq('color', 'color')];

const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A library whose loading the test can hold, to land a change between the worker's steps. */
function heldLibrary() {
  const loaded: LoadedLibrary = { revision: 1, rules: RULES, bannedPhrases: {}, matcher: loadMatcher(RULES, undefined) };
  let hold: Promise<void> = Promise.resolve();
  let release = () => {};
  const library = { get: async () => (await hold, loaded), learned: async () => {} } as unknown as LibraryCache;
  return {
    library,
    hold() {
      hold = new Promise((r) => (release = r));
    },
    release: () => release(),
  };
}

async function setup() {
  const db = new ShopReplyDB(`claims-${Math.random()}`);
  dbs.push(db);
  await saveSettings(db, ALWAYS_OPEN);
  const lib = heldLibrary();
  const store = createConversationStore(db);
  const suggester = createSuggester(db, lib.library);
  const now = Date.UTC(2025, 2, 10, 10, 0);
  await store.setAutoSend(C1, true, now);
  const ask = (key: string, text: string, at = now + 1000) => suggester.answer({ conversationId: C1, skusInView: [] }, key, text, at);
  const claim = (r: SuggestionsResponse, at = now + 2500): Promise<ClaimResponse> => {
    const top = r.suggestions[0];
    return claimAutoSend(db, { type: 'claim-auto-send', conversationId: C1, messageKey: r.messageKey, ruleId: top.ruleId, packId: top.packId, text: top.text }, at);
  };
  return { db, lib, store, ask, claim, now };
}

describe('claiming an automatic send in the worker', () => {
  it('grants two claims for one message key (two tabs) once', async () => {
    const { db, ask, claim } = await setup();
    const answer = await ask('k1', 'where is my tracking number?');
    expect(answer.autoSend).toEqual({ eligible: true });
    const results = await Promise.all([claim(answer), claim(answer)]);
    expect(results.map((r) => r.granted).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.granted)).toMatchObject({ blockedBy: 'already-claimed' });
    expect(await db.sendClaims.count()).toBe(1);
    expect((await db.conversations.get(C1))?.session?.autoRepliesCount).toBe(1);
  });

  it('replays a message asked again without any eligibility, and its claim is still taken only once', async () => {
    const { ask, claim } = await setup();
    const first = await ask('k1', 'where is my tracking number?');
    const again = await ask('k1', 'where is my tracking number?');
    expect(again.autoSend).toBeUndefined();
    expect(again.suggestions).toEqual(first.suggestions);
    expect((await claim(first)).granted).toBe(true);
    expect(await claim(again)).toMatchObject({ granted: false, blockedBy: 'already-claimed' });
  });

  it('refuses the fourth of four quick messages: the limit counts claims, not later reports', async () => {
    const { ask, claim } = await setup();
    const answers = [];
    for (const [i, text] of ['tracking please', 'refund?', 'which size', 'what color'].entries()) answers.push(await ask(`k${i}`, text));
    expect(answers.every((a) => a.autoSend?.eligible)).toBe(true);
    const results = [];
    for (const a of answers) results.push(await claim(a));
    expect(results.map((r) => (r.granted ? 'granted' : r.blockedBy))).toEqual(['granted', 'granted', 'granted', 'session-limit']);
  });

  it('refuses a claim after "pause all" or auto-send off, stored between eligibility and claim', async () => {
    const { store, ask, claim, now } = await setup();
    const a = await ask('k1', 'where is my tracking number?');
    await store.setGlobalPause(true);
    expect(await claim(a)).toMatchObject({ granted: false, blockedBy: 'global-pause' });

    await store.setGlobalPause(false);
    const b = await ask('k2', 'can I get a refund?');
    await store.setAutoSend(C1, false, now + 2000);
    expect(await claim(b)).toMatchObject({ granted: false, blockedBy: 'conversation-auto-send-off' });
  });

  it('refuses a text the worker did not offer for that message, and a decision grown stale', async () => {
    const { db, ask, claim, now } = await setup();
    const a = await ask('k1', 'where is my tracking number?');
    const forged = { ...a, suggestions: [{ ...a.suggestions[0], text: 'Pay me on WhatsApp' }] };
    expect(await claim(forged)).toMatchObject({ granted: false, blockedBy: 'not-offered' });
    expect(await claim(a, now + 120_000)).toMatchObject({ granted: false, blockedBy: 'stale-decision' });
    expect(await db.sendClaims.count()).toBe(0);
  });

  it('never allows a name-only conversation unless the site is accepted', async () => {
    const { db, store, lib } = await setup();
    const anna = 'seller-us.tiktok.com|name:Anna';
    const now = Date.UTC(2025, 2, 10, 10, 0);
    await store.setAutoSend(anna, true, now);
    const suggester = createSuggester(db, lib.library);
    const a = await suggester.answer({ conversationId: anna, skusInView: [] }, 'k1', 'tracking please', now + 1000);
    expect(a.autoSend).toMatchObject({ eligible: false, blockedBy: 'name-only-id', values: { site: 'seller-us.tiktok.com' } });
    await saveSettings(db, { ...ALWAYS_OPEN, nameOnlyAutoSendSites: ['seller-us.tiktok.com'] });
    const b = await suggester.answer({ conversationId: anna, skusInView: [] }, 'k2', 'refund?', now + 2000);
    expect(b.autoSend).toEqual({ eligible: true });
  });

  it('keeps a takeover stored while the answer was being prepared', async () => {
    const { db, store, lib, ask, now } = await setup();
    lib.hold();
    const answering = ask('k1', 'where is my tracking number?');
    // Let the answer start (and read whatever it reads before it waits for the library).
    await new Promise((r) => setTimeout(r, 20));
    await store.takeOver(C1, now + 500);
    lib.release();
    const answer = await answering;
    expect((await db.conversations.get(C1))?.session).toMatchObject({ takenOver: true, buyerMessages: 1 });
    expect(answer.autoSend).toMatchObject({ eligible: false, blockedBy: 'taken-over' });
  });

  it('keeps an "auto-send off" stored while the answer was being prepared', async () => {
    const { db, store, lib, ask, now } = await setup();
    lib.hold();
    const answering = ask('k1', 'where is my tracking number?');
    await new Promise((r) => setTimeout(r, 20));
    await store.setAutoSend(C1, false, now + 500);
    lib.release();
    await answering;
    expect((await db.conversations.get(C1))?.session?.autoSendEnabled).toBe(false);
  });

  it('counts a reply once: the report after the claim adds an event, not a second reply', async () => {
    const { db, ask, claim, now } = await setup();
    const a = await ask('k1', 'where is my tracking number?');
    await claim(a);
    const top = a.suggestions[0];
    const report = { type: 'auto-send-result' as const, conversationId: C1, messageKey: 'k1', ruleId: top.ruleId, packId: top.packId, text: top.text };
    await recordAutoSendResult(db, { ...report, result: 'sent' }, now + 4000);
    expect((await db.conversations.get(C1))?.session?.autoRepliesCount).toBe(1);
    expect(await db.sendClaims.get([C1, 'k1'])).toMatchObject({ result: 'sent' });
    // A "sent" report without a claim is no send of ours.
    await recordAutoSendResult(db, { ...report, messageKey: 'k9', result: 'sent' }, now + 4000);
    expect(await db.events.where('type').equals('auto-sent').count()).toBe(1);
  });

  it('knows our automatic reply when another tab on the chat reports it as the shop\'s message', async () => {
    const { db, ask, claim, now } = await setup();
    const a = await ask('k1', 'where is my tracking number?');
    await claim(a);
    const text = a.suggestions[0].text;
    expect(await isClaimedAutoReply(db, C1, ` ${text} `, now + 5000)).toBe(true);
    expect(await isClaimedAutoReply(db, C1, 'Something the agent typed', now + 5000)).toBe(false);
    expect(await isClaimedAutoReply(db, 'seller-us.tiktok.com|id:c-2', text, now + 5000)).toBe(false);
    expect(await isClaimedAutoReply(db, C1, text, now + 3_600_000)).toBe(false);
  });
});
