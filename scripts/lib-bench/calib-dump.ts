/**
 * Development aid: dump raw model hits of replay cases and of left-out examples (the calibration
 * evidence), for studying score calibration offline.
 *   npx tsx scripts/lib-bench/calib-dump.ts OUT.json SET[:CASES] … ['{"features":{"segmenter":false}}']
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parsePackOrThrow } from '../../lib/pack/parse';
import { rulesFromPack } from '../../lib/match/pack';
import { IntentModel } from '../../lib/match/model';
import { analyze } from '../../lib/match/features';
import { detectLanguage } from '../../lib/match/language';
import { matcherSettings } from '../../lib/match/settings';
import { parseCases } from './replay-core';

const dir = new URL('../../tests/fixtures/benchmarks/', import.meta.url);
const args = process.argv.slice(3);
const settings = matcherSettings(args[args.length - 1]?.startsWith('{') ? JSON.parse(args.pop()!) : {});
const out: Record<string, unknown> = {};
for (const s of args) {
  const [pack, cases = pack] = s.split(':');
  const file = pack.includes('/') ? pack : new URL(`${pack}.pack.json`, dir);
  const rules = rulesFromPack(parsePackOrThrow(readFileSync(file, 'utf8'), pack));
  const cs = parseCases(readFileSync(cases.includes('/') ? cases : new URL(`${cases}.cases.jsonl`, dir), 'utf8'), cases, rules);
  const m = new IntentModel(settings);
  for (const r of rules) if (r.kind === 'faq') for (const [lang, list] of Object.entries(r.examples ?? {})) for (const t of list) m.add(r.id, t, lang, false);
  m.train();
  const top = (hits: ReturnType<IntentModel['search']>) => hits.slice(0, 5).map((h) => [m.ruleIds[h.rule], Math.round(h.cosine * 1e4) / 1e4]);
  const caseHits = cs.map((c) => {
    const language = detectLanguage(c.text).code;
    return { expect: c.expect, lang: c.lang, hits: top(m.search(analyze(c.text, language, settings.features).words, { language })) };
  });
  const loo = [];
  const lro = [];
  for (let ex = 0; ex < m.exampleCount; ex++) {
    const language = m.exLang[ex];
    const words = analyze(m.exText[ex], language, settings.features).words;
    loo.push({ expect: m.ruleIds[m.exRule[ex]], lang: language, hits: top(m.search(words, { language, exclude: ex })) });
    const own = m.exRule[ex];
    lro.push({ expect: null, lang: language, hits: top(m.search(words, { language, exclude: ex, allowed: (r) => r !== own })) });
  }
  out[pack] = { cases: caseHits, loo, lro, classifier: m.hasClassifier };
  const inS = caseHits.filter((c) => c.expect !== null);
  const t1 = inS.filter((c) => c.hits[0]?.[0] === c.expect).length / inS.length;
  const t3 = inS.filter((c) => c.hits.slice(0, 3).some((h) => h[0] === c.expect)).length / inS.length;
  console.error(`${pack}: ranking top1 ${t1.toFixed(3)} top3 ${t3.toFixed(3)} (in scope, nothing withheld)`);
}
writeFileSync(process.argv[2], JSON.stringify(out));
