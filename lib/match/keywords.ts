import { analyze } from './features';
import type { FeatureSettings } from './settings';
import { scriptOf, stem, undouble } from './normalize';
import { stringSimilarity } from './similarity';
import type { Vocabulary } from './vocabulary';

/**
 * Keyword semantics (spec: `|` separates alternatives; each alternative is one keyword):
 * - contained as whole word(s) in the message, in order → 1;
 * - Chinese/Japanese (no spaces): contained anywhere → 1 (`快递到哪了` contains `快递`);
 * - Korean: a keyword word that starts a message word → 1 (particles glue on: 주문 ~ 주문이);
 * - same stems (order ~ orders, cancel ~ cancelling) → 0.95 per word;
 * - otherwise typo tolerance per word, 1 − edits / length ("trackng" ~ "tracking" = 0.875),
 *   averaged over the keyword's words weighted by length.
 * A keyword's score is the best over the message's word windows of the keyword's length.
 */

export interface KeywordEntry {
  rule: number;
  /** The alternative as written in the pack. */
  text: string;
  language: string;
  words: string[];
  /** CJK (no-space) keyword: its normalised text without spaces. */
  cjk?: string;
}

export interface KeywordHit {
  entry: KeywordEntry;
  score: number;
}

/** Least per-word similarity that still counts toward a fuzzy keyword match. */
const WORD_FLOOR = 0.6;
/** Least similarity for a message word to look up keywords through a near spelling. */
const LOOKUP_SIMILARITY = 0.7;

export function splitAlternatives(keyword: string): string[] {
  return keyword
    .split('|')
    .map((k) => k.trim())
    .filter(Boolean);
}

/** Similarity of a keyword word and a message word; below WORD_FLOOR it may come back as 0. */
function wordSimilarity(keywordWord: string, messageWord: string): number {
  if (keywordWord === messageWord) return 1;
  const kw = scriptOf(keywordWord);
  if (kw === 'hangul' && messageWord.startsWith(keywordWord)) return 1;
  if (kw !== 'other') return stringSimilarity(keywordWord, messageWord, WORD_FLOOR);
  if (undouble(messageWord) === keywordWord) return 1;
  if (stem(keywordWord) === stem(messageWord) || stem(keywordWord) === stem(undouble(messageWord))) return 0.95;
  return Math.max(stringSimilarity(keywordWord, messageWord, WORD_FLOOR), stringSimilarity(keywordWord, undouble(messageWord), WORD_FLOOR));
}

/** Score of one keyword against a message's words (and its spaceless CJK text). */
export function keywordScore(entry: Pick<KeywordEntry, 'words' | 'cjk'>, messageWords: string[], messageCjk: string): number {
  if (entry.cjk) {
    if (messageCjk.includes(entry.cjk)) return 1;
    const k = [...entry.cjk];
    const m = [...messageCjk];
    if (k.length < 3 || m.length < k.length - 1) return 0;
    // One changed character in a keyword of three or more: best window of the same length.
    let best = 0;
    for (let i = 0; i + k.length <= m.length; i++) best = Math.max(best, stringSimilarity(entry.cjk, m.slice(i, i + k.length).join('')));
    return best;
  }
  const kw = entry.words;
  if (!kw.length || messageWords.length < kw.length) return 0;
  // The usual case, contained word for word, scores 1 without any similarity computed.
  for (let i = 0; i + kw.length <= messageWords.length; i++) {
    let j = 0;
    while (j < kw.length && kw[j] === messageWords[i + j]) j++;
    if (j === kw.length) return 1;
  }
  const weights = kw.map((w) => [...w].length);
  const total = weights.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 0; i + kw.length <= messageWords.length; i++) {
    let sum = 0;
    let ok = true;
    for (let j = 0; j < kw.length; j++) {
      const s = wordSimilarity(kw[j], messageWords[i + j]);
      if (s < WORD_FLOOR) {
        ok = false;
        break;
      }
      sum += s * weights[j];
    }
    if (ok) best = Math.max(best, sum / total);
    if (best === 1) break;
  }
  return best;
}

/**
 * Index of every keyword alternative of a library. Each word of a keyword is a key (its surface
 * form and its stem; the first character for CJK and Hangul); a keyword is scored only when every
 * one of its words was found in the message (exactly, by stem, or through a near spelling), so a
 * common word such as "order" shared by thousands of keywords costs a count, not a score each.
 */
export class KeywordIndex {
  readonly entries: KeywordEntry[] = [];
  /** key → [keyword id, word index, keyword id, word index, …] */
  private readonly byKey = new Map<string, number[]>();
  private readonly need: number[] = [];

  add(rule: number, keyword: string, language: string, vocab: Vocabulary, fs?: FeatureSettings): void {
    for (const alt of splitAlternatives(keyword)) {
      const { words } = analyze(alt, language === '*' ? undefined : language, fs);
      if (!words.length) continue;
      const entry: KeywordEntry = { rule, text: alt, language, words };
      const allCjk = words.every((w) => scriptOf(w) === 'cjk');
      if (allCjk) entry.cjk = words.join('');
      const id = this.entries.length;
      this.entries.push(entry);
      for (const w of words) if (scriptOf(w) === 'other') vocab.add(w);
      const keys = this.keysOf(entry);
      keys.forEach((ks, i) => {
        for (const key of ks) {
          const list = this.byKey.get(key);
          if (list) list.push(id, i);
          else this.byKey.set(key, [id, i]);
        }
      });
      this.need.push(keys.length);
    }
  }

  /** Keys per keyword word (only the first character for a CJK keyword). */
  private keysOf(entry: KeywordEntry): string[][] {
    if (entry.cjk) return [[[...entry.cjk][0]]];
    return entry.words.slice(0, 30).map((w) => {
      if (scriptOf(w) === 'hangul') return [[...w][0]];
      const st = stem(w);
      return st === w ? [w] : [w, st];
    });
  }

  /** Keywords scoring above zero for a message, best per rule first. */
  search(messageWords: string[], vocab: Vocabulary, allowed?: (rule: number) => boolean): KeywordHit[] {
    if (!this.entries.length || !messageWords.length) return [];
    const found = new Map<number, number>(); // keyword id → bit mask of its words found
    const look = (key: string) => {
      const list = this.byKey.get(key);
      if (!list) return;
      for (let i = 0; i < list.length; i += 2) found.set(list[i], (found.get(list[i]) ?? 0) | (1 << list[i + 1]));
    };
    let cjk = '';
    for (const w of messageWords) {
      const script = scriptOf(w);
      if (script === 'cjk') {
        cjk += w;
        for (const ch of new Set(w)) look(ch);
      } else if (script === 'hangul') {
        for (const ch of new Set(w)) look(ch);
      } else {
        const keys = new Set([w, undouble(w), stem(w)]);
        for (const n of vocab.resolve(w, LOOKUP_SIMILARITY, 5)) {
          keys.add(n.word);
          keys.add(stem(n.word));
        }
        for (const k of keys) look(k);
      }
    }
    const best = new Map<number, KeywordHit>();
    for (const [id, mask] of found) {
      if (mask !== 2 ** this.need[id] - 1) continue;
      const entry = this.entries[id];
      if (allowed && !allowed(entry.rule)) continue;
      const score = keywordScore(entry, messageWords, cjk);
      if (score <= 0) continue;
      const prev = best.get(entry.rule);
      if (!prev || score > prev.score) best.set(entry.rule, { entry, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }
}
