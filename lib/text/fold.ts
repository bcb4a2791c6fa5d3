/**
 * The one way ShopReply folds text before comparing it: "already sent", "delivered", "accepted
 * as suggested", phrase search, the matcher and the compliance check all start from `foldText`,
 * so two of them can never disagree about whether two texts say the same thing.
 *
 * foldText:
 * - drops invisible format characters (zero-width space/joiners, soft hyphen, BOM, bidi marks);
 * - maps Cyrillic and Greek letters that look like Latin ones to Latin, inside words that are
 *   otherwise Latin ("WhаtsApp" with a Cyrillic а); genuine Cyrillic or Greek words are kept;
 * - NFKC (full-width letters and digits to half-width, half-width kana to full-width, ①→1, ligatures);
 * - lower case (final sigma as σ, so the result does not depend on where a word ends);
 * - collapses every run of white space to one space and trims.
 *
 * `foldWithSpans` gives the same text together with where each unit came from in the original,
 * so a finding can point at what the agent sees. Accents are kept; `withoutAccents` drops them
 * for the looser comparisons (search, matching, the compliance skeleton).
 */

/**
 * Invisible characters: Unicode category Cf of the BMP (zero-width space and joiners, soft hyphen,
 * bidi marks, BOM…) and the tag characters, plus the combining grapheme joiner and the Hangul
 * fillers. Written out as ranges because \p{Cf} under the u flag is several times slower here,
 * and this runs on every message the matcher reads.
 */
const INVISIBLE_SOURCE =
  '[\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u115f\\u1160\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb]|\\udb40[\\udc01\\udc20-\\udc7f]';
const HAS_INVISIBLE = new RegExp(INVISIBLE_SOURCE);
const INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'g');
/** White space that foldText would change: anything but single inner spaces. */
const LOOSE_SPACE = /[^\S ]| {2}|^ | $/;

/** Cyrillic and Greek letters drawn like a Latin letter, by the Latin letter they imitate. */
const CONFUSABLE: Record<string, string> = {
  // Cyrillic capitals and small letters.
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
  'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԛ': 'Q', 'Ԝ': 'W', 'Һ': 'H', 'Ԁ': 'D',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ѵ': 'v', 'ɡ': 'g', 'ı': 'i',
  // Greek capitals and small letters.
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
  'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  'α': 'a', 'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'υ': 'u', 'τ': 't',
  // Latin small capitals, which NFKC leaves alone.
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j',
  'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't',
  'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
};
const CONFUSABLE_CHAR = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`); // all in the BMP: no u flag needed (faster)
/** A word: letters with their marks (zero-width characters are gone by then). */
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN_OR_CONFUSABLE = new RegExp(`^(?:[\\p{Script=Latin}\\p{M}]|${CONFUSABLE_CHAR.source})+$`, 'u');

/** Maps look-alike letters to Latin in words made only of Latin and look-alike letters. */
function unconfuse(text: string): string {
  if (!CONFUSABLE_CHAR.test(text)) return text;
  return text.replace(WORD, (word) =>
    CONFUSABLE_CHAR.test(word) && LATIN_OR_CONFUSABLE.test(word) ? [...word].map((c) => CONFUSABLE[c] ?? c).join('') : word,
  );
}

/** The product-wide comparison form of a text (see the file comment). */
export function foldText(text: string): string {
  // Each step is skipped when it would change nothing: this runs on every message and example.
  let s = unconfuse(HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text).normalize('NFKC').toLowerCase();
  if (s.includes('ς')) s = s.replace(/ς/g, 'σ');
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Whether two texts read the same once folded (same message despite width, case, spacing, invisible characters). */
export const sameText = (a: string, b: string): boolean => foldText(a) === foldText(b);

/** Latin (and Greek, Cyrillic) diacritics dropped: é → e, ñ → n. Japanese voiced marks and Hangul are kept. */
export function withoutAccents(folded: string): string {
  return /[^\x00-\x7f]/.test(folded) ? folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : folded;
}

/** Folded text and, for each of its UTF-16 units, the [start, end) of the original it came from. */
export interface Folded {
  text: string;
  spans: Array<[number, number]>;
}

/**
 * The units NFKC may merge or reorder, folded together so the result is exactly foldText's: a
 * base character with its combining marks and half-width voiced marks (ﾊﾟ), a Hangul syllable
 * with the jamo that compose into it, or a run of marks with no base.
 */
const MARKS = '[\\p{M}\\uff9e\\uff9f]';
const CLUSTER = new RegExp(
  `(?:[\\u1100-\\u1112][\\u1161-\\u1175]|[\\uac00-\\ud7a3])[\\u11a8-\\u11c2]?${MARKS}*|\\P{M}${MARKS}*|${MARKS}+`,
  'suy',
);

/** `foldText` with a map back to the original text. Gives exactly `foldText(original)` as text. */
export function foldWithSpans(original: string): Folded {
  // Invisible characters go first (keeping where every remaining unit was), so the look-alike
  // step sees the same words as foldText does.
  let clean = '';
  const at: number[] = [];
  let last = 0;
  for (const m of original.matchAll(INVISIBLE)) {
    for (let i = last; i < m.index!; i++) at.push(i);
    clean += original.slice(last, m.index!);
    last = m.index! + m[0].length;
  }
  for (let i = last; i < original.length; i++) at.push(i);
  clean = unconfuse(clean + original.slice(last));
  at.push(original.length);

  let text = '';
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < clean.length; ) {
    const c = clean.charCodeAt(i);
    const next = clean.charCodeAt(i + 1);
    // Fast path: an ASCII character not followed by a combining mark folds to its lower case.
    if (c < 0x80 && !(next >= 0x300)) {
      text += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : clean[i];
      spans.push([at[i], at[i] + 1]);
      i++;
      continue;
    }
    CLUSTER.lastIndex = i;
    const m = CLUSTER.exec(clean)!;
    const piece = m[0].normalize('NFKC').toLowerCase().replace(/ς/g, 'σ');
    const span: [number, number] = [at[i], at[i + m[0].length - 1] + 1];
    text += piece;
    for (let k = 0; k < piece.length; k++) spans.push(span);
    i += m[0].length;
  }
  return collapseSpaces({ text, spans });
}

function collapseSpaces(f: Folded): Folded {
  if (f.text && !/^\S(?:\S| (?=\S))*$/.test(f.text)) return collapseRuns(f);
  return f;
}

function collapseRuns(f: Folded): Folded {
  let text = '';
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < f.text.length; i++) {
    if (/\s/.test(f.text[i])) {
      let j = i;
      while (j + 1 < f.text.length && /\s/.test(f.text[j + 1])) j++;
      if (text && j + 1 < f.text.length) {
        text += ' ';
        spans.push([f.spans[i][0], f.spans[j][1]]);
      }
      i = j;
      continue;
    }
    text += f.text[i];
    spans.push(f.spans[i]);
  }
  return { text, spans };
}

/**
 * Rewrites folded text, keeping the map to the original: each match of `re` (global) becomes
 * `replace(match)`. A replacement as long as its match keeps each unit's origin; otherwise all
 * its units point at the whole original range of the match.
 */
export function rewrite(f: Folded, re: RegExp, replace: (match: RegExpExecArray) => string): Folded {
  re.lastIndex = 0;
  const any = re.test(f.text);
  re.lastIndex = 0;
  if (!any) return f;
  let text = '';
  const spans: Array<[number, number]> = [];
  let last = 0;
  for (const m of f.text.matchAll(re)) {
    const at = m.index!;
    text += f.text.slice(last, at);
    spans.push(...f.spans.slice(last, at));
    const out = replace(m as RegExpExecArray);
    if (out.length === m[0].length) {
      // Unit for unit (the same text, or digits for numerals): each keeps its own origin.
      text += out;
      spans.push(...f.spans.slice(at, at + out.length));
    } else if (out && m[0].length) {
      const range: [number, number] = [f.spans[at][0], f.spans[at + m[0].length - 1][1]];
      text += out;
      for (let i = 0; i < out.length; i++) spans.push(range);
    } else if (out) {
      // An insertion at a point: it points at the character after it (or before, at the end).
      const near = f.spans[at] ?? f.spans[at - 1] ?? [0, 0];
      text += out;
      for (let i = 0; i < out.length; i++) spans.push(near);
    }
    last = at + m[0].length;
  }
  text += f.text.slice(last);
  spans.push(...f.spans.slice(last));
  return { text, spans };
}

/** Original [index, length) of folded [from, to). */
export function originalRange(f: Folded, from: number, to: number): { index: number; length: number } {
  let index = Infinity;
  let end = -Infinity;
  for (let i = from; i < to; i++) {
    index = Math.min(index, f.spans[i][0]);
    end = Math.max(end, f.spans[i][1]);
  }
  return { index, length: end - index };
}
