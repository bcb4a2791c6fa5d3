/**
 * Development aid: replay every benchmark under variants of the matcher settings (the sets the
 * one default setting was chosen on; docs/engine.md). Each argument is a JSON settings override:
 *   npx tsx scripts/lib-bench/tune.ts '{}' '{"calibration":{"leadAt":0.25}}'
 * LANGS=zh,ja adds those languages' accuracies; AUTO=1 what auto-send would send and how often right; SETS=massive8,starter replays only those sets
 * (m8x, shopen, shopzh: the cross-lingual packs, replayed only when named).
 */
import { readFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { createMatcher } from '../../lib/match/matcher';
import { rulesFromPack } from '../../lib/match/pack';
import { matcherSettings, type SettingsOverrides } from '../../lib/match/settings';
import { lexiconFromEnv } from './lexicon-env';

lexiconFromEnv();
import { parseCases, replay } from './replay-core';

const root = new URL('../../', import.meta.url);
const B = 'tests/fixtures/benchmarks/';
const SETS: Array<[string, string, string]> = [
  ['massive8', `${B}massive8-fewshot.pack.json`, `${B}massive8-fewshot.cases.jsonl`],
  ['sofmattress', `${B}hint3-sofmattress.pack.json`, `${B}hint3-sofmattress.cases.jsonl`],
  ['curekart', `${B}hint3-curekart.pack.json`, `${B}hint3-curekart.cases.jsonl`],
  ['bitext', `${B}bitext-en.pack.json`, `${B}bitext-en.cases.jsonl`],
  ['starter', 'lib/pack/starter/starter.pack.json', 'tests/fixtures/starter-cases.jsonl'],
  // Cross-lingual sets (examples in one language): only when named in SETS.
  ['m8x', `${B}massive8-crosslingual.pack.json`, `${B}massive8-fewshot.cases.jsonl`],
  ['shopen', `${B}shop-crosslingual-en.pack.json`, `${B}shop-crosslingual.cases.jsonl`],
  ['shopzh', `${B}shop-crosslingual-zh.pack.json`, `${B}shop-crosslingual.cases.jsonl`],
];
const CROSS = ['m8x', 'shopen', 'shopzh'];
const only = process.env.SETS?.split(',');
const loaded = SETS.filter(([name]) => (only ? only.includes(name) : !CROSS.includes(name))).map(([name, pack, cases]) => {
  const rules = rulesFromPack(parsePackOrThrow(readFileSync(new URL(pack, root), 'utf8'), pack));
  return { name, rules, cases: parseCases(readFileSync(new URL(cases, root), 'utf8'), cases, rules) };
});
const variants = process.argv.slice(2);
if (!variants.length) variants.push('{}');
console.log(`variant | ${loaded.map((l) => l.name).join(' | ')}   (accuracy top3 worst-language)`);
for (const v of variants) {
  const settings = matcherSettings(JSON.parse(v) as SettingsOverrides);
  const cells = loaded.map((l) => {
    const { summary: s } = replay(createMatcher(l.rules, settings), l.cases);
    const worst = Math.min(...Object.values(s.byLanguage).map((b) => b.accuracy));
    const langs = (process.env.LANGS ?? '').split(',').filter((l) => s.byLanguage[l]);
    const per = langs.map((l) => ` ${l} ${s.byLanguage[l].accuracy.toFixed(3)}`).join('');
    const auto = process.env.AUTO ? ` auto ${s.autoSend.toFixed(2)}/${s.autoSendRight?.toFixed(3) ?? '-'}` : '';
    return `${s.accuracy.toFixed(3)} ${s.top3?.toFixed(3) ?? '-'} ${worst.toFixed(2)}${per}${auto}`;
  });
  console.log(`${v} | ${cells.join(' | ')}`);
}
