import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { MODEL_VERSION } from '../../../lib/match';
import { createLibraryCache } from '../../../entrypoints/background/library-cache';

const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('the worker’s model cache', { timeout: 30_000 }, () => {
  it('is saved on first load and reused after a restart (no retraining)', async () => {
    const db = new ShopReplyDB(`cache-${Math.random()}`);
    dbs.push(db);
    const first = await createLibraryCache(db).get();
    const saved = await db.modelCache.get('intent-model');
    expect(saved?.fingerprint).toBe(first.matcher.fingerprint);
    expect((saved?.model as { version: number }).version).toBe(MODEL_VERSION);
    // The starter pack is shop-sized: the classifier is trained and cached with the model.
    expect(first.matcher.usesClassifier).toBe(true);
    const again = await createLibraryCache(db).get();
    expect(again.matcher.match({ text: '¿Dónde está mi pedido?' })).toEqual(first.matcher.match({ text: '¿Dónde está mi pedido?' }));
    expect((await db.modelCache.get('intent-model'))?.builtAt).toBe(saved?.builtAt);
  });

  it('a cache from an older engine, for the same rules, is rebuilt and saved again', async () => {
    const db = new ShopReplyDB(`cache-${Math.random()}`);
    dbs.push(db);
    const { matcher } = await createLibraryCache(db).get();
    const current = await db.modelCache.get('intent-model');
    await db.modelCache.put({ ...current!, model: { ...(current!.model as object), version: 2 }, builtAt: 1 });
    await createLibraryCache(db).get();
    const saved = await db.modelCache.get('intent-model');
    expect(saved?.fingerprint).toBe(matcher.fingerprint);
    expect((saved?.model as { version: number }).version).toBe(MODEL_VERSION);
    expect(saved?.builtAt).not.toBe(1);
  });
});
