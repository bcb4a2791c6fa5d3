/**
 * Writes lib/match/eld-latin.json: eld's "small" n-gram table cut down to the five Latin-script
 * languages the detector asks eld about (en, es, pt, fr, de), with the pieces of eld its port in
 * lib/match/eld-latin.ts needs (byte dictionary, letter class, average scores).
 *
 *   npx tsx scripts/eld-latin-table.ts
 *
 * eld scores each language on its own (a sum over the message's n-grams) and a language subset
 * only filters the sums, so the cut table gives exactly the answers of eld/small with
 * setLanguageSubset(those five) — tests/unit/match/eld-latin.test.ts checks that — at a sixth of
 * the size (the whole table is 1.6 MB, most of the worker bundle).
 * eld 2.1.0 is © Nito T.M., Apache License 2.0 (node_modules/eld/LICENSE).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LANGS = ['en', 'es', 'pt', 'fr', 'de'];
const eldFile = (path: string) => new URL(`../node_modules/eld/src/${path}`, import.meta.url).href;

const { ngramsData } = (await import(eldFile('ngrams/small.js'))) as {
  ngramsData: { type: string; languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
};
const { dictionary } = (await import(eldFile('dictionary.js'))) as { dictionary: string[] };
const { avgScore } = (await import(eldFile('avgScore.js'))) as { avgScore: Record<string, number> };
const regexSource = readFileSync(new URL(eldFile('regexPatterns.js')), 'utf8');
const letters = /'bmp': '([^']+)'/.exec(regexSource)?.[1];
if (!letters) throw new Error('eld-latin-table: the letter class was not found in eld/src/regexPatterns.js');
const version = (JSON.parse(readFileSync(new URL('../node_modules/eld/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** eld's own language ids, kept: its tie-breaks and reliability check depend on them. */
const ids = Object.entries(ngramsData.languages)
  .filter(([, code]) => LANGS.includes(code))
  .map(([id]) => Number(id))
  .sort((a, b) => a - b);
/**
 * The n-grams in one string (a JSON object of 13,853 keys and arrays was a third bigger in the
 * worker bundle): per n-gram, its length (a digit), the n-gram, the number of languages (a digit),
 * then per language its index into `languages` (a digit) and its score as one character
 * (SCORE_BASE + score). lib/match/eld-latin.ts reads it back.
 */
const SCORE_BASE = 0x30;
let ngrams = '';
let kept = 0;
for (const [gram, scores] of Object.entries(ngramsData.ngrams)) {
  const row: string[] = [];
  ids.forEach((id, i) => {
    if (scores[id] === undefined) return;
    if (!(scores[id] >= 0 && scores[id] + SCORE_BASE < 0xd800)) throw new Error(`eld-latin-table: score ${scores[id]} out of range`);
    row.push(String(i) + String.fromCharCode(SCORE_BASE + scores[id]));
  });
  if (!row.length) continue;
  if (gram.length > 9) throw new Error(`eld-latin-table: n-gram of ${gram.length} characters`);
  ngrams += `${gram.length}${gram}${row.length}${row.join('')}`;
  kept++;
}

const table = {
  about: `eld ${version} (Nito T.M., Apache-2.0) "${ngramsData.type}" n-grams for ${LANGS.join(', ')}; written by scripts/eld-latin-table.ts`,
  languages: Object.fromEntries(ids.map((id) => [id, ngramsData.languages[id]])),
  avgScore: Object.fromEntries(ids.map((id) => [id, avgScore[ngramsData.languages[id]]])),
  dictionary: dictionary.join(''),
  /** eld's class of letters (Unicode L in the BMP), in RegExp source form. */
  letters,
  scoreBase: SCORE_BASE,
  ngrams,
};
const out = new URL('../lib/match/eld-latin.json', import.meta.url);
writeFileSync(out, JSON.stringify(table) + '\n');
console.log(`${kept} of ${Object.keys(ngramsData.ngrams).length} n-grams, ${JSON.stringify(table).length} bytes → ${out.pathname}`);
