/**
 * Import speed, as docs/import.md describes it: a pack file of N rules (text, as the person's file
 * holds it) through the options page's import path — parse, validate, plan against the library,
 * apply and write in one transaction — into a Dexie database on fake-indexeddb (the pure-JS
 * IndexedDB the unit tests use; Chrome's own is not reachable from Node).
 *
 *   npx tsx scripts/lib-bench/import-bench.ts [--rules 10000] [--runs 5] [--profile]
 */
import 'fake-indexeddb/auto';
import { ShopReplyDB } from '../../lib/db/database';
import { ImportSession } from '../../lib/db/import-session';

/** A pack file of n faq rules with keywords, examples, replies in two languages and tags. */
export function bigPackText(n: number, version = '1.0.0', changedEvery = 0): string {
  const rules = Array.from({ length: n }, (_, i) => ({
    id: `rule-${i}`,
    kind: 'faq',
    title: `Question ${i}`,
    priority: i % 3,
    keywords: { en: [`item${i}|item ${i} size`], zh: [`商品${i}|尺码${i}`] },
    examples: { en: [`what size is item ${i}`, `does item ${i} come in blue?`], es: [`¿hay talla del artículo ${i}?`] },
    replies: {
      en: [`Item ${i} comes in S, M and L. Your order {order_id} ships today.${changedEvery && i % changedEvery === 0 ? ' (new)' : ''}`],
      zh: [`商品${i}有S、M、L三个尺码，订单{order_id}今天发货。`],
    },
    tags: ['pre-sale'],
  }));
  return JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'bench-big', name: 'Bench', version, bannedPhrases: { '*': ['whatsapp'] }, rules }, null, 2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

interface Timed {
  /** Fastest run, wall clock: what the import costs when the machine is not busy with other work. */
  bestMs: number;
  medianMs: number;
  /** Median CPU time of the process (all its threads, the garbage collector's included). */
  cpuMs: number;
  prepareMs: number;
}

let dbCount = 0;
/** Times importing `text` into a library that first holds `before` (if given); run 0 warms up. */
async function timeImport(text: string, before: string | undefined, runs: number): Promise<Timed> {
  const walls: number[] = [];
  const cpus: number[] = [];
  const prepares: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const db = new ShopReplyDB(`import-bench-${++dbCount}`);
    if (before) {
      const s = new ImportSession(db);
      await s.prepare('before.pack.json', before);
      await s.apply('replace', 1);
    }
    const session = new ImportSession(db);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const prepared = await session.prepare('bench.pack.json', text);
    const t1 = performance.now();
    if (!prepared.ok) throw new Error(`bench pack refused: ${JSON.stringify(prepared).slice(0, 400)}`);
    await session.apply('merge-keep-local', 2);
    const t2 = performance.now();
    const cpu = cpuMs(c0);
    if (r > 0) {
      walls.push(t2 - t0);
      cpus.push(cpu);
      prepares.push(t1 - t0);
    }
    db.close();
    await db.delete();
  }
  return { bestMs: Math.min(...walls), medianMs: median(walls), cpuMs: median(cpus), prepareMs: Math.min(...prepares) };
}

export interface ImportBench {
  rules: number;
  /** A new pack of `rules` rules, file text to written library: fastest and median run, median CPU. */
  newPackMs: number;
  newPackMedianMs: number;
  newPackCpuMs: number;
  /** Of newPackMs: reading, checking and planning (the worker's part before the preview). */
  newPackPrepareMs: number;
  /** The next version of that pack (every 10th rule changed) over the library holding the first. */
  updateMs: number;
  updateMedianMs: number;
  updateCpuMs: number;
  /** The preview's compliance flags of the pack, computed once by the worker after the plan. */
  complianceMs: number;
  /** rules / the slower of newPackMs and updateMs. */
  importRulesPerSecond: number;
}

export async function benchImport(rules = 10000, runs = 7): Promise<ImportBench> {
  const v1 = bigPackText(rules);
  const v2 = bigPackText(rules, '1.1.0', 10);
  const fresh = await timeImport(v1, undefined, runs);
  const update = await timeImport(v2, v1, runs);
  const db = new ShopReplyDB(`import-bench-${++dbCount}`);
  const session = new ImportSession(db);
  await session.prepare('bench.pack.json', v1);
  const c0 = performance.now();
  await session.compliance();
  const complianceMs = performance.now() - c0;
  await db.delete();
  const r = Math.round;
  return {
    rules,
    newPackMs: r(fresh.bestMs),
    newPackMedianMs: r(fresh.medianMs),
    newPackCpuMs: r(fresh.cpuMs),
    newPackPrepareMs: r(fresh.prepareMs),
    updateMs: r(update.bestMs),
    updateMedianMs: r(update.medianMs),
    updateCpuMs: r(update.cpuMs),
    complianceMs: r(complianceMs),
    importRulesPerSecond: r(rules / (Math.max(fresh.bestMs, update.bestMs) / 1000)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  console.log(JSON.stringify(await benchImport(Number(arg('--rules') ?? 10000), Number(arg('--runs') ?? 7))));
}
