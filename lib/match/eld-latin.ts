import table from './eld-latin.json';

/**
 * eld's detector (npm `eld` 2.1.0, © Nito T.M., Apache License 2.0), ported for its job here:
 * telling en, es, pt, fr and de apart. It reads eld's "small" n-gram table cut down to those five
 * languages (lib/match/eld-latin.json, written by scripts/eld-latin-table.ts): eld scores every
 * language on its own and a subset only filters the scores, so the answers are exactly those of
 * `eld/small` with `setLanguageSubset(['en', 'es', 'pt', 'fr', 'de'])`
 * (tests/unit/match/eld-latin.test.ts), from a table a sixth of the size.
 */

export interface EldLatinResult {
  /** ISO 639-1 code, or '' when no n-gram of the text is known. */
  language: string;
  /** Per language with a score, 0..1, best first (eld's getScores()). */
  scores: Array<[string, number]>;
  /** eld's isReliable(). */
  reliable: boolean;
}

const languages = table.languages as Record<string, string>;
/** Per n-gram: [eld language id, score, …]; read from the table's one string (see scripts/eld-latin-table.ts). */
const ngrams = readNgrams(table.ngrams, Object.keys(languages).map(Number).sort((a, b) => a - b), table.scoreBase);

function readNgrams(packed: string, ids: number[], scoreBase: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < packed.length; ) {
    const len = packed.charCodeAt(i) - 48;
    const gram = packed.slice(i + 1, i + 1 + len);
    i += 1 + len;
    const n = packed.charCodeAt(i++) - 48;
    const row: number[] = [];
    for (let k = 0; k < n; k++, i += 2) row.push(ids[packed.charCodeAt(i) - 48], packed.charCodeAt(i + 1) - scoreBase);
    out.set(gram, row);
  }
  return out;
}
const avgScore = table.avgScore as Record<string, number>;
const dictionary = [...table.dictionary];
/** Runs of non-letters split words; an apostrophe right after a word stays ("don't"). */
const separators = new RegExp(`[^${table.letters}]+(?<![\\x27\\x60\\u2019])`, 'gu');
/** eld subtracts this from every stored score to keep its tables small. */
const BASE_NGRAM_SCORE = 53;
const SCALE = 25;

export function detectEldLatin(input: string): EldLatinResult {
  const text = input.substring(0, 1000).replace(separators, ' ').trim().toLowerCase();
  const grams = byteNgrams(utf8Words(text));
  const sums: number[] = [];
  for (const gram of grams) {
    const row = ngrams.get(gram);
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) sums[row[i]] = (sums[row[i]] ?? 0) + row[i + 1] + BASE_NGRAM_SCORE;
  }
  let best = -1;
  let max = 0;
  sums.forEach((v, id) => {
    if (v > max) {
      max = v;
      best = id;
    }
  });
  if (best < 0) return { language: '', scores: [], reliable: false };
  const ordered: Array<[number, number]> = [];
  sums.forEach((v, id) => {
    if (v > 0) {
      const perGram = v / grams.size;
      ordered.push([id, perGram / (perGram + SCALE)]);
    }
  });
  ordered.sort((a, b) => b[1] - a[1]);
  // As eld computes it: the "next score" is the runner-up's language id, not its score.
  const next = ordered.length > 1 ? ordered[1][0] : 0;
  const reliable = grams.size >= 3 && !(avgScore[best] * 0.75 > ordered[0][1] || 0.01 > Math.abs(ordered[0][1] - next));
  return { language: languages[best], scores: ordered.map(([id, s]) => [languages[id], s]), reliable };
}

/** Words as strings of UTF-8 bytes, each byte one character of eld's dictionary. */
function utf8Words(str: string): string[] {
  let encoded = '';
  const words: string[] = [];
  let bytes = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > 350) break;
      } else encoded += str[i];
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)] + dictionary[0x80 | (code & 0x3f)];
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += dictionary[0xe0 | (code >> 12)] + dictionary[0x80 | ((code >> 6) & 0x3f)] + dictionary[0x80 | (code & 0x3f)];
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (code >> 18)] + dictionary[0x80 | ((code >> 12) & 0x3f)] + dictionary[0x80 | ((code >> 6) & 0x3f)] + dictionary[0x80 | (code & 0x3f)];
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** 4-byte n-grams with a stride of 3, word start and end marked by a space (eld's scheme). */
function byteNgrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}
