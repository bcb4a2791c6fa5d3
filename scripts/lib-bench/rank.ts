/**
 * Development aid: the ranking alone (nothing withheld), per language, under settings variants:
 * right rule first (rank@1) and among the first three (rank@3) over the cases that have a rule.
 *   npx tsx scripts/lib-bench/rank.ts SET '{}' '{"model":{"topK":2}}' …   (SET: a benchmark name, default massive8-fewshot)
 */
import { readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { rulesFromPack } from '../../lib/match/pack';
import { IntentModel } from '../../lib/match/model';
import { analyze } from '../../lib/match/features';
import { detectLanguage } from '../../lib/match/language';
import { matcherSettings, type SettingsOverrides } from '../../lib/match/settings';
import { lexiconFromEnv } from './lexicon-env';

lexiconFromEnv();
import { parseCases } from './replay-core';

const dir = new URL('../../tests/fixtures/benchmarks/', import.meta.url);
const args = process.argv.slice(2);
const set = args[0] && !args[0].startsWith('{') ? args.shift()! : 'massive8-fewshot';
const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL(`${set}.pack.json`, dir), 'utf8'), set));
const cases = parseCases(readFileSync(new URL(`${set}.cases.jsonl`, dir), 'utf8'), set, rules).filter((c) => c.expect !== null);
for (const v of args.length ? args : ['{}']) {
  const settings = matcherSettings(JSON.parse(v) as SettingsOverrides);
  const m = new IntentModel(settings);
  for (const r of rules) if (r.kind === 'faq') for (const [lang, list] of Object.entries(r.examples ?? {})) for (const t of list) m.add(r.id, t, lang, false);
  m.train();
  const by = new Map<string, [number, number, number]>();
  for (const c of cases) {
    const language = detectLanguage(c.text).code;
    const hits = m.search(analyze(c.text, language, settings.features).words, { language }).slice(0, 3).map((h) => m.ruleIds[h.rule]);
    for (const k of ['all', c.lang ?? '?']) {
      const s = by.get(k) ?? [0, 0, 0];
      s[0] += hits[0] === c.expect ? 1 : 0;
      s[1] += hits.includes(c.expect!) ? 1 : 0;
      s[2]++;
      by.set(k, s);
    }
  }
  console.log(`${v}: ${[...by].map(([k, [a, b, n]]) => `${k} ${(a / n).toFixed(3)}/${(b / n).toFixed(3)}`).join(' ')}`);
}
