/**
 * Development aid: sweep the intent model's settings (MODEL_SETTINGS, GRAM_SETTINGS) over the
 * benchmarks. For each setting it finds the one calibration pivot (raw similarity mapped to the
 * 0.85 threshold) that is best for all sets together, and prints every set's accuracy there.
 *   npx tsx scripts/lib-bench/sweep.ts '{"centroidShare":[0.2,0.3]}' ['{"wordShare":[0.4,0.5]}' …]
 * Each argument is one grid (its keys varied together, cartesian product); "sizes" goes to GRAM_SETTINGS,
 * keys starting with "c." to CLASSIFIER_SETTINGS ("c.exponent").
 */
import { readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { rulesFromPack } from '../../lib/match/pack';
import { IntentModel, MODEL_SETTINGS } from '../../lib/match/model';
import { CHAT_SETTINGS, GRAM_SETTINGS, PAIR_SETTINGS, analyze } from '../../lib/match/features';
import { parseCases } from './replay-core';
import { CLASSIFIER_SETTINGS } from '../../lib/match/classifier';

const dir = new URL('../../tests/fixtures/benchmarks/', import.meta.url);
const sets = [
  ['hint3-sofmattress', 'hint3-sofmattress', 0.75],
  ['hint3-curekart', 'hint3-curekart', 0.75],
  ['bitext-en', 'bitext-en', 0.9],
  ['hint3-sofmattress-subset', 'hint3-sofmattress', 0],
  ['hint3-curekart-subset', 'hint3-curekart', 0],
] as const;
const loaded = sets.map(([pack, cases, target]) => {
  const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL(`${pack}.pack.json`, dir), 'utf8'), pack));
  return { name: pack, rules, target, cases: parseCases(readFileSync(new URL(`${cases}.cases.jsonl`, dir), 'utf8'), cases, rules) };
});

type Outcome = { expect: string | null; top: string | null; cos: number };
function run(): Outcome[][] {
  return loaded.map((l) => {
    const m = new IntentModel();
    for (const r of l.rules) for (const [lang, list] of Object.entries(r.examples ?? {})) for (const t of list) m.add(r.id, t, lang, false);
    m.train();
    return l.cases.map((c) => {
      const hits = m.search(analyze(c.text).words);
      return { expect: c.expect, top: hits.length ? m.ruleIds[hits[0].rule] : null, cos: hits[0]?.cosine ?? 0 };
    });
  });
}
const acc = (o: Outcome[], p: number) =>
  o.filter((x) => (x.expect === null ? x.cos < p : x.top === x.expect && x.cos >= p)).length / o.length;

function report(label: string): void {
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  let bestP = 0;
  let bestV = -Infinity;
  for (let p = 0.2; p <= 0.8; p += 0.005) {
    // Worst shortfall against the targets first, then the sum over the three main sets.
    const v = Math.min(...[0, 1, 2].map((i) => acc(out[i], p) - loaded[i].target)) * 10 + [0, 1, 2].reduce((s, i) => s + acc(out[i], p), 0);
    if (v > bestV) {
      bestV = v;
      bestP = p;
    }
  }
  const top1 = out.map((o) => o.filter((x) => x.expect !== null && x.top === x.expect).length / o.filter((x) => x.expect !== null).length);
  console.log(
    `${label.padEnd(60)} pivot ${bestP.toFixed(3)} | ${out.map((o) => acc(o, bestP).toFixed(3)).join(' ')} | argmax ${top1.map((x) => x.toFixed(2)).join(' ')} | ${(ms / 1000).toFixed(1)}s`,
  );
}

if (process.env.DUMP) {
  MODEL_SETTINGS.debug = true;
  MODEL_SETTINGS.marginBonus = 0;
  MODEL_SETTINGS.centroidShare = 0;
  const dump = loaded.map((l) => {
    const m = new IntentModel();
    for (const r of l.rules) for (const [lang, list] of Object.entries(r.examples ?? {})) for (const t of list) m.add(r.id, t, lang, false);
    m.train();
    return l.cases.map((c) => ({ text: c.text, expect: c.expect, hits: m.search(analyze(c.text).words).slice(0, 5).map((h) => [m.ruleIds[h.rule], ...h.parts!]) }));
  });
  (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(dump));
  process.exit(0);
}
const base = { ...MODEL_SETTINGS };
const baseClassifier = { ...CLASSIFIER_SETTINGS };
const baseSizes = [...GRAM_SETTINGS.sizes];
const basePairs = { ...PAIR_SETTINGS };
console.log(`sets: ${loaded.map((l) => l.name).join(' ')}`);
const grids = process.argv.slice(2).map((a) => JSON.parse(a) as Record<string, unknown[]>);
if (!grids.length) grids.push({});
for (const grid of grids) {
  const keys = Object.keys(grid);
  const combos: Array<Record<string, unknown>> = [{}];
  for (const k of keys) {
    const next: Array<Record<string, unknown>> = [];
    for (const c of combos) for (const v of grid[k]) next.push({ ...c, [k]: v });
    combos.splice(0, combos.length, ...next);
  }
  for (const c of combos) {
    Object.assign(MODEL_SETTINGS, base);
    Object.assign(CLASSIFIER_SETTINGS, baseClassifier);
    GRAM_SETTINGS.sizes = baseSizes;
    PAIR_SETTINGS.on = basePairs.on;
    CHAT_SETTINGS.on = true;
    PAIR_SETTINGS.weight = basePairs.weight;
    for (const [k, v] of Object.entries(c)) {
      if (k.startsWith('c.')) (CLASSIFIER_SETTINGS as Record<string, unknown>)[k.slice(2)] = v;
      else if (k === 'sizes') GRAM_SETTINGS.sizes = v as number[];
      else if (k === 'chat') CHAT_SETTINGS.on = v as boolean;
      else if (k === 'pairs') PAIR_SETTINGS.on = (v as number) > 0, PAIR_SETTINGS.weight = v as number;
      else (MODEL_SETTINGS as Record<string, unknown>)[k] = v;
    }
    report(JSON.stringify(c));
  }
}
