/**
 * The concept layer on and off, on ranking alone (docs/concepts.md): every rule's threshold is
 * set near 0, so that what is measured is whether the right rule comes first (rank@1) or among
 * the first three (rank@3) for the messages that have one, whatever the score calibration.
 * `bestAccuracy`: the replay accuracy (out-of-scope messages included) at the one score bar that
 * is best for the set, i.e. what a calibration could at most make of this ranking with one bar.
 *   npx tsx scripts/lib-bench/concepts-ab.ts [--weights 0,1] [PACK.json CASES.jsonl]…
 * Without packs: massive8 (if /work/shared/data is there or copied into tests/fixtures) and the
 * shop cross-lingual packs. The last line is JSON: {set: {weight: {rank1, rank3, byLanguage}}}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { rulesFromPack } from '../../lib/match/pack';
import { matcherSettings } from '../../lib/match/settings';
import { createMatcher } from '../../lib/match/matcher';
import { parseCases } from './replay-core';

const argv = process.argv.slice(2);
let weights = [0, 1];
const files: string[] = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--weights') weights = argv[++i].split(',').map(Number);
  else files.push(argv[i]);
}
const fixtures = 'tests/fixtures/benchmarks';
const massive = [`${fixtures}/massive8`, '/work/shared/data/benchmarks/massive8'].find((d) => existsSync(`${d}/massive8-fewshot.pack.json`));
const sets: Array<[string, string, string]> = [];
if (files.length) for (let i = 0; i + 1 < files.length; i += 2) sets.push([files[i].replace(/^.*\//, '').replace('.pack.json', ''), files[i], files[i + 1]]);
else {
  if (massive) {
    sets.push(['massive8-crosslingual', `${massive}/massive8-crosslingual.pack.json`, `${massive}/massive8-fewshot.cases.jsonl`]);
    sets.push(['massive8-fewshot', `${massive}/massive8-fewshot.pack.json`, `${massive}/massive8-fewshot.cases.jsonl`]);
  }
  for (const l of ['en', 'zh']) sets.push([`shop-crosslingual-${l}`, `${fixtures}/shop-crosslingual-${l}.pack.json`, `${fixtures}/shop-crosslingual.cases.jsonl`]);
}

type Result = { rank1: number; rank3: number; bestAccuracy: number; bestBar: number; byLanguage: Record<string, number> };
const all: Record<string, Record<string, Result>> = {};
const r3 = (x: number) => Math.round(x * 1000) / 1000;
for (const [name, packFile, casesFile] of sets) {
  const rules = rulesFromPack(parsePackOrThrow(readFileSync(packFile, 'utf8'), packFile)).map((r) => ({ ...r, threshold: 0.0001 }));
  const everyCase = parseCases(readFileSync(casesFile, 'utf8'), casesFile, rules);
  const cases = everyCase.filter((c) => c.expect !== null);
  all[name] = {};
  for (const w of weights) {
    const m = createMatcher(rules, matcherSettings({ features: { conceptWeight: w } }));
    let one = 0;
    let three = 0;
    const lang: Record<string, [number, number]> = {};
    for (const c of cases) {
      const ids = m.match({ text: c.text }).suggestions.map((s) => s.ruleId);
      const first = ids[0] === c.expect;
      if (first) one++;
      if (ids.slice(0, 3).includes(c.expect!)) three++;
      const b = (lang[c.lang ?? '?'] ??= [0, 0]);
      b[0] += first ? 1 : 0;
      b[1]++;
    }
    // Each case's first suggestion and its score; a bar b answers a case right when the first
    // suggestion is expected and scores ≥ b, or (no rule expected) when it scores < b.
    const tops = everyCase.map((c) => {
      const s = m.match({ text: c.text }).suggestions[0];
      return { score: s?.score ?? 0, right: s !== undefined && s.ruleId === c.expect, none: c.expect === null };
    });
    let best = 0;
    let bestBar = 1;
    for (const bar of [...new Set(tops.map((t) => t.score)), 1.01]) {
      const acc = tops.filter((t) => (t.score >= bar ? t.right : t.none)).length / tops.length;
      if (acc > best) [best, bestBar] = [acc, bar];
    }
    const res: Result = {
      rank1: r3(one / cases.length),
      rank3: r3(three / cases.length),
      bestAccuracy: r3(best),
      bestBar: r3(bestBar),
      byLanguage: Object.fromEntries(Object.entries(lang).map(([l, [a, n]]) => [l, r3(a / n)])),
    };
    all[name][String(w)] = res;
    const langs = Object.entries(res.byLanguage).map(([l, a]) => `${l} ${a.toFixed(2)}`).join('  ');
    console.log(
      `${name.padEnd(24)} weight ${String(w).padEnd(4)} rank@1 ${res.rank1.toFixed(3)}  rank@3 ${res.rank3.toFixed(3)}  (${cases.length} answerable)  ${langs}  | best-bar accuracy ${res.bestAccuracy.toFixed(3)} at ${res.bestBar}`,
    );
  }
}
console.log(JSON.stringify(all));
