/**
 * Development aid: why the right rule of an answerable case is not among the suggestions shown:
 * nothing shown although the ranking had it in its first three (lead bar), cut as a runner-up (show
 * bar, runner-up share), or not in the ranking's first three at all; and the out-of-scope cases shown.
 *   npx tsx scripts/lib-bench/why-missed.ts SET '<settings override>' …   (SET: a benchmark name)
 */
import { readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { createMatcher } from '../../lib/match/matcher';
import { rulesFromPack } from '../../lib/match/pack';
import { matcherSettings, type SettingsOverrides } from '../../lib/match/settings';
import { lexiconFromEnv } from './lexicon-env';

lexiconFromEnv();
import { parseCases } from './replay-core';

const dir = new URL('../../tests/fixtures/benchmarks/', import.meta.url);
const args = process.argv.slice(2);
const set = args[0] && !args[0].startsWith('{') ? args.shift()! : 'massive8-fewshot';
const casesFile = set.startsWith('massive8') ? 'massive8-fewshot' : set.startsWith('shop-crosslingual') ? 'shop-crosslingual' : set;
const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL(`${set}.pack.json`, dir), 'utf8'), set));
const cases = parseCases(readFileSync(new URL(`${casesFile}.cases.jsonl`, dir), 'utf8'), set, rules);
for (const v of args.length ? args : ['{}']) {
  const settings = matcherSettings(JSON.parse(v) as SettingsOverrides);
  const m = createMatcher(rules, settings);
  const open = createMatcher(rules, matcherSettings({ ...(JSON.parse(v) as SettingsOverrides), calibration: { ...(JSON.parse(v).calibration ?? {}), leadAt: 0, showAt: 1e-9 }, ranking: { ...(JSON.parse(v).ranking ?? {}), runnerUpShare: 0 } }));
  const n = { inScope: 0, top3: 0, silentButRanked: 0, cutRunnerUp: 0, notRanked: 0, oos: 0, oosShown: 0 };
  for (const c of cases) {
    const shown = m.match({ text: c.text }).suggestions.map((s) => s.ruleId);
    if (c.expect === null) {
      n.oos++;
      if (shown.length) n.oosShown++;
      continue;
    }
    n.inScope++;
    if (shown.slice(0, 3).includes(c.expect)) {
      n.top3++;
      continue;
    }
    const ranked = open.match({ text: c.text }).suggestions.slice(0, 3).map((s) => s.ruleId);
    if (!ranked.includes(c.expect)) n.notRanked++;
    else if (!shown.length) n.silentButRanked++;
    else n.cutRunnerUp++;
  }
  console.log(`${v}: calibration a=${m.calibration.a.toFixed(2)} b=${m.calibration.b.toFixed(2)}`, JSON.stringify(n));
}
