/**
 * Measures language-detection candidates on short chat messages (tests/fixtures/lang/chat-messages.jsonl):
 * accuracy overall and per language, and microseconds per message.
 *   npx tsx scripts/lib-bench/lang-bench.ts [--json]
 */
import { readFileSync } from 'node:fs';
import { detectLanguage, lexiconLanguage } from '../../lib/match/language';
import { candidates, LANGS, type Detect } from './lang-candidates';

const set = process.argv.find((a) => a.startsWith('--set='))?.slice(6) ?? 'chat-messages';
/** --file=PATH: any JSON Lines file with `text` and `lang` per line (e.g. the massive8 cases). */
const path = process.argv.find((a) => a.startsWith('--file='))?.slice(7);
const file = path ? new URL(path, `file://${process.cwd()}/`) : new URL(`../../tests/fixtures/lang/${set}.jsonl`, import.meta.url);
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; lang: string });

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Script rules for CJK, a library for the rest. */
const withScripts = (lib: Detect): Detect => (t) => (CJK.test(t) ? detectLanguage(t).code : lib(t));
const lexicon = withScripts((t) => lexiconLanguage(t).code);

const all: Record<string, Detect> = {};
for (const [name, c] of Object.entries(candidates)) {
  all[name] = c.detect;
  all[`script rules + ${name}`] = withScripts(c.detect);
}
all['script rules + built-in lexicon only'] = lexicon;
all['script rules + built-in lexicon, tinyld/light when und'] = (t) => {
  const d = lexicon(t);
  return d === 'und' ? candidates['tinyld/light (8 langs)'].detect(t) : d;
};

all['script rules + eld/extrasmall (8 langs) + lexicon when eld has no answer'] = withScripts((t) => {
  const d = candidates['eld/extrasmall (8 langs)'].detect(t);
  return d === 'und' ? lexicon(t) : d;
});
all['script rules + eld/extrasmall (en es pt fr de) + lexicon when eld has no answer'] = withScripts((t) => {
  const d = candidates['eld/extrasmall (en es pt fr de)'].detect(t);
  return d === 'und' ? lexicon(t) : d;
});
all['**chosen: detectLanguage() = script rules + eld/small cut to en es pt fr de (lib/match/eld-latin) + lexicon fallback**'] = (t) => detectLanguage(t).code;

const rows: Array<Record<string, unknown>> = [];
for (const [name, detect] of Object.entries(all)) {
  for (const c of cases.slice(0, 20)) detect(c.text); // warm up
  const byLang: Record<string, number> = {};
  let right = 0;
  const wrong: string[] = [];
  const t0 = performance.now();
  const got = cases.map((c) => detect(c.text));
  const us = ((performance.now() - t0) * 1000) / cases.length;
  cases.forEach((c, i) => {
    if (got[i] === c.lang) {
      right++;
      byLang[c.lang] = (byLang[c.lang] ?? 0) + 1;
    } else wrong.push(`${c.lang}→${got[i]}: ${c.text}`);
  });
  rows.push({ name, accuracy: right / cases.length, usPerMessage: us, byLang, wrong });
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else {
  console.log(`${cases.length} messages, ${LANGS.length} languages\n`);
  console.log(`| detector | accuracy | ${LANGS.join(' | ')} | µs/message |`);
  console.log(`| --- | --- | ${LANGS.map(() => '---').join(' | ')} | --- |`);
  for (const r of rows) {
    const by = r.byLang as Record<string, number>;
    const n = (l: string) => cases.filter((c) => c.lang === l).length;
    console.log(`| ${String(r.name)} | ${(r.accuracy as number).toFixed(3)} | ${LANGS.map((l) => ((by[l] ?? 0) / n(l)).toFixed(2)).join(' | ')} | ${(r.usPerMessage as number).toFixed(1)} |`);
  }
  if (process.argv.includes('--wrong')) for (const r of rows) console.log(`\n${String(r.name)}:\n  ${(r.wrong as string[]).join('\n  ')}`);
}
