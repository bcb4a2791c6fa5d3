/**
 * Development aid: replay the three benchmarks under a sweep of one matcher option, to see how
 * the single default setting trades in-scope hits against out-of-scope silence.
 *   npx tsx scripts/lib-bench/tune.ts [examplePivot values…]
 */
import { readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { createMatcher } from '../../lib/match/matcher';
import { rulesFromPack } from '../../lib/match/pack';
import { parseCases, replay } from './replay-core';

const dir = new URL('../../tests/fixtures/benchmarks/', import.meta.url);
const sets = ['hint3-sofmattress', 'hint3-curekart', 'bitext-en', 'hint3-sofmattress-subset:hint3-sofmattress', 'hint3-curekart-subset:hint3-curekart'];
const pivots = process.argv.slice(2).map(Number);
if (!pivots.length) pivots.push(0.01, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65);
const loaded = sets.map((s) => {
  const [pack, cases = pack] = s.split(':');
  const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL(`${pack}.pack.json`, dir), 'utf8'), pack));
  return { name: pack, rules, cases: parseCases(readFileSync(new URL(`${cases}.cases.jsonl`, dir), 'utf8'), cases, rules) };
});
console.log(`pivot | ${loaded.map((l) => l.name.replace('hint3-', '')).join(' | ')}   (accuracy top1 oos)`);
for (const p of pivots) {
  const cells = loaded.map((l) => {
    const { summary: s } = replay(createMatcher(l.rules, { examplePivot: p, classifierPivot: p }), l.cases);
    return `${s.accuracy.toFixed(3)} ${s.top1?.toFixed(2)} ${s.outOfScopeCorrect?.toFixed(2) ?? '-'}`;
  });
  console.log(`${p.toFixed(2)} | ${cells.join(' | ')}`);
}
