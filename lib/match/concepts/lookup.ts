import { isCjkChar, isHangulChar, normalize, words as splitWords } from '../normalize';
import { CONCEPTS, CONCEPT_BLOCKERS } from './data';
import { CONCEPT_LANGUAGES, type Concept } from './types';

/** One concept term found in a text. */
export interface ConceptHit {
  concept: string;
  /** The term as written in the concept data. */
  term: string;
  /** The languages whose lists hold that term. */
  languages: string[];
  /** Where it was found in `conceptText(words)` (end exclusive). */
  start: number;
  end: number;
}

interface Pattern {
  /** Index into concepts; -1 for a blocker. */
  concept: number;
  term: string;
  languages: string[];
  /** Length of the padded key, for the longest-match rule. */
  length: number;
  /** Latin-script keys are padded with a leading space (and a trailing one unless a prefix). */
  padded: boolean;
}

/**
 * Finds the concepts a text mentions: one Aho–Corasick automaton over every term of every
 * language, run once over the normalised words joined by spaces, so the work is linear in the
 * text whatever the number of terms. Latin terms are keyed with spaces around them, which makes
 * them match whole words only (a `*` term only at its start); CJK and Hangul terms match anywhere.
 * Where matches overlap, one inside a longer match of another concept (or of a blocker phrase)
 * is dropped.
 */
export class ConceptIndex {
  readonly ids: readonly string[];
  private readonly patterns: Pattern[] = [];
  /** Transition of (state, UTF-16 code unit), keyed state * 0x10000 + code. */
  private readonly next = new Map<number, number>();
  /** Transitions from the root by code unit (0: none), the step taken on most characters. */
  private readonly rootNext = new Int32Array(0x10000);
  private fail: Int32Array = new Int32Array(1);
  /** Patterns ending at each state (own, then along the failure links). */
  private out: number[][] = [[]];

  constructor(concepts: readonly Concept[], blockers: readonly string[] = []) {
    this.ids = concepts.map((c) => c.id);
    const seen = new Set<string>();
    for (const c of concepts) {
      if (seen.has(c.id)) throw new Error(`concept "${c.id}" is defined twice`);
      seen.add(c.id);
    }
    const byKey = new Map<string, number>();
    const add = (concept: number, term: string, language: string | undefined) => {
      const key = ConceptIndex.key(term);
      if (key === undefined) throw new Error(`concept "${this.ids[concept] ?? 'blocker'}": term "${term}" has no letters`);
      const at = byKey.get(key.key);
      if (at !== undefined) {
        const p = this.patterns[at];
        if (p.concept !== concept) {
          const name = (i: number) => (i < 0 ? 'a blocker' : `concept "${this.ids[i]}"`);
          throw new Error(`term "${term}" belongs to ${name(p.concept)} and to ${name(concept)}`);
        }
        if (language && !p.languages.includes(language)) p.languages.push(language);
        return;
      }
      byKey.set(key.key, this.patterns.length);
      this.patterns.push({ concept, term, languages: language ? [language] : [], length: key.key.length, padded: key.padded });
      this.insert(key.key, this.patterns.length - 1);
    };
    concepts.forEach((c, i) => {
      for (const lang of CONCEPT_LANGUAGES) for (const t of c.terms[lang] ?? []) add(i, t, lang);
    });
    for (const b of blockers) add(-1, b, undefined);
    this.link();
  }

  /** The automaton key of a term: normalised like a message; Latin terms padded with spaces. */
  static key(term: string): { key: string; padded: boolean } | undefined {
    const prefix = term.endsWith('*');
    const t = normalize(prefix ? term.slice(0, -1) : term);
    if (!t) return undefined;
    const first = t[0];
    if (isCjkChar(first) || isHangulChar(first)) return { key: t, padded: false };
    return { key: ` ${t}${prefix ? '' : ' '}`, padded: true };
  }

  private states = 1;
  private insert(key: string, pattern: number): void {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const k = s * 0x10000 + key.charCodeAt(i);
      let n = this.next.get(k);
      if (n === undefined) {
        n = this.states++;
        this.next.set(k, n);
        if (s === 0) this.rootNext[key.charCodeAt(i)] = n;
        this.out.push([]);
      }
      s = n;
    }
    this.out[s].push(pattern);
  }

  /** Failure links, breadth first, and each state's outputs merged with its failure state's. */
  private link(): void {
    const children: Array<Array<[number, number]>> = Array.from({ length: this.states }, () => []);
    for (const [k, n] of this.next) children[Math.floor(k / 0x10000)].push([k % 0x10000, n]);
    this.fail = new Int32Array(this.states);
    const queue: number[] = [];
    for (const [, n] of children[0]) queue.push(n);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, n] of children[s]) {
        let f = this.fail[s];
        while (f > 0 && !this.next.has(f * 0x10000 + c)) f = this.fail[f];
        const g = this.next.get(f * 0x10000 + c);
        this.fail[n] = g !== undefined && g !== n ? g : 0;
        if (this.out[this.fail[n]].length) this.out[n] = [...this.out[n], ...this.out[this.fail[n]]];
        queue.push(n);
      }
    }
  }

  /**
   * The matches in a padded text that count (blocked and overlapped ones left out, blockers
   * too), in text order.
   */
  private scan(text: string): Array<{ p: number; start: number; end: number }> {
    const found: Array<{ p: number; start: number; end: number }> = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n = 0;
      while (s > 0) {
        const m = this.next.get(s * 0x10000 + c);
        if (m !== undefined) {
          n = m;
          break;
        }
        s = this.fail[s];
      }
      s = s > 0 ? n : this.rootNext[c];
      const out = this.out[s];
      for (let k = 0; k < out.length; k++) found.push({ p: out[k], start: i + 1 - this.patterns[out[k]].length, end: i + 1 });
    }
    if (found.length < 2) return found.filter((f) => this.patterns[f.p].concept >= 0);
    // Longest first; a match inside a kept longer match of another concept does not count.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const f of found) {
      const concept = this.patterns[f.p].concept;
      if (kept.some((k) => k.start <= f.start && f.end <= k.end && this.patterns[k.p].concept !== concept)) continue;
      kept.push(f);
    }
    return kept.filter((f) => this.patterns[f.p].concept >= 0).sort((a, b) => a.start - b.start);
  }

  /** Every concept term found in some normalised words (blocked and overlapped ones left out). */
  hits(words: readonly string[], language?: string): ConceptHit[] {
    if (!words.length) return [];
    const text = ` ${conceptText(words)} `;
    const out: ConceptHit[] = [];
    for (const f of this.scan(text)) {
      const p = this.patterns[f.p];
      if (language && !p.languages.includes(language)) continue;
      // Positions in conceptText(words): the padded text has one more leading space; a padded key's
      // spaces are not part of the term.
      const start = f.start - 1 + (p.padded ? 1 : 0);
      const end = f.end - 1 - (p.padded && text[f.end - 1] === ' ' ? 1 : 0);
      out.push({ concept: this.ids[p.concept], term: p.term, languages: [...p.languages], start, end });
    }
    return out;
  }

  /** The ids of the concepts some normalised words mention, each once, in text order. */
  conceptIds(words: readonly string[], language?: string): string[] {
    if (language) return [...new Set(this.hits(words, language).map((h) => h.concept))];
    if (!words.length) return [];
    const ids: string[] = [];
    for (const f of this.scan(` ${conceptText(words)} `)) {
      const id = this.ids[this.patterns[f.p].concept];
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }
}

/**
 * The text the lookup reads: the words joined by spaces, except that CJK words are joined without
 * one, so that a term is found however a segmenter cut the run (没 收到 → 没收到).
 */
export function conceptText(words: readonly string[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && !(isCjkChar(w[0] ?? '') && isCjkChar(out[out.length - 1] ?? ''))) out += ' ';
    out += w;
  }
  return out;
}

let shared: ConceptIndex | undefined;
/** The index of the shop concepts (built on first use, a few milliseconds). */
export function conceptIndex(): ConceptIndex {
  return (shared ??= new ConceptIndex(CONCEPTS, CONCEPT_BLOCKERS));
}

/** The concept ids a raw text mentions (normalised here); `language` keeps that language's terms only. */
export function conceptsOf(text: string, language?: string): string[] {
  return conceptIndex().conceptIds(splitWords(normalize(text)), language);
}
