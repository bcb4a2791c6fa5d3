import { koreanStem } from '../korean';
import { stem } from '../normalize';
import { cjkWords } from '../segment';
import { stemFor } from '../stemmers';
import SHIPPED from './cldr-emoji.json';
/**
 * A general multilingual lexicon: Unicode CLDR's emoji annotations (a table written by
 * scripts/lib-bench/lexicon-table.ts; Unicode License v3). Every keyword of the eight languages
 * stands for the emoji it names (알람, alarm, Wecker, 闹钟 → ⏰), so words of different languages
 * that name the same things meet in the model, as shop words do through the concept layer.
 *
 * Lookup of one normalised word in a language:
 * - Latin: its stem (the language's stemmer, as the model stems it) against the stems of that
 *   language's keywords (an unknown language: English);
 * - Chinese/Japanese runs: every keyword of two characters or more found in the run, and the
 *   segmenter's words of the run, in zh and ja (the message's own first when it is one of them);
 * - Hangul: the word, its stem without particles and endings, and its leading syllables.
 * The result is a list of senses, each the emoji one keyword names, with the keyword's key (a
 * Latin stem, or the CJK/Hangul keyword).
 *
 * The shipped table (cldr-emoji.json, ~100 kB of the worker) keeps keywords naming 4 to 24 emoji;
 * the whole of CLDR's is ~500 kB (docs/engine.md, "The CLDR lexicon"). The measuring tools load
 * other cuts with `setLexicon` (LEXICON=file).
 */
export interface Sense {
  key: string;
  ids: number[];
}
export interface LexiconTable {
  source: string;
  emoji: string;
  keywords: Record<string, string>;
}

const LATIN = ['en', 'es', 'pt', 'fr', 'de'];
/** Emoji ids are two base-62 digits each (scripts/lib-bench/lexicon-table.ts). */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Longest CJK keyword looked up inside a run. */
const MAX_CJK = 6;

export class Lexicon {
  readonly emoji: readonly string[];
  private readonly latin = new Map<string, Map<string, number[]>>();
  private readonly cjk = new Map<string, Map<string, number[]>>();
  private readonly hangul = new Map<string, number[]>();

  constructor(table: LexiconTable) {
    this.emoji = table.emoji.split(' ');
    for (const [lang, rows] of Object.entries(table.keywords)) {
      const into = LATIN.includes(lang) ? new Map<string, number[]>() : lang === 'ko' ? this.hangul : new Map<string, number[]>();
      if (LATIN.includes(lang)) this.latin.set(lang, into);
      else if (lang !== 'ko') this.cjk.set(lang, into);
      for (const row of rows.split('|')) {
        const sp = row.indexOf(' ');
        const word = row.slice(0, sp);
        const ids: number[] = [];
        for (let i = sp + 1; i + 1 < row.length; i += 2) ids.push(DIGITS.indexOf(row[i]) * 62 + DIGITS.indexOf(row[i + 1]));
        const key = LATIN.includes(lang) ? stemFor(word, lang) : word;
        const prev = into.get(key);
        into.set(key, prev ? [...new Set([...prev, ...ids])] : ids);
      }
    }
  }

  /** The senses (emoji ids) of one normalised word of a text in `language`. */
  senses(word: string, script: 'cjk' | 'hangul' | 'other', language: string | undefined): Sense[] {
    if (script === 'other') {
      const lang = language && this.latin.has(language) ? language : 'en';
      const key = lang === 'en' ? stem(word) : stemFor(word, lang);
      const hit = this.latin.get(lang)!.get(key);
      return hit ? [{ key, ids: hit }] : [];
    }
    if (script === 'hangul') {
      const out: Sense[] = [];
      const seen = new Set<string>();
      const add = (k: string) => {
        if (seen.has(k)) return;
        seen.add(k);
        const hit = this.hangul.get(k);
        if (hit) out.push({ key: k, ids: hit });
      };
      add(word);
      add(koreanStem(word));
      if (!out.length) {
        const chars = [...word];
        for (let n = Math.min(chars.length - 1, MAX_CJK); n >= 2 && !out.length; n--) add(chars.slice(0, n).join(''));
      }
      return out;
    }
    const tables = language === 'ja' ? ['ja', 'zh'] : ['zh', 'ja'];
    const out: Sense[] = [];
    const chars = [...word];
    const found = new Set<string>();
    for (let i = 0; i < chars.length; i++) {
      for (let n = 2; n <= MAX_CJK && i + n <= chars.length; n++) found.add(chars.slice(i, i + n).join(''));
    }
    for (const w of cjkWords(word)) found.add(w);
    if (chars.length === 1) found.add(word);
    for (const k of found) {
      for (const t of tables) {
        const hit = this.cjk.get(t)!.get(k);
        if (hit) {
          out.push({ key: k, ids: hit });
          break;
        }
      }
    }
    return out;
  }
}

let shared: Lexicon | null | undefined;
/** The lexicon in use: the shipped table (built on first use), or the one given to setLexicon. */
export function lexicon(): Lexicon | undefined {
  if (shared === undefined) shared = new Lexicon(SHIPPED as LexiconTable);
  return shared ?? undefined;
}

/** Uses another lexicon table (null: none; undefined: the shipped one again), for tools and tests.
 * Models built before and after differ: rebuild them. */
export function setLexicon(table: LexiconTable | null | undefined): void {
  shared = table === undefined ? undefined : table === null ? null : new Lexicon(table);
}
