import { koreanStem } from '../korean';
import { stem } from '../normalize';
import { cjkWords } from '../segment';
import { stemFor } from '../stemmers';
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
 * The table is NOT part of the extension: the whole of it is ~500 kB and the worker has ~40 kB to
 * spare under its 800 kB limit; pruned to fit, it no longer helps (docs/engine.md, "The CLDR
 * lexicon"). It is loaded with `setLexicon` by the measuring tools (LEXICON=file).
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
        const ids = row.slice(sp + 1).split(',').map((x) => parseInt(x, 36));
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

let shared: Lexicon | undefined;
/** The lexicon loaded with setLexicon, if any (FeatureSettings.lexiconWeight needs one). */
export function lexicon(): Lexicon | undefined {
  return shared;
}

/** Loads a lexicon table (undefined: none). Models built before and after differ: rebuild them. */
export function setLexicon(table: LexiconTable | undefined): void {
  shared = table ? new Lexicon(table) : undefined;
}
