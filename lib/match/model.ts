import { CONCEPT_SETTINGS, PAIR_MARK, PAIR_SETTINGS, analyze, charGramCounts, charGrams, documentTerms, modelWords, queryTerms } from './features';
import { Vocabulary } from './vocabulary';
import { scriptOf } from './normalize';
import { CLASSIFIER_SETTINGS, IntentClassifier, classifierFeatures, type SerializedClassifier } from './classifier';

/**
 * The intent model: every example (and learned example) of every rule is a TF-IDF vector over
 * word stems and CJK/Hangul character grams, kept in an inverted index. A message is scored by
 * cosine similarity against its nearest examples; a rule's raw score is its best example's.
 *
 * IDF is computed at query time from live document frequencies, so `add` is exact and cheap:
 * no vector is ever re-weighted, nothing is rebuilt.
 *
 * Scale: the message's terms are walked rarest first; a term present in a large share of the
 * examples (a stop word of the library) only feeds the exact cosine of candidates already found,
 * never the candidate search, so the work per message grows with the postings of its rare terms,
 * not with the library.
 */

export interface ExampleHit {
  example: number;
  rule: number;
  cosine: number;
  /** With MODEL_SETTINGS.debug: best example, top-k mean and centroid cosines. */
  parts?: number[];
}

export interface SerializedIntentModel {
  terms: string[];
  surface: string[];
  ruleIds: string[];
  /** Surface words of the examples (char n-gram space). */
  words: string[];
  /** Per example: [rule index, text, language key, learned 0|1, term ids, counts, word ids]. */
  examples: Array<[number, string, string, 0 | 1, number[], number[], number[]]>;
  /** The trained classifier, when the library was small enough to train one. */
  classifier?: SerializedClassifier;
}

/** A term whose postings are longer than this (and than COMMON_SHARE of the examples) does not
 * seed candidates, once MIN_SEEDED candidates were found by rarer terms. */
const COMMON_POSTINGS = 1500;
const COMMON_SHARE = 0.01;
/** …when at least this many candidates were already found by rarer terms. */
const MIN_SEEDED = 20;
/** Candidates that get an exact cosine. */
const CANDIDATES = 40;
/** Examples kept by partial score before the per-rule cap. */
const HEAP = 256;

/** The k items with the highest score[item], best first, using a min-heap. */
function topByScore(items: number[], score: Float64Array, k: number, keep?: (item: number) => boolean): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => score[a] < score[b] || (score[a] === score[b] && a > b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      const t = heap[i];
      heap[i] = heap[m];
      heap[m] = t;
      i = m;
    }
  };
  for (const item of items) {
    // Cheap test first: most items of a long list cannot enter a full heap.
    if (heap.length >= k && !less(heap[0], item)) continue;
    if (keep && !keep(item)) continue;
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!less(heap[i], heap[p])) break;
        const t = heap[i];
        heap[i] = heap[p];
        heap[p] = t;
        i = p;
      }
    } else if (less(heap[0], item)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => score[b] - score[a] || a - b);
}
/**
 * Scoring settings (one set for every library). Exported as a plain object so the benchmark
 * sweep (scripts/lib-bench/sweep.ts) can vary them; the matcher never changes them.
 */
export const MODEL_SETTINGS = {
  /** Share of the word cosine in an example's similarity; the rest is the char n-gram cosine. */
  wordShare: 0.5,
  /** Share of the mean of the rule's top-k example cosines in its similarity (rest: best example). */
  topKShare: 0.7,
  topK: 3,
  /** Share of the rule-centroid cosine in a rule's similarity. */
  centroidShare: 0.3,
  /** Share of the lead over the runner-up added to the best rule's similarity. */
  marginBonus: 0,
  /** IDF form: 0 = log(1 + (R+1)/(df+1)); 1 = BM25 log(1 + (R − df + 0.5)/(df + 0.5)). */
  idfForm: 0,
  /** Weight of a query word the library does not know (in the query norm). */
  unknownWeight: 0.6,
  /** …and of a word pair it does not know. */
  unknownPairWeight: 0.6,
  /** Split an unknown word made of two known ones. */
  splitGlued: true,
  debug: false,
};
const CENTROID_RULES = 6;

export class IntentModel {
  /** Weight of concept terms (features.ts); 0: the concept layer is off. */
  constructor(readonly conceptWeight: number = CONCEPT_SETTINGS.weight) {}

  readonly vocab = new Vocabulary();
  private readonly termId = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly df: number[] = [];
  /** Per term: its weight factor (word pairs count PAIR_SETTINGS.weight of a word). */
  private readonly termFactor: number[] = [];
  /** Per term: [example, damped count (1 + ln count), example, damped count, …]. */
  private readonly postings: number[][] = [];

  readonly ruleIds: string[] = [];
  private readonly ruleIndex = new Map<string, number>();

  readonly exRule: number[] = [];
  readonly exText: string[] = [];
  readonly exLang: string[] = [];
  readonly exLearned: boolean[] = [];
  private readonly exStart: number[] = [0];
  private readonly exTerms: number[] = [];
  private readonly exCounts: number[] = [];

  /** Surface words and their char n-grams (ids into grams), for the char n-gram cosine. */
  private readonly wordId = new Map<string, number>();
  private readonly wordList: string[] = [];
  private readonly wordGrams: number[][] = [];
  private readonly gramId = new Map<string, number>();
  private readonly gramDf: number[] = [];
  private readonly exWordStart: number[] = [0];
  private readonly exWords: number[] = [];

  /** Examples of each rule; document frequencies count rules, not examples (see idf). */
  private readonly ruleExamples: number[][] = [];
  private readonly termLastRule: number[] = [];
  private readonly gramLastRule: number[] = [];
  private readonly ruleDf: number[] = [];
  private readonly gramRuleDf: number[] = [];

  private acc = new Float64Array(1024);
  /** See classifier.ts; absent until train(), and for libraries too big to train. */
  private classifier: IntentClassifier | undefined;

  get hasClassifier(): boolean {
    return this.classifier !== undefined;
  }

  /**
   * Trains the classifier on every example held now (call once the library is loaded). Examples
   * added later are taught to it one by one.
   */
  train(): void {
    this.classifier = undefined;
    if (!IntentClassifier.affordable(this.exampleCount, this.ruleIds.length)) return;
    // Each example's terms and words as add() stored them: nothing is analysed again.
    const samples = this.exRule.map((label, ex) => {
      const terms = new Map<string, number>();
      for (let i = this.exStart[ex]; i < this.exStart[ex + 1]; i++) terms.set(this.terms[this.exTerms[i]], this.exCounts[i]);
      const words = this.exWords.slice(this.exWordStart[ex], this.exWordStart[ex + 1]).map((w) => this.wordList[w]);
      return { label, features: classifierFeatures(terms, charGramCounts(words)) };
    });
    this.classifier = IntentClassifier.train(samples, this.ruleIds.length);
  }

  get exampleCount(): number {
    return this.exRule.length;
  }

  rule(ruleId: string): number {
    let r = this.ruleIndex.get(ruleId);
    if (r === undefined) {
      r = this.ruleIds.length;
      this.ruleIds.push(ruleId);
      this.ruleIndex.set(ruleId, r);
      this.ruleExamples.push([]);
      this.clearNorms(); // IDFs count rules
    }
    return r;
  }

  hasRule(ruleId: string): boolean {
    return this.ruleIndex.has(ruleId);
  }

  private term(t: string): number {
    let id = this.termId.get(t);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(t);
      this.termId.set(t, id);
      this.df.push(0);
      this.termFactor.push(t.includes(PAIR_MARK) ? PAIR_SETTINGS.weight : 1);
      this.ruleDf.push(0);
      this.termLastRule.push(-1);
      this.postings.push([]);
    }
    return id;
  }

  private word(w: string): number {
    let id = this.wordId.get(w);
    if (id === undefined) {
      id = this.wordList.length;
      this.wordList.push(w);
      this.wordId.set(w, id);
      this.wordGrams.push(
        charGrams(w).map((g) => {
          let gid = this.gramId.get(g);
          if (gid === undefined) {
            gid = this.gramDf.length;
            this.gramId.set(g, gid);
            this.gramDf.push(0);
            this.gramRuleDf.push(0);
            this.gramLastRule.push(-1);
          }
          return gid;
        }),
      );
    }
    return id;
  }

  /** Adds one example; returns false when the text has no words. */
  add(ruleId: string, text: string, language: string, learned: boolean): boolean {
    const words = modelWords(analyze(text).words);
    const counts = documentTerms(words, this.conceptWeight);
    if (!counts.size) return false;
    for (const w of words) if (scriptOf(w) === 'other') this.vocab.add(w);
    const ids: number[] = [];
    const tfs: number[] = [];
    for (const [t, n] of counts) {
      ids.push(this.term(t));
      tfs.push(n);
    }
    const rule = this.rule(ruleId);
    this.push(rule, text, language, learned, ids, tfs, words.map((w) => this.word(w)));
    this.classifier?.learn(rule, classifierFeatures(counts, charGramCounts(words)));
    return true;
  }

  private push(rule: number, text: string, language: string, learned: boolean, ids: number[], tfs: number[], wordIds: number[]): void {
    const ex = this.exRule.length;
    // Terms and grams the rule already had, when its examples are not being added in one run.
    const prev = this.ruleExamples[rule];
    const inRun = prev.length === 0 || prev[prev.length - 1] === ex - 1;
    let hadTerms: Set<number> | undefined;
    let hadGrams: Set<number> | undefined;
    if (!inRun) {
      hadTerms = new Set();
      hadGrams = new Set();
      for (const e of prev) {
        for (let i = this.exStart[e]; i < this.exStart[e + 1]; i++) hadTerms.add(this.exTerms[i]);
        for (let i = this.exWordStart[e]; i < this.exWordStart[e + 1]; i++) for (const g of this.wordGrams[this.exWords[i]]) hadGrams.add(g);
      }
    }
    prev.push(ex);
    this.centroidCache.delete(rule);
    this.clearNorms();
    this.exRule.push(rule);
    this.exText.push(text);
    this.exLang.push(language);
    this.exLearned.push(learned);
    for (let i = 0; i < ids.length; i++) {
      this.exTerms.push(ids[i]);
      this.exCounts.push(tfs[i]);
      const t = ids[i];
      this.df[t]++;
      if (hadTerms ? !hadTerms.has(t) : this.termLastRule[t] !== rule) this.ruleDf[t]++;
      this.termLastRule[t] = rule;
      this.postings[t].push(ex, 1 + Math.log(tfs[i]));
    }
    this.exStart.push(this.exTerms.length);
    const grams = new Set<number>();
    for (const w of wordIds) {
      this.exWords.push(w);
      for (const g of this.wordGrams[w]) grams.add(g);
    }
    for (const g of grams) {
      this.gramDf[g]++;
      if (hadGrams ? !hadGrams.has(g) : this.gramLastRule[g] !== rule) this.gramRuleDf[g]++;
      this.gramLastRule[g] = rule;
    }
    this.exWordStart.push(this.exWords.length);
  }

  /** Char n-gram counts of a list of word ids. */
  private gramCounts(wordIds: Iterable<number>): Map<number, number> {
    const out = new Map<number, number>();
    for (const w of wordIds) for (const g of this.wordGrams[w]) out.set(g, (out.get(g) ?? 0) + 1);
    return out;
  }

  /** IDF over rules: a word every intent uses ("know", "order" in an order-support library) tells little. */
  private gramIdf(g: number | undefined): number {
    return this.idfOf(g === undefined ? 0 : this.gramRuleDf[g]);
  }

  /** log(1 + (R + 1) / (df + 1)) over R rules, memoised by df while R stays the same. */
  private idfCache: number[] = [];
  private idfCacheRules = -1;
  private idfOf(df: number): number {
    const n = this.ruleIds.length;
    if (n !== this.idfCacheRules) {
      this.idfCache = [];
      this.idfCacheRules = n;
    }
    let v = this.idfCache[df];
    if (v === undefined) {
      v = this.idfCache[df] =
        MODEL_SETTINGS.idfForm === 1 ? Math.log(1 + (n - Math.min(df, n) + 0.5) / (df + 0.5)) : Math.log(1 + (n + 1) / (df + 1));
    }
    return v;
  }

  /** Char n-gram TF-IDF vector of a message (grams unknown to the library count in its norm). */
  private queryGrams(words: string[]): { counts: Map<string, number>; weights: Map<number, number>; norm: number } {
    const counts = charGramCounts(words);
    const weights = new Map<number, number>();
    let norm = 0;
    for (const [g, n] of counts) {
      const id = this.gramId.get(g);
      const wq = (1 + Math.log(n)) * this.gramIdf(id);
      norm += (id === undefined ? wq * MODEL_SETTINGS.unknownWeight : wq) ** 2;
      if (id !== undefined) weights.set(id, wq);
    }
    return { counts, weights, norm: Math.sqrt(norm) };
  }

  /** Per example, its char n-grams and their damped counts (1 + ln n), computed on first use. */
  private readonly exGramCache = new Map<number, [number[], number[]]>();
  /** Per rule, its centroid's terms and grams with summed damped counts, computed on first use. */
  private readonly centroidCache = new Map<number, [Map<number, number>, Map<number, number>]>();

  /**
   * Vector norms of examples and rule centroids, by kind. A norm depends on the IDFs, which move
   * whenever an example or rule is added, so every add clears them; between adds (matching) each
   * norm is computed once instead of once per message.
   */
  private readonly norms = { exGrams: new Map<number, number>(), ruleWords: new Map<number, number>(), ruleGrams: new Map<number, number>() };

  private readonly termIdfOf = (t: number) => this.idf(t);
  private readonly gramIdfOf = (g: number) => this.gramIdf(g);

  private clearNorms(): void {
    for (const m of Object.values(this.norms)) m.clear();
  }

  /** The norm of a vector of (id, damped count) pairs weighted by IDF, memoised in `cache`. */
  private norm(cache: Map<number, number>, key: number, pairs: () => Iterable<[number, number]>, idf: (id: number) => number): number {
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

  private exampleGrams(ex: number): [number[], number[]] {
    let v = this.exGramCache.get(ex);
    if (!v) {
      const counts = this.gramCounts(this.exWords.slice(this.exWordStart[ex], this.exWordStart[ex + 1]));
      v = [[...counts.keys()], [...counts.values()].map((n) => 1 + Math.log(n))];
      if (this.exGramCache.size > 200000) this.exGramCache.clear();
      this.exGramCache.set(ex, v);
    }
    return v;
  }

  private gramCosine(ex: number, q: { weights: Map<number, number>; norm: number }): number {
    if (!q.norm) return 0;
    const [ids, damped] = this.exampleGrams(ex);
    const norm = this.norm(this.norms.exGrams, ex, () => ids.map((id, i): [number, number] => [id, damped[i]]), this.gramIdfOf);
    if (!norm) return 0;
    let dot = 0;
    for (let i = 0; i < ids.length; i++) {
      const wq = q.weights.get(ids[i]);
      if (wq !== undefined) dot += wq * (damped[i] * this.gramIdf(ids[i]));
    }
    return dot / (norm * q.norm);
  }

  hasExample(ruleId: string, text: string): boolean {
    const r = this.ruleIndex.get(ruleId);
    if (r === undefined) return false;
    for (let i = 0; i < this.exRule.length; i++) if (this.exRule[i] === r && this.exText[i] === text) return true;
    return false;
  }

  /** IDF of a term, times its weight factor (word pairs weigh less than words). */
  private idf(term: number | undefined): number {
    return term === undefined ? this.idfOf(0) : this.idfOf(this.ruleDf[term]) * this.termFactor[term];
  }

  /**
   * The best examples for a message's words (surface words from `analyze`): for each rule among
   * the candidates, its best example, best first.
   */
  search(words: string[], allowed?: (rule: number) => boolean): ExampleHit[] {
    const n = this.exRule.length;
    if (!n || !words.length) return [];
    if (MODEL_SETTINGS.splitGlued) words = this.splitGlued(words);
    words = modelWords(words);
    const q = queryTerms(words, this.vocab, this.conceptWeight);
    const query: Array<{ id: number | undefined; w: number; idf: number; pair: boolean }> = [];
    for (const [t, tf] of q) {
      const id = this.termId.get(t);
      const pair = t.includes(PAIR_MARK);
      const idf = id === undefined && pair ? this.idfOf(0) * PAIR_SETTINGS.weight : this.idf(id);
      query.push({ id, w: (1 + Math.log(Math.max(1, tf))) * Math.min(1, tf), idf, pair });
    }
    let qNorm = 0;
    for (const x of query) qNorm += (x.w * x.idf * (x.id !== undefined ? 1 : x.pair ? MODEL_SETTINGS.unknownPairWeight : MODEL_SETTINGS.unknownWeight)) ** 2;
    qNorm = Math.sqrt(qNorm);
    if (!qNorm) return [];
    const qWeight = new Map<number, number>();
    for (const x of query) if (x.id !== undefined) qWeight.set(x.id, x.w * x.idf);
    if (!qWeight.size) return [];

    if (this.acc.length < n) this.acc = new Float64Array(Math.max(n, this.acc.length * 2));
    const acc = this.acc;
    const touched: number[] = [];
    // Word pairs only rescore candidates their words found: seeding with them too would walk
    // more postings for no new candidates.
    const seeded = query.filter((x) => x.id !== undefined && this.termFactor[x.id] === 1).sort((a, b) => this.df[a.id!] - this.df[b.id!]);
    for (const x of seeded) {
      const id = x.id!;
      if (this.df[id] > Math.max(COMMON_POSTINGS, n * COMMON_SHARE) && touched.length >= MIN_SEEDED) break;
      const list = this.postings[id];
      const w = x.w * x.idf * x.idf;
      for (let i = 0; i < list.length; i += 2) {
        const ex = list[i];
        if (acc[ex] === 0) touched.push(ex);
        acc[ex] += w * list[i + 1];
      }
    }
    // Best partial scores first (a bounded heap, not a sort of everything touched); then at
    // most a few examples per rule.
    const cands = topByScore(touched, acc, HEAP, allowed ? (ex) => allowed(this.exRule[ex]) : undefined);
    for (const ex of touched) acc[ex] = 0;
    const perRule = new Map<number, number>();
    const picked: number[] = [];
    for (const ex of cands) {
      const r = this.exRule[ex];
      const k = perRule.get(r) ?? 0;
      if (k >= 4) continue;
      perRule.set(r, k + 1);
      picked.push(ex);
      if (picked.length >= CANDIDATES) break;
    }
    const S = MODEL_SETTINGS;
    const best = new Map<number, ExampleHit>();
    const scored = new Map<number, number[]>();
    const qGrams = this.queryGrams(words);
    for (const ex of picked) {
      let dot = 0;
      let norm = 0;
      for (let i = this.exStart[ex]; i < this.exStart[ex + 1]; i++) {
        const t = this.exTerms[i];
        const wd = (1 + Math.log(this.exCounts[i])) * this.idf(t);
        norm += wd * wd;
        const wq = qWeight.get(t);
        if (wq !== undefined) dot += wq * wd;
      }
      const wordCos = norm ? dot / (Math.sqrt(norm) * qNorm) : 0;
      const cosine = S.wordShare * wordCos + (1 - S.wordShare) * this.gramCosine(ex, qGrams);
      const rule = this.exRule[ex];
      const prev = best.get(rule);
      if (!prev || cosine > prev.cosine) best.set(rule, { example: ex, rule, cosine });
      if (S.topKShare > 0 || S.debug) {
        const list = scored.get(rule);
        if (list) list.push(cosine);
        else scored.set(rule, [cosine]);
      }
    }
    const hits = [...best.values()];
    if (S.debug) {
      for (const h of hits) {
        const list = [...(scored.get(h.rule) ?? [h.cosine])].sort((x, y) => y - x);
        h.parts = [h.cosine, list.slice(0, 3).reduce((a, b) => a + b, 0) / Math.min(3, this.ruleExamples[h.rule].length), this.centroidCosine(h.rule, qWeight, qNorm, qGrams), query.filter((x) => x.id === undefined).length, query.length];
      }
    }
    // A rule several of whose examples are close is a safer bet than one lucky near-duplicate.
    if (S.topKShare > 0) {
      for (const h of hits) {
        const list = scored.get(h.rule)!.sort((x, y) => y - x);
        const k = Math.min(S.topK, this.ruleExamples[h.rule].length);
        let sum = 0;
        for (let i = 0; i < Math.min(k, list.length); i++) sum += list[i];
        h.cosine = (1 - S.topKShare) * h.cosine + (S.topKShare * sum) / k;
      }
    }
    hits.sort((a, b) => b.cosine - a.cosine || a.rule - b.rule);
    // Blend in the similarity to each leading rule's centroid (all its examples summed): a
    // message close to many of a rule's examples beats one lucky near-duplicate of another rule.
    if (S.centroidShare > 0) {
      for (const h of hits.slice(0, CENTROID_RULES)) {
        const c = this.centroidCosine(h.rule, qWeight, qNorm, qGrams);
        h.cosine = (1 - S.centroidShare) * h.cosine + S.centroidShare * c;
      }
      hits.sort((a, b) => b.cosine - a.cosine || a.rule - b.rule);
    }
    // A clear lead over the runner-up is evidence too: an out-of-scope message tends to be
    // about as close to several rules, an in-scope one stands out.
    if (S.marginBonus > 0 && hits.length) {
      const lead = hits[0].cosine - (hits[1]?.cosine ?? 0);
      hits[0].cosine = Math.min(1, hits[0].cosine + S.marginBonus * lead);
    }
    if (this.classifier && hits.length) {
      const p = this.classifier.probabilities(classifierFeatures(q, qGrams.counts));
      const floor = 1 / this.classifier.classes;
      for (const h of hits) h.cosine *= (h.rule < p.length ? p[h.rule] : floor) ** CLASSIFIER_SETTINGS.exponent;
      hits.sort((a, b) => b.cosine - a.cosine || a.rule - b.rule);
    }
    return hits;
  }

  /** A word the library does not know, nor anything near it, made of two words it knows is split
   * ("deliveryaddress" → "delivery address", "reimbursementpolicy"). */
  private splitGlued(words: string[]): string[] {
    let out: string[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      let parts: string[] | undefined;
      if (w.length >= 7 && scriptOf(w) === 'other' && !this.vocab.has(w) && /^[a-z]+$/.test(w) && !this.vocab.resolve(w, 0.8, 1).length) {
        for (let k = 3; k <= w.length - 3 && !parts; k++) {
          if (this.vocab.has(w.slice(0, k)) && this.vocab.has(w.slice(k))) parts = [w.slice(0, k), w.slice(k)];
        }
      }
      if (parts && !out) out = words.slice(0, i);
      if (out) out.push(...(parts ?? [w]));
    }
    return out ?? words;
  }

  private centroidCosine(
    rule: number,
    qWeight: Map<number, number>,
    qNorm: number,
    qGrams: { weights: Map<number, number>; norm: number },
  ): number {
    let c = this.centroidCache.get(rule);
    if (!c) {
      const terms = new Map<number, number>();
      const grams = new Map<number, number>();
      for (const ex of this.ruleExamples[rule]) {
        for (let i = this.exStart[ex]; i < this.exStart[ex + 1]; i++) {
          const t = this.exTerms[i];
          terms.set(t, (terms.get(t) ?? 0) + 1 + Math.log(this.exCounts[i]));
        }
        for (let i = this.exWordStart[ex]; i < this.exWordStart[ex + 1]; i++) {
          for (const g of this.wordGrams[this.exWords[i]]) grams.set(g, (grams.get(g) ?? 0) + 1);
        }
      }
      for (const [t, n] of terms) terms.set(t, Math.sqrt(n));
      for (const [g, n] of grams) grams.set(g, Math.sqrt(n));
      c = [terms, grams];
      if (this.centroidCache.size > 50000) this.centroidCache.clear();
      this.centroidCache.set(rule, c);
    }
    // A centroid holds every word of its rule: walk the message's few terms, not the centroid's.
    const cos = (v: Map<number, number>, norms: Map<number, number>, idf: (id: number) => number, q: Map<number, number>, qn: number) => {
      const norm = this.norm(norms, rule, () => v, idf);
      if (!norm || !qn) return 0;
      let dot = 0;
      for (const [id, wq] of q) {
        const d = v.get(id);
        if (d !== undefined) dot += wq * (d * idf(id));
      }
      return dot / (norm * qn);
    };
    const wordCos = cos(c[0], this.norms.ruleWords, this.termIdfOf, qWeight, qNorm);
    const gramCos = cos(c[1], this.norms.ruleGrams, this.gramIdfOf, qGrams.weights, qGrams.norm);
    return MODEL_SETTINGS.wordShare * wordCos + (1 - MODEL_SETTINGS.wordShare) * gramCos;
  }

  toJSON(): SerializedIntentModel {
    const examples: SerializedIntentModel['examples'] = [];
    for (let ex = 0; ex < this.exRule.length; ex++) {
      const s = this.exStart[ex];
      const e = this.exStart[ex + 1];
      examples.push([
        this.exRule[ex],
        this.exText[ex],
        this.exLang[ex],
        this.exLearned[ex] ? 1 : 0,
        this.exTerms.slice(s, e),
        this.exCounts.slice(s, e),
        this.exWords.slice(this.exWordStart[ex], this.exWordStart[ex + 1]),
      ]);
    }
    return {
      terms: [...this.terms],
      surface: this.vocab.words(),
      words: [...this.wordList],
      ruleIds: [...this.ruleIds],
      examples,
      ...(this.classifier ? { classifier: this.classifier.toJSON() } : {}),
    };
  }

  static fromJSON(data: SerializedIntentModel, conceptWeight?: number): IntentModel {
    const m = new IntentModel(conceptWeight);
    for (const t of data.terms) m.term(t);
    for (const w of data.surface) m.vocab.add(w);
    for (const id of data.ruleIds) m.rule(id);
    for (const w of data.words) m.word(w);
    for (const [rule, text, lang, learned, ids, tfs, wordIds] of data.examples) {
      if (
        ids.length !== tfs.length ||
        ids.some((id) => id >= data.terms.length) ||
        wordIds.some((id) => id >= data.words.length) ||
        rule >= data.ruleIds.length
      ) {
        throw new Error('serialized intent model is inconsistent');
      }
      m.push(rule, text, lang, learned === 1, ids, tfs, wordIds);
    }
    if (data.classifier) m.classifier = IntentClassifier.fromJSON(data.classifier);
    return m;
  }
}
