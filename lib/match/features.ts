import { conceptIndex } from './concepts/lookup';
import { cjkGrams, hangulGrams, normalize, scriptOf, stem, words } from './normalize';
import type { Vocabulary } from './vocabulary';

/** A normalised text cut into surface words (CJK runs whole). */
export interface Analyzed {
  normalized: string;
  words: string[];
}

/**
 * English chat spellings with one usual meaning ("u" → "you", "pls" → "please"): too short for the
 * spelling correction, common in buyer messages. Applied to examples and messages alike. Only
 * spellings that are not words of the other supported languages (no "ya" — Spanish — nor "im" —
 * German), so that a Spanish or German message does not pick up English words.
 */
const CHAT_WORDS: Record<string, string> = {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', plzz: 'please', pl: 'please', wat: 'what', wht: 'what',
  hw: 'how', abt: 'about', thx: 'thanks', thnx: 'thanks', tnx: 'thanks', bcoz: 'because', bcz: 'because', coz: 'because',
  cuz: 'because', nd: 'and', wanna: 'want', gonna: 'going', dnt: 'dont', didnt: 'didnt', pic: 'picture', pics: 'pictures',
  msg: 'message', info: 'information', amt: 'amount', qty: 'quantity', yr: 'your', iam: 'i am',
};
export const CHAT_SETTINGS = { on: true };

export function analyze(text: string): Analyzed {
  const normalized = normalize(text);
  const ws = words(normalized);
  if (!CHAT_SETTINGS.on) return { normalized, words: ws };
  const out: string[] = [];
  for (const w of ws) {
    const m = CHAT_WORDS[w];
    if (m === undefined) out.push(w);
    else for (const x of m.split(' ')) out.push(x);
  }
  return { normalized, words: out };
}

/**
 * Negation words of the eight languages (normalised: accents folded, apostrophes joined). "No" is
 * left out: it is also "number" ("order no 123") and a plain answer. CJK and Hangul negations are
 * found inside words (不, 没, ない, ません, 않, 못).
 */
const NEGATIONS = new Set([
  'not', 'never', 'cannot', 'cant', 'unable', 'dont', 'doesnt', 'didnt', 'isnt', 'wont', 'havent', 'hasnt', 'arent',
  'wasnt', 'werent', 'couldnt', 'wouldnt', 'nunca', 'nao', 'nem', 'pas', 'jamais', 'nicht', 'kein', 'keine', 'keinen', 'nie',
]);
const CJK_NEGATION = /[不没沒未]|ない|ません|なかった|않|못/u;
/** The word the model adds to a message or example that says something did not happen. */
export const NEGATION_MARK = '¬';

/**
 * Words for the intent model: the message's words, plus NEGATION_MARK when it is negated, so
 * that "I am not able to order pillows" (a problem) no longer looks like "I want to order
 * pillows", and a rule whose examples are complaints ("I did not receive my order") meets them.
 */
export function modelWords(words: string[]): string[] {
  for (const w of words) {
    if (NEGATIONS.has(w) || (scriptOf(w) !== 'other' && CJK_NEGATION.test(w))) return [...words, NEGATION_MARK];
  }
  return words;
}

/** Model terms of one surface word: a stem, or CJK/Hangul grams. */
export function wordTerms(word: string): string[] {
  switch (scriptOf(word)) {
    case 'cjk':
      return cjkGrams(word);
    case 'hangul':
      return [word, ...hangulGrams(word)];
    default:
      return [stem(word)];
  }
}

/** Word-pair terms ("check invoice" ≠ "get invoice"): on, and their weight relative to a word. */
export const PAIR_SETTINGS = { on: true, weight: 0.5 };
/** Marks a word-pair term (no normalised word contains a space). */
export const PAIR_MARK = ' ';
const pairTerm = (a: string, b: string) => `${a}${PAIR_MARK}${b}`;

/**
 * The concept layer (lib/match/concepts, docs/concepts.md): every shop concept a text mentions, in
 * any of the eight languages, becomes one more term (`§refund`), so that an example and a message
 * that share a concept meet whatever their languages. `weight` is its weight relative to a word;
 * 0 turns the layer off (MatcherOptions.conceptWeight).
 */
export const CONCEPT_SETTINGS = Object.freeze({ weight: 1 });
/** Marks a concept term (no normalised word contains it). */
export const CONCEPT_MARK = '§';

/**
 * Adds the concept terms of some words to term counts, with a count whose damped weight
 * (1 + ln n for an example; n below 1, else 1 + ln n, for a message) is `weight`.
 */
function addConceptTerms(out: Map<string, number>, words: string[], weight: number, query: boolean): void {
  if (!(weight > 0)) return;
  const count = query && weight <= 1 ? weight : Math.exp(weight - 1);
  for (const id of conceptIndex().conceptIds(words)) out.set(CONCEPT_MARK + id, count);
}

/** Term counts of a text as the library holds it (examples): exact, no fuzzy lookup. */
export function documentTerms(words: string[], conceptWeight: number = CONCEPT_SETTINGS.weight): Map<string, number> {
  const out = new Map<string, number>();
  addConceptTerms(out, words, conceptWeight, false);
  for (const w of words) for (const t of wordTerms(w)) out.set(t, (out.get(t) ?? 0) + 1);
  if (PAIR_SETTINGS.on) {
    for (let i = 0; i + 1 < words.length; i++) {
      if (scriptOf(words[i]) !== 'other' || scriptOf(words[i + 1]) !== 'other') continue;
      const t = pairTerm(stem(words[i]), stem(words[i + 1]));
      out.set(t, (out.get(t) ?? 0) + 1);
    }
  }
  return out;
}

/** Least similarity for a misspelt message word to stand for a known word in the model. */
export const MODEL_FUZZY_SIMILARITY = 0.8;

/**
 * Term weights of a buyer message: known words count fully; an unknown Latin word counts as its
 * nearest known spelling, weighted by similarity, or as itself (unknown to the model, which
 * lowers every cosine — what an out-of-scope message should do).
 */
export function queryTerms(words: string[], vocab: Vocabulary, conceptWeight: number = CONCEPT_SETTINGS.weight): Map<string, number> {
  const out = new Map<string, number>();
  addConceptTerms(out, words, conceptWeight, true);
  const add = (t: string, w: number) => out.set(t, (out.get(t) ?? 0) + w);
  let prev: [string, number] | undefined;
  for (const w of words) {
    if (scriptOf(w) !== 'other') {
      for (const t of wordTerms(w)) add(t, 1);
      prev = undefined;
      continue;
    }
    const near = vocab.resolve(w, MODEL_FUZZY_SIMILARITY, 1);
    const cur: [string, number] = near.length ? [stem(near[0].word), near[0].similarity] : [stem(w), 1];
    add(cur[0], cur[1]);
    if (PAIR_SETTINGS.on && prev) add(pairTerm(prev[0], cur[0]), Math.min(prev[1], cur[1]));
    prev = cur;
  }
  return out;
}

/** Char n-grams of one word for the char n-gram space: 3- and 4-grams with boundary marks for
 * alphabetic words (typos and inflections share most of them), the word terms for CJK/Hangul. */
export const GRAM_SETTINGS = { sizes: [3, 4] };

/** Char n-gram counts of some words (see charGrams). */
export function charGramCounts(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) for (const g of charGrams(w)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

export function charGrams(word: string): string[] {
  if (scriptOf(word) !== 'other') return wordTerms(word);
  const chars = [...`^${word}$`];
  const out: string[] = [];
  for (const n of GRAM_SETTINGS.sizes) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  if (!out.length) out.push(chars.join(''));
  return out;
}
