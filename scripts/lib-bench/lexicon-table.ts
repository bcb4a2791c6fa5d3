/**
 * Writes a lexicon table (lib/match/lexicon), a general multilingual lexicon
 * (docs/engine.md, "The CLDR lexicon"), from Unicode CLDR's emoji annotations: for ~2,000 emoji,
 * the keywords people use for them in every language (⏰: alarm, Wecker, réveil, alarma, 闹钟,
 * アラーム, 알람…). A word of any of the eight languages then stands for the emoji it names, so
 * words of different languages that name the same things meet.
 *
 * The data is not a dependency of the extension: install it anywhere, then point this script at it.
 *   npm install --no-save --prefix /tmp/cldr cldr-annotations-full@48.2.0
 *   npx tsx scripts/lib-bench/lexicon-table.ts /tmp/cldr/node_modules/cldr-annotations-full --out lib/match/lexicon/cldr-emoji.json
 * (the shipped table: --max-emoji 24 --min-emoji 4, the defaults, ~100 kB of the worker bundle). Other
 * cuts are measured with LEXICON=/tmp/lexicon.json npx tsx scripts/lib-bench/tune.ts '{}' (docs/engine.md).
 *
 * What is kept (to stay small; nothing chosen on a benchmark's words):
 * - the eight languages of the engine; the base annotations (not the derived skin-tone variants);
 * - keywords of one word: a Latin word (normalised as the engine does, 2 letters or more), a CJK
 *   run or a Hangul word; Latin phrases are left out (their words are keywords of their own);
 * - a keyword naming at most `--max-emoji` emoji (a keyword of more, such as "face" or "symbol",
 *   says little) and at least `--min-emoji` (the whole table is ~500 kB, and the worker bundle has
 *   room for about a fifth of it: a keyword of one emoji, such as an animal's or a dish's name, is
 *   the narrowest and the first to go);
 * - emoji named by kept keywords in at least two languages (else they link no languages), and
 *   not the skin-tone modifiers, keycaps and plain ASCII signs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, words as splitWords } from '../../lib/match/normalize';

const LANGUAGES = ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko'] as const;
const args = process.argv.slice(2);
const from = args[0]?.startsWith('--') ? undefined : args[0];
const outAt = args.indexOf('--out');
if (!from || outAt < 0 || !args[outAt + 1]) throw new Error('usage: lexicon-table.ts <dir of cldr-annotations-full> --out FILE [--max-emoji N] [--min-emoji N]');
const flag = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const maxEmoji = flag('--max-emoji', 24);
const minEmoji = flag('--min-emoji', 4);
const out = args[outAt + 1];
// lib/match/lexicon/cldr-emoji.json, the shipped table, is written with --min-emoji 4 (docs/engine.md).

const pkg = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { version: string };
const skip = (e: string) => /^[\x00-\x7f]/.test(e) || /[\u{1F3FB}-\u{1F3FF}\u20E3]/u.test(e);

/** keyword → emoji, per language */
const byLang = new Map<string, Map<string, Set<string>>>();
for (const lang of LANGUAGES) {
  const data = JSON.parse(readFileSync(join(from, 'annotations', lang, 'annotations.json'), 'utf8')) as {
    annotations: { annotations: Record<string, { default?: string[] }> };
  };
  const kws = new Map<string, Set<string>>();
  for (const [emoji, a] of Object.entries(data.annotations.annotations)) {
    if (skip(emoji)) continue;
    for (const k of a.default ?? []) {
      const ws = splitWords(normalize(k));
      if (ws.length !== 1) continue;
      const w = ws[0];
      if (/^[a-z]/.test(w) ? !/^[a-z]{2,}$/.test(w) : /[0-9a-z]/.test(w)) continue;
      let s = kws.get(w);
      if (!s) kws.set(w, (s = new Set()));
      s.add(emoji);
    }
  }
  for (const [k, s] of kws) if (s.size > maxEmoji || s.size < minEmoji) kws.delete(k);
  byLang.set(lang, kws);
}
// Emoji named in at least two languages.
const langsOf = new Map<string, Set<string>>();
for (const [lang, kws] of byLang) for (const s of kws.values()) for (const e of s) (langsOf.get(e) ?? langsOf.set(e, new Set()).get(e)!).add(lang);
const emoji = [...langsOf].filter(([, ls]) => ls.size >= 2).map(([e]) => e).sort();
if (emoji.length > 62 * 62) throw new Error('lexicon-table: more emoji than two base-62 digits can number');
const id = new Map(emoji.map((e, i) => [e, i]));
/** An emoji's index in two base-62 digits (ids follow a keyword without separators). */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const base62 = (i: number) => DIGITS[Math.floor(i / 62)] + DIGITS[i % 62];
const table: Record<string, string> = {};
let keywords = 0;
for (const [lang, kws] of byLang) {
  const rows: string[] = [];
  for (const [k, s] of [...kws].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ids = [...s].filter((e) => id.has(e)).map((e) => id.get(e)!).sort((a, b) => a - b);
    if (ids.length) rows.push(`${k} ${ids.map(base62).join('')}`);
  }
  keywords += rows.length;
  table[lang] = rows.join('|');
}
writeFileSync(
  out,
  `${JSON.stringify({
    source: `Unicode CLDR emoji annotations (npm cldr-annotations-full ${pkg.version}), Unicode License v3; built by scripts/lib-bench/lexicon-table.ts --max-emoji ${maxEmoji} --min-emoji ${minEmoji}`,
    emoji: emoji.join(' '),
    keywords: table,
  })}\n`,
);
console.log(`${emoji.length} emoji, ${keywords} keywords, ${readFileSync(out).length} bytes → ${out}`);
