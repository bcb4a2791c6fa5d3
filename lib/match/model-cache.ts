import { ModelIndex } from './model-index';

/**
 * Caching for the search: IDFs memoised by document frequency, and the norms, char n-gram vectors
 * and rule centroids, computed on first use. IDFs move whenever an example or a rule is added, so
 * every change clears what depends on them; between changes (matching) each is computed once
 * instead of once per message.
 */
export class ModelCache extends ModelIndex {
  protected override changed(rule?: number): void {
    if (rule !== undefined) this.centroidCache.delete(rule);
    // Their norms depend on the IDFs, which every change moves.
    this.languageCentroids.clear();
    this.clearNorms();
  }

  /** IDF over rules: a word every intent uses ("know", "order" in an order-support library) tells little. */
  protected gramIdf(g: number | undefined): number {
    return this.idfOf(g === undefined ? 0 : this.gramRuleDf[g]);
  }

  /** log(1 + (R + 1) / (df + 1)) over R rules, memoised by df while R stays the same. */
  protected idfCache: number[] = [];
  protected idfCacheRules = -1;
  protected idfOf(df: number): number {
    const n = this.ruleIds.length;
    if (n !== this.idfCacheRules) {
      this.idfCache = [];
      this.idfCacheRules = n;
    }
    let v = this.idfCache[df];
    if (v === undefined) {
      v = this.idfCache[df] =
        Math.log(1 + (n + 1) / (df + 1));
    }
    return v;
  }

  /** Per example, its char n-grams and their damped counts (1 + ln n), computed on first use. */
  protected readonly exGramCache = new Map<number, [number[], number[]]>();
  /** Per rule, its centroid's terms and grams with summed damped counts, computed on first use. */
  protected readonly centroidCache = new Map<number, [Map<number, number>, Map<number, number>]>();
  /** Per rule and language (`"<rule> <language>"`), the centroid of the rule's examples in that language, with its norms. */
  protected readonly languageCentroids = new Map<string, { terms: Map<number, number>; grams: Map<number, number>; termNorm: number; gramNorm: number }>();

  /**
   * Vector norms of examples and rule centroids, by kind. A norm depends on the IDFs, which move
   * whenever an example or rule is added, so every add clears them; between adds (matching) each
   * norm is computed once instead of once per message.
   */
  protected readonly norms = { exGrams: new Map<number, number>(), ruleWords: new Map<number, number>(), ruleGrams: new Map<number, number>() };

  protected readonly termIdfOf = (t: number) => this.idf(t);
  protected readonly gramIdfOf = (g: number) => this.gramIdf(g);

  protected clearNorms(): void {
    for (const m of Object.values(this.norms)) m.clear();
  }

  /** The norm of a vector of (id, damped count) pairs weighted by IDF, memoised in `cache`. */
  protected norm(cache: Map<number, number>, key: number, pairs: () => Iterable<[number, number]>, idf: (id: number) => number): number {
    let n = cache.get(key);
    if (n === undefined) {
      n = 0;
      for (const [id, damped] of pairs()) {
        const wd = damped * idf(id);
        n += wd * wd;
      }
      n = Math.sqrt(n);
      cache.set(key, n);
    }
    return n;
  }

  protected exampleGrams(ex: number): [number[], number[]] {
    let v = this.exGramCache.get(ex);
    if (!v) {
      const counts = this.gramCounts(this.exWords.slice(this.exWordStart[ex], this.exWordStart[ex + 1]));
      v = [[...counts.keys()], [...counts.values()].map((n) => 1 + Math.log(n))];
      if (this.exGramCache.size > 200000) this.exGramCache.clear();
      this.exGramCache.set(ex, v);
    }
    return v;
  }

  /** IDF of a term, times its weight factor (word pairs weigh less than words). */
  protected idf(term: number | undefined): number {
    return term === undefined ? this.idfOf(0) : this.idfOf(this.ruleDf[term]) * this.termFactor[term];
  }

}
