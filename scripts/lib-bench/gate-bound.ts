/**
 * Development aid: what other lead bars (the "show something or stay silent" decision) could reach,
 * fitted on the cases themselves, so an optimistic bound. With nothing withheld, each case's first
 * three rules and their probabilities are taken once; then accuracy and top-3 are counted for
 *   - the default bar (first suggestion's probability ≥ leadAt),
 *   - also showing when the first three together are at least X likely right ("one of these"),
 *   - the best bar on the first probability together with the classifier's probability for that rule.
 *   npx tsx scripts/lib-bench/gate-bound.ts massive8-fewshot hint3-sofmattress hint3-curekart
 */
import { readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { createMatcher } from '../../lib/match/matcher';
import { rulesFromPack } from '../../lib/match/pack';
import { DEFAULT_SETTINGS, matcherSettings } from '../../lib/match/settings';
import { lexiconFromEnv } from './lexicon-env';

lexiconFromEnv();
import { parseCases } from './replay-core';

interface Row {
  inScope: boolean;
  firstRight: boolean;
  inTop3: boolean;
  p: number[];
  classifier: number;
}

const dir = new URL('../../tests/fixtures/benchmarks/', import.meta.url);
const probabilityOf = (s: { score: number; reason: { evidence?: { probability?: number } } }) => s.reason.evidence?.probability ?? 1;

function rows(set: string): Row[] {
  const casesFile = set.startsWith('massive8') ? 'massive8-fewshot' : set.startsWith('shop-crosslingual') ? 'shop-crosslingual' : set;
  const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL(`${set}.pack.json`, dir), 'utf8'), set));
  const cases = parseCases(readFileSync(new URL(`${casesFile}.cases.jsonl`, dir), 'utf8'), set, rules);
  const open = createMatcher(rules, matcherSettings({ calibration: { leadAt: 0, showAt: 1e-9 }, ranking: { runnerUpShare: 0 } }));
  return cases.map((c) => {
    const s = open.match({ text: c.text }).suggestions.slice(0, 3);
    return {
      inScope: c.expect !== null,
      firstRight: s[0]?.ruleId === c.expect,
      inTop3: s.some((x) => x.ruleId === c.expect),
      p: s.map(probabilityOf),
      classifier: s[0]?.reason.evidence?.classifier ?? 1,
    };
  });
}

type Gate = (r: Row) => boolean;
const count = (list: Row[], show: Gate) => ({
  right: list.filter((r) => (show(r) ? r.inScope && r.firstRight : !r.inScope)).length,
  top3: list.filter((r) => r.inScope && show(r) && r.inTop3).length,
});

const leadAt = DEFAULT_SETTINGS.calibration.leadAt;
const first = (r: Row) => r.p[0] ?? 0;
const sets = process.argv.slice(2);
const data = (sets.length ? sets : ['massive8-fewshot', 'hint3-sofmattress', 'hint3-curekart']).map((set) => ({ set, list: rows(set) }));
const line = (name: string, show: Gate) =>
  console.log(`${name} | ${data.map(({ list }) => { const n = count(list, show); return `${n.right}/${list.length} ${n.top3}/${list.filter((r) => r.inScope).length}`; }).join(' | ')}`);

console.log(`gate | ${data.map((d) => d.set).join(' | ')}   (right/cases top-3 hits/answerable)`);
line(`first ≥ ${leadAt} (default)`, (r) => first(r) >= leadAt);
for (const x of [0.25, 0.3, 0.35, 0.4, 0.5]) line(`first ≥ ${leadAt} or first three ≥ ${x}`, (r) => first(r) >= leadAt || r.p.reduce((a, b) => a + b, 0) >= x);
let best: { gain: number; name: string; show: Gate } | undefined;
const base = data.map(({ list }) => count(list, (r) => first(r) >= leadAt).right);
for (const a of [0.1, 0.12, 0.15, 0.18]) {
  for (const c of [0.2, 0.25, 0.3, 0.35, 0.4]) {
    for (const b of [0.1, 0.12, 0.15, 0.2, 0.25, 0.3]) {
      const show: Gate = (r) => first(r) >= c || (first(r) >= a && r.classifier >= b);
      const gain = count(data[0].list, show).right - base[0];
      if (!best || gain > best.gain) best = { gain, name: `first ≥ ${c} or (first ≥ ${a} and classifier ≥ ${b}), best for ${data[0].set}`, show };
    }
  }
}
if (best) line(best.name, best.show);
