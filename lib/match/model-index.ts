import { LEXICON_MARK, PAIR_MARK, charGrams } from './features';
import { DEFAULT_SETTINGS, type MatcherSettings } from './settings';
import { Vocabulary } from './vocabulary';

/**
 * Building the intent model: every example (and learned example) of every rule as term counts in
 * an inverted index (postings), with its surface words and their char n-grams, and the document
 * frequencies, counted over rules. Adding is exact and cheap: no vector is ever re-weighted.
 * Caching (model-cache.ts) and searching (model.ts) build on this.
 */
export class ModelIndex {
  constructor(readonly settings: MatcherSettings = DEFAULT_SETTINGS) {}

  /** Called whenever the library changes (an example, or a rule: IDFs count rules). */
  protected changed(_rule?: number): void {}

  readonly vocab = new Vocabulary();
  protected readonly termId = new Map<string, number>();
  protected readonly terms: string[] = [];
  protected readonly df: number[] = [];
  /** Per term: its weight factor (word pairs count settings.features.pairWeight of a word). */
  protected readonly termFactor: number[] = [];
  /** Per term: whether it is a lexicon term (lib/match/lexicon), which links languages only. */
  protected readonly termLex: boolean[] = [];
  /** Per term: [example, damped count (1 + ln count), example, damped count, …]. */
  protected readonly postings: number[][] = [];

  readonly ruleIds: string[] = [];
  protected readonly ruleIndex = new Map<string, number>();

  readonly exRule: number[] = [];
  readonly exText: string[] = [];
  readonly exLang: string[] = [];
  /** Language keys of the examples held. */
  protected readonly languages = new Set<string>();
  readonly exLearned: boolean[] = [];
  protected readonly exStart: number[] = [0];
  protected readonly exTerms: number[] = [];
  protected readonly exCounts: number[] = [];

  /** Surface words and their char n-grams (ids into grams), for the char n-gram cosine. */
  protected readonly wordId = new Map<string, number>();
  protected readonly wordList: string[] = [];
  protected readonly wordGrams: number[][] = [];
  protected readonly gramId = new Map<string, number>();
  protected readonly gramDf: number[] = [];
  protected readonly exWordStart: number[] = [0];
  protected readonly exWords: number[] = [];

  /** Examples of each rule; document frequencies count rules, not examples (see idf). */
  protected readonly ruleExamples: number[][] = [];
  protected readonly termLastRule: number[] = [];
  protected readonly gramLastRule: number[] = [];
  protected readonly ruleDf: number[] = [];
  protected readonly gramRuleDf: number[] = [];

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
      this.changed();
    }
    return r;
  }

  hasRule(ruleId: string): boolean {
    return this.ruleIndex.has(ruleId);
  }

  protected term(t: string): number {
    let id = this.termId.get(t);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(t);
      this.termId.set(t, id);
      this.df.push(0);
      this.termFactor.push(t.includes(PAIR_MARK) ? this.settings.features.pairWeight : 1);
      this.termLex.push(t.startsWith(LEXICON_MARK));
      this.ruleDf.push(0);
      this.termLastRule.push(-1);
      this.postings.push([]);
    }
    return id;
  }

  protected word(w: string): number {
    let id = this.wordId.get(w);
    if (id === undefined) {
      id = this.wordList.length;
      this.wordList.push(w);
      this.wordId.set(w, id);
      this.wordGrams.push(
        charGrams(w, this.settings.features).map((g) => {
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

  protected push(rule: number, text: string, language: string, learned: boolean, ids: number[], tfs: number[], wordIds: number[]): void {
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
    this.changed(rule);
    this.exRule.push(rule);
    this.exText.push(text);
    this.exLang.push(language);
    this.languages.add(language);
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
  protected gramCounts(wordIds: Iterable<number>): Map<number, number> {
    const out = new Map<number, number>();
    for (const w of wordIds) for (const g of this.wordGrams[w]) out.set(g, (out.get(g) ?? 0) + 1);
    return out;
  }

  hasExample(ruleId: string, text: string): boolean {
    const r = this.ruleIndex.get(ruleId);
    if (r === undefined) return false;
    for (let i = 0; i < this.exRule.length; i++) if (this.exRule[i] === r && this.exText[i] === text) return true;
    return false;
  }

}
