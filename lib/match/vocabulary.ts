import { editDistance, trigrams } from './similarity';
import { undouble } from './normalize';

/** Words shorter than this are never matched fuzzily (too many neighbours at one edit). */
export const MIN_FUZZY_LENGTH = 4;
/** Near-spelling candidates verified with an edit distance, per unknown word. */
const VERIFY = 24;
/** The loosest similarity and longest list any caller asks resolve() for (cached). */
const RESOLVE_FLOOR = 0.7;
const RESOLVE_LIMIT = 5;

export interface Neighbour {
  word: string;
  similarity: number;
}

/**
 * The set of surface words the library knows (from keywords and examples), with a trigram index
 * so that a misspelt message word finds its near spellings without scanning the vocabulary.
 */
export class Vocabulary {
  private readonly known = new Set<string>();
  private readonly byTrigram = new Map<string, string[]>();

  has(word: string): boolean {
    return this.known.has(word);
  }

  get size(): number {
    return this.known.size;
  }

  words(): string[] {
    return [...this.known];
  }

  /** Resolved words, dropped whenever the vocabulary grows. */
  private readonly cache = new Map<string, Neighbour[]>();

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
    this.cache.clear();
    if ([...word].length < MIN_FUZZY_LENGTH || word === '#') return;
    for (const g of new Set(trigrams(word))) {
      const list = this.byTrigram.get(g);
      if (list) list.push(word);
      else this.byTrigram.set(g, [word]);
    }
  }

  /**
   * The known spellings of a message word: itself when known, its un-stretched form
   * ("pleease" → "please"), else known words at similarity ≥ minSimilarity (best first, at most
   * `limit`).
   */
  resolve(word: string, minSimilarity: number, limit = 3): Neighbour[] {
    if (this.known.has(word)) return [{ word, similarity: 1 }];
    if (minSimilarity < RESOLVE_FLOOR || limit > RESOLVE_LIMIT) return this.lookup(word, minSimilarity, limit);
    // One cached lookup per word at the loosest setting; callers' settings filter it.
    let hit = this.cache.get(word);
    if (!hit) {
      if (this.cache.size > 20000) this.cache.clear();
      hit = this.lookup(word, RESOLVE_FLOOR, RESOLVE_LIMIT);
      this.cache.set(word, hit);
    }
    const out = hit.filter((n) => n.similarity >= minSimilarity);
    return out.length > limit ? out.slice(0, limit) : out;
  }

  private lookup(word: string, minSimilarity: number, limit: number): Neighbour[] {
    const single = undouble(word);
    if (single !== word && this.known.has(single)) return [{ word: single, similarity: 1 }];
    const len = [...word].length;
    if (len < MIN_FUZZY_LENGTH || word === '#') return [];
    const grams = new Set(trigrams(word));
    // Count filter: one edit changes at most three trigrams, and a similarity of at least
    // minSimilarity allows at most maxEdits edits against a word of at most len + 2 letters.
    const maxEdits = Math.floor((1 - minSimilarity) * (len + 2) + 1e-9);
    const need = Math.max(1, grams.size - 3 * maxEdits);
    const shared = new Map<string, number>();
    for (const g of grams) {
      const list = this.byTrigram.get(g);
      if (!list || list.length > 20000) continue;
      for (const w of list) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    // Verify only the words sharing the most trigrams (near spellings share most of them).
    const close: Array<[string, number]> = [];
    for (const [w, n] of shared) if (n >= need && Math.abs(w.length - word.length) <= maxEdits + 1) close.push([w, n]);
    close.sort((a, b) => b[1] - a[1]);
    const out: Neighbour[] = [];
    for (const [w] of close.slice(0, VERIFY)) {
      const wl = [...w].length;
      if (Math.abs(wl - len) > maxEdits) continue;
      const longer = Math.max(wl, len);
      const allowed = Math.floor((1 - minSimilarity) * longer + 1e-9);
      let d = editDistance(word, w, allowed);
      if (single !== word) d = Math.min(d, editDistance(single, w, allowed));
      if (d > allowed) continue;
      out.push({ word: w, similarity: 1 - d / longer });
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1));
    return out.slice(0, limit);
  }
}
