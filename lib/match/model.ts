import type { CalibrationSample } from './calibration';
import { CONCEPT_MARK, LEXICON_MARK, NEGATION_MARK, PAIR_MARK, SEGMENT_MARK, analyze, charGramCounts, documentTerms, modelWords, queryTerms, wordTerms } from './features';
import { NUMBER_TOKEN, scriptOf, stem } from './normalize';
import { IntentClassifier, classifierFeatures, type SerializedClassifier } from './classifier';
import { DEFAULT_SETTINGS, type MatcherSettings } from './settings';
import { ModelCache } from './model-cache';

/**
 * Searching the intent model (building: model-index.ts; caching: model-cache.ts). Every example
 * (and learned example) of every rule is a TF-IDF vector over
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
  /** The parts of the score, for the explanation and the calibration. */
  parts: ScoreParts;
}

/** What a rule's similarity is made of (before the calibration). */
export interface ScoreParts {
  /** Cosine of the best example alone (word and char n-gram spaces blended). */
  best: number;
  /** Mean cosine of the rule's top-k examples. */
  topK: number;
  /** Cosine to the rule's centroid (0 when not computed). */
  centroid: number;
  /** The intent classifier's probability of the rule (undefined: no classifier). */
  classifier?: number;
  /** Message terms shared with the best example, rarest first (at most 3; Han/kana bigrams and stems). */
  shared: string[];
  /** Concepts (lib/match/concepts) the message shares with the best example, rarest first. */
  concepts?: string[];
  /** Lexicon terms (lib/match/lexicon: emoji ids) the message shares with the best example. */
  lexicon?: string[];
}

export interface SearchOptions {
  /** The message's language (detected), for stems and chat spellings. */
  language?: string;
  allowed?: (rule: number) => boolean;
  /** An example to leave out (calibration: score an example against the rest of the library). */
  exclude?: number;
  /** Leave out every example in this language (calibration: what examples in other languages say). */
  withoutLanguage?: string;
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
const CENTROID_RULES = 6;

export class IntentModel extends ModelCache {
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
    const steps = this.trainSteps();
    while (!steps.next().done);
  }

  /** train(), a step at a time: yields the share done (0..1); see IntentClassifier.trainSteps. */
  *trainSteps(): Generator<number, void> {
    this.classifier = undefined;
    if (!IntentClassifier.affordable(this.exampleCount, this.ruleIds.length, this.settings.classifier)) return;
    // Each example's terms and words as add() stored them: nothing is analysed again.
    const samples = this.exRule.map((label, ex) => {
      const terms = new Map<string, number>();
      for (let i = this.exStart[ex]; i < this.exStart[ex + 1]; i++) terms.set(this.terms[this.exTerms[i]], this.exCounts[i]);
      const words = this.exWords.slice(this.exWordStart[ex], this.exWordStart[ex + 1]).map((w) => this.wordList[w]);
      return { label, features: classifierFeatures(terms, charGramCounts(words, this.settings.features), this.settings.features.lexiconInClassifier) };
    });
    this.classifier = yield* IntentClassifier.trainSteps(samples, this.ruleIds.length, this.settings.classifier);
  }

  /** Adds one example; returns false when the text has no words. */
  add(ruleId: string, text: string, language: string, learned: boolean): boolean {
    const fs = this.settings.features;
    const words = modelWords(analyze(text, language, fs).words);
    const counts = documentTerms(words, language, fs);
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
    this.classifier?.learn(rule, classifierFeatures(counts, charGramCounts(words, fs), fs.lexiconInClassifier));
    return true;
  }

  /** Char n-gram TF-IDF vector of a message (grams unknown to the library count in its norm). */
  private queryGrams(words: string[]): { counts: Map<string, number>; weights: Map<number, number>; norm: number } {
    const counts = charGramCounts(words, this.settings.features);
    const weights = new Map<number, number>();
    let norm = 0;
    for (const [g, n] of counts) {
      const id = this.gramId.get(g);
      const wq = (1 + Math.log(n)) * this.gramIdf(id);
      norm += (id === undefined ? wq * this.settings.model.unknownWeight : wq) ** 2;
      if (id !== undefined) weights.set(id, wq);
    }
    return { counts, weights, norm: Math.sqrt(norm) };
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

  /**
   * The best examples for a message's words (surface words from `analyze`): for each rule among
   * the candidates, its best example, best first.
   */
  search(words: string[], opts: SearchOptions = {}): ExampleHit[] {
    const { language, allowed } = opts;
    const exclude = opts.exclude ?? -1;
    const without = opts.withoutLanguage;
    const n = this.exRule.length;
    if (!n || !words.length) return [];
    const S = this.settings.model;
    if (S.splitGlued) words = this.splitGlued(words);
    words = modelWords(words);
    // Stems of the message's language only when the library has examples in it (an English
    // message mistaken for Spanish in an English library keeps its English stems).
    const stemLanguage = language !== undefined && this.languages.has(language) ? language : undefined;
    const q = queryTerms(words, this.vocab, stemLanguage, (t) => this.termId.has(t), this.settings.features, language);
    const query: Array<{ id: number | undefined; w: number; idf: number; pair: boolean; lex: boolean; term: string }> = [];
    for (const [t, tf] of q) {
      const id = this.termId.get(t);
      const pair = t.includes(PAIR_MARK);
      const idf = id === undefined && pair ? this.idfOf(0) * this.settings.features.pairWeight : this.idf(id);
      query.push({ id, w: (1 + Math.log(Math.max(1, tf))) * Math.min(1, tf), idf, pair, lex: t.startsWith(LEXICON_MARK), term: t });
    }
    // Lexicon terms link languages: against an example in the message's own language they do not
    // count (its words meet directly), so a one-language library scores as without the lexicon.
    // Hence two norms of the message: with them (other languages) and without (its own).
    let qNorm = 0;
    let qNormOwn = 0;
    for (const x of query) {
      const v = (x.w * x.idf * (x.id !== undefined ? 1 : x.pair ? S.unknownPairWeight : S.unknownWeight)) ** 2;
      qNorm += v;
      if (!x.lex) qNormOwn += v;
    }
    qNorm = Math.sqrt(qNorm);
    qNormOwn = Math.sqrt(qNormOwn);
    if (!qNorm) return [];
    const qWeight = new Map<number, number>();
    const qWeightOwn = new Map<number, number>();
    for (const x of query) {
      if (x.id === undefined) continue;
      qWeight.set(x.id, x.w * x.idf);
      if (!x.lex) qWeightOwn.set(x.id, x.w * x.idf);
    }
    if (!qWeight.size) return [];
    const own = (ex: number) => language !== undefined && this.exLang[ex] === language;

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
      this.work += list.length >> 1;
      for (let i = 0; i < list.length; i += 2) {
        const ex = list[i];
        if (ex === exclude || (x.lex && own(ex)) || (without !== undefined && this.exLang[ex] === without)) continue;
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
    const best = new Map<number, ExampleHit>();
    const scored = new Map<number, number[]>();
    const qGrams = this.queryGrams(words);
    for (const ex of picked) {
      let dot = 0;
      let norm = 0;
      const same = own(ex);
      for (let i = this.exStart[ex]; i < this.exStart[ex + 1]; i++) {
        const t = this.exTerms[i];
        if (same && this.termLex[t]) continue;
        const wd = (1 + Math.log(this.exCounts[i])) * this.idf(t);
        norm += wd * wd;
        const wq = qWeight.get(t);
        if (wq !== undefined) dot += wq * wd;
      }
      this.work += this.exStart[ex + 1] - this.exStart[ex];
      const wordCos = norm && (same ? qNormOwn : qNorm) ? dot / (Math.sqrt(norm) * (same ? qNormOwn : qNorm)) : 0;
      const cosine = S.wordShare * wordCos + (1 - S.wordShare) * this.gramCosine(ex, qGrams);
      const rule = this.exRule[ex];
      const prev = best.get(rule);
      if (!prev || cosine > prev.cosine) best.set(rule, { example: ex, rule, cosine, parts: { best: cosine, topK: cosine, centroid: 0, shared: [] } });
      const list = scored.get(rule);
      if (list) list.push(cosine);
      else scored.set(rule, [cosine]);
    }
    const hits = [...best.values()];
    // A rule several of whose examples are close is a safer bet than one lucky near-duplicate.
    for (const h of hits) {
      h.parts.best = h.cosine;
      const list = scored.get(h.rule)!.sort((x, y) => y - x);
      const k = Math.max(1, Math.min(S.topK, this.ruleExamples[h.rule].length - (exclude >= 0 && this.exRule[exclude] === h.rule ? 1 : 0)));
      let sum = 0;
      for (let i = 0; i < Math.min(k, list.length); i++) sum += list[i];
      h.parts.topK = sum / k;
      if (S.topKShare > 0) h.cosine = (1 - S.topKShare) * h.cosine + S.topKShare * h.parts.topK;
    }
    hits.sort((a, b) => b.cosine - a.cosine || a.rule - b.rule);
    // Blend in the similarity to each leading rule's centroid (all its examples summed): a
    // message close to many of a rule's examples beats one lucky near-duplicate of another rule.
    if (S.centroidShare > 0) {
      for (const h of hits.slice(0, CENTROID_RULES)) {
        h.parts.centroid = this.centroidCosine(h.rule, { qWeight, qNorm, qWeightOwn, qNormOwn }, qGrams, exclude, S.centroidByLanguage ? language : undefined, without);
        h.cosine = (1 - S.centroidShare) * h.cosine + S.centroidShare * h.parts.centroid;
      }
      hits.sort((a, b) => b.cosine - a.cosine || a.rule - b.rule);
    }
    if (this.classifier && hits.length) {
      const p = this.classifier.probabilities(classifierFeatures(q, qGrams.counts, this.settings.features.lexiconInClassifier));
      const floor = 1 / this.classifier.classes;
      const exponent = this.settings.classifier.exponent;
      for (const h of hits) {
        h.parts.classifier = h.rule < p.length ? p[h.rule] : floor;
        h.cosine *= h.parts.classifier ** exponent;
      }
      hits.sort((a, b) => b.cosine - a.cosine || a.rule - b.rule);
    }
    // What the leading rules share with the message, rarest first: the explanation of a suggestion.
    for (const h of hits.slice(0, 3)) {
      const own = new Set<number>();
      for (let i = this.exStart[h.example]; i < this.exStart[h.example + 1]; i++) own.add(this.exTerms[i]);
      const common = query.filter((x) => x.id !== undefined && !x.pair && own.has(x.id)).sort((a, b) => b.idf - a.idf);
      h.parts.shared = common
        .filter((x) => x.term !== NEGATION_MARK && x.term !== NUMBER_TOKEN && !x.term.startsWith(CONCEPT_MARK) && !x.term.startsWith(LEXICON_MARK))
        .slice(0, 3)
        .map((x) => this.surfaceOf(x.term, words, stemLanguage));
      const concepts = common.filter((x) => x.term.startsWith(CONCEPT_MARK)).map((x) => x.term.slice(CONCEPT_MARK.length));
      if (concepts.length) h.parts.concepts = concepts;
      const lex = common.filter((x) => x.lex).map((x) => x.term.slice(LEXICON_MARK.length));
      if (lex.length) h.parts.lexicon = lex;
    }
    return hits;
  }

  /**
   * The calibration evidence (calibration.ts): up to `maxSamples` examples spread over the library,
   * each scored against the rest (in scope) and with its own rule left out (out of scope).
   */
  calibrationSamples(): CalibrationSample[] {
    const S = this.settings.calibration;
    const n = this.exampleCount;
    if (n < 2 || this.ruleIds.length < 2) return [];
    const step = Math.max(1, n / S.maxSamples);
    const picks: number[] = [];
    for (let x = 0; x < n && picks.length < S.maxSamples; x += step) picks.push(Math.floor(x));
    const evidence = (opts: (ex: number) => SearchOptions, cross: boolean): CalibrationSample[] => {
      const inScope: Array<[number, boolean, string]> = [];
      const outScope: Array<[number, string]> = [];
      for (const ex of picks) {
        const words = this.exWords.slice(this.exWordStart[ex], this.exWordStart[ex + 1]).map((w) => this.wordList[w]).filter((w) => w !== NEGATION_MARK);
        const own = this.exRule[ex];
        const o = opts(ex);
        const hits = this.search(words, o);
        for (const h of hits.slice(0, 3)) inScope.push([h.cosine, h.rule === own, this.exLang[ex]]);
        const other = this.search(words, { ...o, allowed: (r) => r !== own });
        if (other.length) outScope.push([other[0].cosine, this.exLang[ex]]);
      }
      const wIn = (1 - S.outOfScopeShare) / picks.length;
      const wOut = outScope.length ? S.outOfScopeShare / outScope.length : 0;
      return [
        ...inScope.map(([similarity, right, language]) => ({ similarity, right, weight: wIn, cross, language })),
        ...outScope.map(([similarity, language]) => ({ similarity, right: false, weight: wOut, cross, language })),
      ];
    };
    const same = evidence((ex) => ({ language: this.exLang[ex], exclude: ex }), false);
    // A library in several languages also says what a match across languages is worth: each
    // example scored against the examples of the other languages only (its own left out).
    if (this.languages.size < 2 || !S.crossLanguage) return same;
    return [...same, ...evidence((ex) => ({ language: this.exLang[ex], exclude: ex, withoutLanguage: this.exLang[ex] }), true)];
  }

  /** Whether the library has examples in this language. */
  hasLanguage(language: string): boolean {
    return this.languages.has(language);
  }

  /** The message word a term came from, for people ("tracking", not the stem "track"). */
  private surfaceOf(term: string, words: string[], language: string | undefined): string {
    if (term.startsWith(SEGMENT_MARK)) return term.slice(SEGMENT_MARK.length);
    if (scriptOf(term) !== 'other') return term;
    const fs = this.settings.features;
    return words.find((w) => scriptOf(w) === 'other' && (w === term || wordTerms(w, language, fs)[0] === term || stem(w) === term)) ?? term;
  }

  /** Postings and example terms walked by search() since the model was made (a measure of work). */
  work = 0;

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
    q: { qWeight: Map<number, number>; qNorm: number; qWeightOwn: Map<number, number>; qNormOwn: number },
    qGrams: { weights: Map<number, number>; norm: number },
    exclude = -1,
    language?: string,
    without?: string,
  ): number {
    // The centroid of the rule's examples in the message's language when it has some: in a library
    // written in several languages, the other languages' words only dilute it (centroidByLanguage).
    // Its lexicon terms do not count (the message's own language: see search).
    const own = language === undefined || language === without ? [] : this.ruleExamples[rule].filter((ex) => ex !== exclude && this.exLang[ex] === language);
    if (own.length) return this.languageCentroidCosine(rule, language!, own, q.qWeightOwn, q.qNormOwn, qGrams, exclude >= 0 && this.exRule[exclude] === rule);
    const { qWeight, qNorm } = q;
    // Leaving an example or a language out (calibration): the centroid is built without it, uncached.
    const leaveOut = (exclude >= 0 && this.exRule[exclude] === rule) || without !== undefined;
    let c = leaveOut ? undefined : this.centroidCache.get(rule);
    if (!c) {
      const [terms, grams] = this.centroidOf(this.ruleExamples[rule].filter((ex) => ex !== exclude && this.exLang[ex] !== without));
      c = [terms, grams];
      if (!leaveOut) {
        if (this.centroidCache.size > 50000) this.centroidCache.clear();
        this.centroidCache.set(rule, c);
      }
    }
    return this.centroidVectorCosine(c, leaveOut ? undefined : rule, qWeight, qNorm, qGrams);
  }

  /** The centroid of some examples of a rule in one language, cached by rule and language unless an example is left out. */
  private languageCentroidCosine(
    rule: number,
    language: string,
    examples: number[],
    qWeight: Map<number, number>,
    qNorm: number,
    qGrams: { weights: Map<number, number>; norm: number },
    leaveOut: boolean,
  ): number {
    const key = `${rule} ${language}`;
    let c = leaveOut ? undefined : this.languageCentroids.get(key);
    if (!c) {
      const [terms, grams] = this.centroidOf(examples);
      for (const t of terms.keys()) if (this.termLex[t]) terms.delete(t);
      const norm = (v: Map<number, number>, idf: (id: number) => number) => {
        let n = 0;
        for (const [id, d] of v) n += (d * idf(id)) ** 2;
        return Math.sqrt(n);
      };
      c = { terms, grams, termNorm: norm(terms, this.termIdfOf), gramNorm: norm(grams, this.gramIdfOf) };
      if (!leaveOut) {
        if (this.languageCentroids.size > 50000) this.languageCentroids.clear();
        this.languageCentroids.set(key, c);
      }
    }
    const wordCos = centroidCosine(c.terms, c.termNorm, this.termIdfOf, qWeight, qNorm);
    const gramCos = centroidCosine(c.grams, c.gramNorm, this.gramIdfOf, qGrams.weights, qGrams.norm);
    return this.settings.model.wordShare * wordCos + (1 - this.settings.model.wordShare) * gramCos;
  }

  /** Summed damped counts of some examples' terms and grams, square-rooted (a centroid). */
  private centroidOf(examples: number[]): [Map<number, number>, Map<number, number>] {
      const terms = new Map<number, number>();
      const grams = new Map<number, number>();
      for (const ex of examples) {
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
      return [terms, grams];
  }

  /** Cosine of a message to a rule centroid; `rule` keys the cached norms (undefined: not cached). */
  private centroidVectorCosine(
    c: [Map<number, number>, Map<number, number>],
    rule: number | undefined,
    qWeight: Map<number, number>,
    qNorm: number,
    qGrams: { weights: Map<number, number>; norm: number },
  ): number {
    const cos = (v: Map<number, number>, norms: Map<number, number>, idf: (id: number) => number, q: Map<number, number>, qn: number) =>
      centroidCosine(v, rule === undefined ? this.norm(new Map(), 0, () => v, idf) : this.norm(norms, rule, () => v, idf), idf, q, qn);
    const wordCos = cos(c[0], this.norms.ruleWords, this.termIdfOf, qWeight, qNorm);
    const gramCos = cos(c[1], this.norms.ruleGrams, this.gramIdfOf, qGrams.weights, qGrams.norm);
    return this.settings.model.wordShare * wordCos + (1 - this.settings.model.wordShare) * gramCos;
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

  static fromJSON(data: SerializedIntentModel, settings: MatcherSettings = DEFAULT_SETTINGS): IntentModel {
    const m = new IntentModel(settings);
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
    if (data.classifier) m.classifier = IntentClassifier.fromJSON(data.classifier, settings.classifier);
    return m;
  }
}

/**
 * Cosine of a message's weights `q` (norm `qn`) to a centroid `v` (norm `norm`, weighted by `idf`).
 * A centroid holds every word of its rule: this walks the message's few terms, not the centroid's.
 */
function centroidCosine(v: Map<number, number>, norm: number, idf: (id: number) => number, q: Map<number, number>, qn: number): number {
  if (!norm || !qn) return 0;
  let dot = 0;
  for (const [id, wq] of q) {
    const d = v.get(id);
    if (d !== undefined) dot += wq * (d * idf(id));
  }
  return dot / (norm * qn);
}
