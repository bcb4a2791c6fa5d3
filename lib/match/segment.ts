/**
 * Chinese and Japanese words from `Intl.Segmenter` (ICU dictionaries, built into Chrome and Node:
 * no dependency). The engine keeps the character uni- and bigrams too: they meet where the
 * segmenter cuts a short text differently, and the words add what bigrams cannot see (ください,
 * 配送料, 退货退款). Measured in docs/engine.md.
 */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
let zh: Intl.Segmenter | undefined;
let ja: Intl.Segmenter | undefined;
const cache = new Map<string, string[]>();

/** Word segments (two characters or more) of a CJK run. */
export function cjkWords(run: string): string[] {
  let v = cache.get(run);
  if (v) return v;
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return [];
  const seg = KANA.test(run) ? (ja ??= new Intl.Segmenter('ja', { granularity: 'word' })) : (zh ??= new Intl.Segmenter('zh', { granularity: 'word' }));
  v = [];
  for (const s of seg.segment(run)) if (s.isWordLike && [...s.segment].length >= 2) v.push(s.segment);
  if (cache.size > 20000) cache.clear();
  cache.set(run, v);
  return v;
}
