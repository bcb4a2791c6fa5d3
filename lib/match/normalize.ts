import { stemmer as porterStem } from 'stemmer';
import { foldText } from '../text/fold';
/**
 * Text normalisation and tokenisation for buyer chat messages in zh, en, es, pt, fr, de, ja, ko
 * (and any other language written with spaces). Pure functions: no browser or Node APIs except
 * `String.prototype.normalize`, which both have.
 */

/** The token that stands for a long digit run (order numbers, tracking numbers, phone numbers). */
export const NUMBER_TOKEN = '#';
/** Digit runs at least this long become NUMBER_TOKEN. */
const LONG_DIGITS = 5;

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Characters of scripts written without spaces between words (Chinese, Japanese). */
export function isCjkChar(ch: string): boolean {
  return HAN.test(ch) || KANA.test(ch);
}
export function isHangulChar(ch: string): boolean {
  return HANGUL.test(ch);
}
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/**
 * Chat text → a canonical, space-separated string:
 * - NFKC (full-width Latin and digits to half-width, half-width kana to full-width, ligatures);
 * - lower case, ß → ss, accents folded on Latin letters only (é → e, ñ → n, ç → c) — Hangul and
 *   Japanese voiced marks are kept whole;
 * - punctuation, symbols and emoji become spaces; apostrophes join contractions (don't → dont)
 *   but split French/Portuguese elisions (l'avez → l avez);
 * - a letter repeated three times or more is kept twice (pleeeease → pleease; the matcher
 *   also tries the single-letter spelling when the double one is unknown);
 * - a run of 5 or more digits (maybe split by spaces or dashes) becomes "#".
 */
export function normalize(text: string): string {
  let s = foldText(text).replace(/ß/g, 'ss');
  // Fold accents on Latin (and Greek/Cyrillic) letters: decompose, drop combining diacritics
  // U+0300–U+036F, recompose. Japanese dakuten (U+3099) and Hangul jamo are untouched.
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  // Elisions and contractions.
  // (Anchored at the start of a letter run, so a long run without spaces is read once, not once
  // per letter: Chinese and Japanese messages have no spaces.)
  s = s.replace(/(?<!\p{L})(\p{L}+)['’‘`´](\p{L}+)/gu, (_w, a: string, b: string) =>
    (/^(?:[cdjlmnst]|qu)$/.test(a) && /^[aeiouyh]/.test(b)) ? `${a} ${b}` : `${a}${b}`,
  );
  // Letters with long digits glued on (order ids such as "so12345678") are one token.
  // So are tracking numbers that mix letters and digits ("1Z999AA10123456784", "LP00123456789CN").
  s = s.replace(/[a-z\d]*\d[a-z\d]*/g, (tok) => (/[a-z]/.test(tok) && tok.replace(/[a-z]/g, '').length >= LONG_DIGITS ? ` ${NUMBER_TOKEN} ` : tok));
  // Long digit runs, possibly grouped ("5769 1234 0098", "576-912-3400"), are one token.
  s = s.replace(/\d+(?:[ -]\d{3,})*/g, (run) => {
    const groups = run.split(/[ -]/);
    const long = groups.join('').length >= LONG_DIGITS && (groups.length === 1 || groups.every((g) => g.length >= 3));
    return long ? ` ${NUMBER_TOKEN} ` : run;
  });
  // Everything that is not a letter, mark, digit or the number token becomes a space.
  s = s.replace(/[^\p{L}\p{M}\p{N}#]+/gu, ' ');
  // Marks left without a letter (emoji variation selectors, stray combining marks).
  s = s.replace(/(^|[^\p{L}\p{N}\p{M}])\p{M}+/gu, '$1');
  // Stretched letters (not digits).
  s = s.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes the doubled letters a stretched word may keep ("pleease" → "please", "soo" → "so"). */
export function undouble(word: string): string {
  return memo(undoubleCache, word, (w) => w.replace(/(\p{L})\1+/gu, '$1'));
}

const undoubleCache = new Map<string, string>();
const stemCache = new Map<string, string>();
/** Small bounded memo for per-word functions called on every message word. */
function memo(cache: Map<string, string>, key: string, f: (k: string) => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 50000) cache.clear();
    v = f(key);
    cache.set(key, v);
  }
  return v;
}

/** A normalised message cut into words; CJK runs stay whole here (see `cjkGrams`). */
export function words(normalized: string): string[] {
  if (!normalized) return [];
  const out: string[] = [];
  for (const chunk of normalized.split(' ')) {
    if (!chunk) continue;
    // Split where a CJK run meets other letters ("iphone15快递" → "iphone15", "快递").
    let last = 0;
    for (const m of chunk.matchAll(CJK_RUN)) {
      if (m.index! > last) out.push(chunk.slice(last, m.index));
      out.push(m[0]);
      last = m.index! + m[0].length;
    }
    if (last < chunk.length) out.push(chunk.slice(last));
  }
  return out;
}

export function isCjkWord(word: string): boolean {
  return word.length > 0 && isCjkChar(word[0]);
}

/** Unigrams and bigrams of a CJK run: robust to how a short text would be segmented. */
export function cjkGrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    out.push(chars[i]);
    if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

/**
 * The stem of a Latin-script word: the Porter stemmer (the `stemmer` package), so that
 * "deliver", "delivered" and "delivering", or "customise" and "customisation", meet; digits and
 * other scripts are left as they are. Spanish, Portuguese, French and German words get their own
 * Snowball stemmer instead (stemmers.ts).
 */
export function stem(word: string): string {
  return memo(stemCache, word, stemUncached);
}

function stemUncached(word: string): string {
  return word.length <= 2 || !/^[a-z]+$/.test(word) ? word : porterStem(word);
}

/** Hangul words also give their two-syllable grams, since particles glue on (주문이, 주문을). */
export function hangulGrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The script class of a normalised word, for per-script behaviour. */
export function scriptOf(word: string): 'cjk' | 'hangul' | 'other' {
  if (isCjkWord(word)) return 'cjk';
  if (isHangulChar(word[0] ?? '')) return 'hangul';
  return 'other';
}
