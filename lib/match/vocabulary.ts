import { stringSimilarity, trigrams } from './similarity';
import { undouble } from './normalize';

/** Words shorter than this are never matched fuzzily (too many neighbours at one edit). */
export const MIN_FUZZY_LENGTH = 4;

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

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
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
    const single = undouble(word);
    if (single !== word && this.known.has(single)) return [{ word: single, similarity: 1 }];
    const len = [...word].length;
    if (len < MIN_FUZZY_LENGTH || word === '#') return [];
    const grams = new Set(trigrams(word));
    const shared = new Map<string, number>();
    for (const g of grams) {
      const list = this.byTrigram.get(g);
      if (!list || list.length > 20000) continue;
      for (const w of list) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    // One edit changes at most three trigrams; a near spelling shares a good part of them.
    const need = Math.max(1, Math.ceil(grams.size * 0.34));
    const out: Neighbour[] = [];
    for (const [w, n] of shared) {
      if (n < need) continue;
      const wl = [...w].length;
      if (Math.abs(wl - len) > 2) continue;
      const similarity = Math.max(stringSimilarity(word, w), single !== word ? stringSimilarity(single, w) : 0);
      if (similarity >= minSimilarity) out.push({ word: w, similarity });
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1));
    return out.slice(0, limit);
  }
}
