/**
 * The first answer after importing a big library, as the worker gives it (its library cache on
 * fake-indexeddb in Node): `npm run bench` reports it as firstAnswerAfterImportMs.
 *
 * Per run, on a fresh database with the starter pack trained and saved: the pack is imported,
 * then one buyer message is asked for, as the editor's try-it box or a chat would after the import.
 * Timed: that first answer (rules read, interim matcher, match), the training that follows in
 * the background, and the answers asked every 10 ms during that training (their p95: how long
 * a message waits for a slice of training to end). In the same run, the baseline: building the
 * whole model at once, which the first answer used to wait for.
 */
import 'fake-indexeddb/auto';
import { ShopReplyDB } from '../../lib/db/database';
import { importPack, loadLibraryRules } from '../../lib/db';
import { createMatcher } from '../../lib/match/matcher';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { createLibraryCache } from '../../entrypoints/background/library-cache';
import { shopLibraryPack } from './shop-library';

export interface FirstAnswerRun {
  importMs: number;
  firstAnswerMs: number;
  trainedMs: number;
  answersDuringTraining: number;
  answerDuringTrainingP95Ms: number;
  blockingBuildMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function firstAnswerAfterImport(rules: number, runs: number): Promise<{ runs: FirstAnswerRun[]; median: FirstAnswerRun }> {
  const pack = parsePackOrThrow(JSON.stringify(shopLibraryPack(rules)), 'shop.pack.json');
  const out: FirstAnswerRun[] = [];
  for (let run = 0; run < runs; run++) {
    const db = new ShopReplyDB(`bench-first-answer-${run}-${Date.now()}`);
    const cache = createLibraryCache(db);
    await cache.trained();
    let t = performance.now();
    await importPack(db, pack, 'import', Date.now());
    const importMs = performance.now() - t;

    t = performance.now();
    const first = await cache.get();
    first.matcher.match({ text: 'where is my order? it has not arrived' });
    const firstAnswerMs = performance.now() - t;

    const waits: number[] = [];
    let trained = false;
    const done = cache.trained().then(() => (trained = true));
    while (!trained) {
      await new Promise((r) => setTimeout(r, 10));
      const s = performance.now();
      (await cache.get()).matcher.match({ text: 'can I get a refund for the damaged one' });
      waits.push(performance.now() - s);
    }
    await done;
    const trainedMs = performance.now() - t;

    const all = await loadLibraryRules(db);
    t = performance.now();
    createMatcher(all);
    const blockingBuildMs = performance.now() - t;
    await db.delete();
    out.push({
      importMs: r1(importMs),
      firstAnswerMs: r1(firstAnswerMs),
      trainedMs: r1(trainedMs),
      answersDuringTraining: waits.length,
      answerDuringTrainingP95Ms: r1([...waits].sort((a, b) => a - b)[Math.floor(waits.length * 0.95)] ?? 0),
      blockingBuildMs: r1(blockingBuildMs),
    });
  }
  const med = Object.fromEntries(Object.keys(out[0]).map((k) => [k, median(out.map((r) => r[k as keyof FirstAnswerRun]))])) as unknown as FirstAnswerRun;
  return { runs: out, median: med };
}
