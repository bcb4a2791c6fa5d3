import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { deletePack, listBin, restorePack } from '../../../lib/db/bin';
import { createRule } from '../../../lib/db/edit';
import { createPack, updatePackMeta } from '../../../lib/db/pack-edit';
import { createLibraryCache } from '../../../entrypoints/background/library-cache';

const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const top = (library: Awaited<ReturnType<ReturnType<typeof createLibraryCache>['get']>>, text: string) =>
  library.matcher.match({ text }).suggestions.map((m) => m.ruleId);

describe('the worker’s library after pack edits', { timeout: 30_000 }, () => {
  it('a pack made in the editor answers; once in the bin it gives no suggestions and no banned phrases; restored it answers again', async () => {
    const db = new ShopReplyDB(`cache-bin-${Math.random()}`);
    dbs.push(db);
    const cache = createLibraryCache(db);
    await cache.get(); // seeds the starter pack
    const created = await createPack(db, { name: 'Gifts' });
    expect(created.ok).toBe(true);
    await createRule(db, 'gifts', { id: 'gift-wrap', kind: 'faq', keywords: { en: ['gift wrap|wrapping'] }, replies: { en: ['We wrap it for free.'] } });
    await updatePackMeta(db, 'gifts', { bannedPhrases: { en: ['coupon code'] } });
    const live = await cache.get();
    expect(top(live, 'can you gift wrap it?')).toContain('gift-wrap');
    expect(live.bannedPhrases.en).toContain('coupon code');

    await deletePack(db, 'gifts');
    const binned = await cache.get();
    expect(binned.rules.some((r) => r.packId === 'gifts')).toBe(false);
    expect(top(binned, 'can you gift wrap it?')).not.toContain('gift-wrap');
    expect(binned.bannedPhrases.en ?? []).not.toContain('coupon code');
    // A restarted worker loads the cached model: it must be the one without the pack.
    expect(top(await createLibraryCache(db).get(), 'can you gift wrap it?')).not.toContain('gift-wrap');

    const [entry] = await listBin(db);
    await restorePack(db, entry!.id!);
    expect(top(await cache.get(), 'can you gift wrap it?')).toContain('gift-wrap');
  });

  it('the starter pack deleted into the bin is not seeded again by a restarted worker', async () => {
    const db = new ShopReplyDB(`cache-bin-${Math.random()}`);
    dbs.push(db);
    const first = await createLibraryCache(db).get();
    expect(first.rules.length).toBeGreaterThan(0);
    await deletePack(db, 'shopreply-starter');
    const restarted = await createLibraryCache(db).get();
    expect(restarted.rules).toEqual([]);
    expect(await db.packs.count()).toBe(0);
  });
});
