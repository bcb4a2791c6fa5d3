import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { createMatcher, MODEL_VERSION } from '../../../lib/match';
import { addLearnedExample, importPack } from '../../../lib/db';
import { parsePackOrThrow } from '../../../lib/pack/parse';
import { createLibraryCache } from '../../../entrypoints/background/library-cache';
import { shopLibraryPack } from '../../../scripts/lib-bench/shop-library';

const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('the worker’s model cache', { timeout: 30_000 }, () => {
  it('is saved on first load and reused after a restart (no retraining)', async () => {
    const db = new ShopReplyDB(`cache-${Math.random()}`);
    dbs.push(db);
    const first = await createLibraryCache(db).trained();
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
    const { matcher } = await createLibraryCache(db).trained();
    const current = await db.modelCache.get('intent-model');
    await db.modelCache.put({ ...current!, model: { ...(current!.model as object), version: 2 }, builtAt: 1 });
    await createLibraryCache(db).trained();
    const saved = await db.modelCache.get('intent-model');
    expect(saved?.fingerprint).toBe(matcher.fingerprint);
    expect((saved?.model as { version: number }).version).toBe(MODEL_VERSION);
    expect(saved?.builtAt).not.toBe(1);
  });
});

describe('training after a library change', { timeout: 60_000 }, () => {
  const open = async () => {
    const db = new ShopReplyDB(`train-${Math.random()}`);
    dbs.push(db);
    return db;
  };
  const shopPack = (rules: number) => parsePackOrThrow(JSON.stringify(shopLibraryPack(rules, { packId: 'shop' })), 'shop.pack.json');

  it('answers at once with the interim matcher, keeps answering while the model trains, then swaps and saves it', async () => {
    const db = await open();
    const cache = createLibraryCache(db, { answerWaitMs: 0, sliceMs: 5 });
    const starter = await cache.trained();
    expect((await cache.status()).state).toBe('ready');
    await importPack(db, shopPack(300), 'import', 1);

    const interim = await cache.get();
    expect(interim.revision).not.toBe(starter.revision);
    const status = await cache.status();
    expect(status).toMatchObject({ state: 'training', rules: 313 });
    expect(['keywords', 'model']).toContain(status.stage);
    expect(status.progress).toBeLessThan(1);
    // The starter's examples and the new rules' keywords answer meanwhile.
    const product = shopLibraryPack(300).rules[20];
    expect(interim.matcher.match({ text: 'where is my package??' }).suggestions[0]?.ruleId).toBe('order-tracking');
    expect(interim.matcher.match({ text: product.keywords.en[0] }).suggestions.map((s) => s.ruleId)).toContain(product.id);

    // Requests are served between the slices of training.
    const seen: number[] = [];
    let answered = 0;
    const done = cache.trained();
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await new Promise((r) => setTimeout(r, 5));
      const s = await cache.status();
      if (s.state === 'training') seen.push(s.progress);
      (await cache.get()).matcher.match({ text: 'refund please' });
      answered++;
    }
    expect(answered).toBeGreaterThan(3);
    expect(seen.some((p) => p > 0 && p < 1)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    const trained = await done;
    expect(trained).toBe(interim);
    expect(await cache.status()).toMatchObject({ state: 'ready', progress: 1, rules: 313, model: trained.matcher.fingerprint });
    expect(trained.matcher.toJSON()).toEqual(createMatcher(trained.rules).toJSON());
    const saved = await db.modelCache.get('intent-model');
    expect(saved?.fingerprint).toBe(trained.matcher.fingerprint);
    // The new rules' examples are known now.
    const example = product.examples.en[0]; // the one naming the product: the others are shared by every product of its kind
    expect(trained.matcher.match({ text: example }).suggestions.map((s) => s.ruleId)).toContain(product.id);
  });

  it('with no saved model, a shop-size library is answered by its trained model from the first message', async () => {
    const db = await open();
    const first = await createLibraryCache(db, { answerWaitMs: 0 }).get();
    expect(first.matcher.usesClassifier).toBe(true);
    expect(first.matcher.toJSON()).toEqual(createMatcher(first.rules).toJSON());
  });

  it('a worker stopped while training starts again from the saved model and trains the new one', async () => {
    const db = await open();
    const before = await createLibraryCache(db).trained();
    await importPack(db, shopPack(200), 'import', 1);
    const stopped = createLibraryCache(db, { answerWaitMs: 0 });
    await stopped.get(); // training started: a worker stopped now leaves nothing but the old saved model
    expect((await db.modelCache.get('intent-model'))?.fingerprint).toBe(before.matcher.fingerprint);

    const restarted = createLibraryCache(db, { answerWaitMs: 0 });
    const interim = await restarted.get();
    expect(interim.matcher.match({ text: 'where is my package??' }).suggestions[0]?.ruleId).toBe('order-tracking');
    const trained = await restarted.trained();
    expect((await db.modelCache.get('intent-model'))?.fingerprint).toBe(trained.matcher.fingerprint);
    expect(trained.matcher.fingerprint).not.toBe(before.matcher.fingerprint);
    await stopped.trained(); // (in this test the "stopped" one ran on: let it end before the database goes)
  });

  it('what is learned while training reaches the trained model, and the interim one is never saved', async () => {
    const db = await open();
    const cache = createLibraryCache(db, { answerWaitMs: 0, sliceMs: 2 });
    const before = await cache.trained();
    await importPack(db, shopPack(1000), 'import', 1);
    const library = await cache.get();
    const text = 'my parcel is stuck at customs in lyon';
    await addLearnedExample(db, { packId: 'shopreply-starter', ruleId: 'order-tracking', text, language: 'en', source: 'accepted', at: 2 });
    expect((await cache.status()).state).toBe('training');
    await cache.learned(library, 'order-tracking', text, 'en');
    expect(library.matcher.match({ text }).suggestions[0]).toMatchObject({ ruleId: 'order-tracking', reason: { kind: 'learned' } });
    // Saved now: still the previous model, or (when the training has just ended) the trained one, never the interim.
    const meanwhile = await db.modelCache.get('intent-model');
    if (meanwhile?.fingerprint !== before.matcher.fingerprint) expect(JSON.stringify(meanwhile?.model)).toContain(shopLibraryPack(1000).rules[999].examples.en[2]);

    const trained = await cache.trained();
    expect(trained.matcher.match({ text }).suggestions[0]).toMatchObject({ ruleId: 'order-tracking', reason: { kind: 'learned' } });
    const saved = await db.modelCache.get('intent-model');
    expect(saved?.fingerprint).toBe(trained.matcher.fingerprint);
    expect(JSON.stringify(saved?.model)).toContain(text);
  });
});
