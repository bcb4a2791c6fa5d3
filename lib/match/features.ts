import { chatCjk, chatWord } from './chat-words';
import { conceptIndex, conceptText } from './concepts/lookup';
import { koreanStem } from './korean';
import { lexicon } from './lexicon';
import { cjkGrams, hangulGrams, normalize, scriptOf, stem, words } from './normalize';
import { cjkWords } from './segment';
import { DEFAULT_SETTINGS, type FeatureSettings } from './settings';
import { hasOwnStemmer, stemFor } from './stemmers';
import type { Vocabulary } from './vocabulary';

/** A normalised text cut into surface words (CJK runs whole). */
export interface Analyzed {
  normalized: string;
  words: string[];
}

/**
 * Normalise and cut a text into surface words, with chat spellings replaced (chat-words.ts) for
 * `language` (an example's language key, or the detected language of a message). At most
 * `maxChars` characters are read, so the work per message is bounded.
 */
export function analyze(text: string, language?: string, fs: FeatureSettings = DEFAULT_SETTINGS.features): Analyzed {
  const capped = text.length > fs.maxChars ? text.slice(0, fs.maxChars) : text;
  const normalized = normalize(capped);
  const ws = words(normalized);
  if (!fs.chat) return { normalized, words: ws };
  const out: string[] = [];
  for (const w of ws) {
    if (scriptOf(w) === 'cjk') {
      const c = chatCjk(w);
      if (c) out.push(c);
      continue;
    }
    const m = chatWord(w, language);
    if (m === undefined) out.push(w);
    else if (m) for (const x of m.split(' ')) out.push(x);
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

/** Marks a Chinese/Japanese word from the segmenter (kept apart from the character bigrams). */
export const SEGMENT_MARK = '§';

/** Model terms of one surface word: a stem (by language), or CJK/Hangul grams and words. */
export function wordTerms(word: string, language?: string, fs: FeatureSettings = DEFAULT_SETTINGS.features): string[] {
  switch (scriptOf(word)) {
    case 'cjk': {
      const grams = fs.cjkCharGrams || !fs.segmenter ? cjkGrams(word) : [];
      if (!fs.segmenter) return grams;
      for (const w of cjkWords(word)) grams.push(SEGMENT_MARK + w);
      return grams;
    }
    case 'hangul': {
      const out = [word, ...hangulGrams(word)];
      if (fs.koreanStems) {
        const st = koreanStem(word);
        if (st !== word) out.push(SEGMENT_MARK + st);
      }
      return out;
    }
    default:
      return [fs.stemmers ? stemFor(word, language) : stem(word)];
  }
}

/** Marks a word-pair term (no normalised word contains a space). */
export const PAIR_MARK = ' ';
const pairTerm = (a: string, b: string) => `${a}${PAIR_MARK}${b}`;

/** Marks a concept term (no normalised word contains it). */
export const CONCEPT_MARK = '§';

/**
 * The concept layer (lib/match/concepts, docs/concepts.md): every shop concept a text mentions, in
 * any of the eight languages, becomes one more term (`§refund`), so that an example and a message
 * that share a concept meet whatever their languages. Its weight relative to a word is
 * FeatureSettings.conceptWeight (settings.ts); 0 turns the layer off.
 * Adds the concept terms of some words to term counts, with a count whose damped weight
 * (1 + ln n for an example; n below 1, else 1 + ln n, for a message) is `weight`.
 */
function addConceptTerms(out: Map<string, number>, words: string[], weight: number, query: boolean, known?: (word: string) => boolean, knownShare = 1): void {
  if (!(weight > 0)) return;
  const countOf = (w: number) => (query && w <= 1 ? w : Math.exp(w - 1));
  if (!known || knownShare === 1) {
    for (const id of conceptIndex().conceptIds(words)) out.set(CONCEPT_MARK + id, countOf(weight));
    return;
  }
  // A message's concept said in Latin words the library already knows adds little its words do
  // not (and draws out-of-scope messages about the same topic over the bar): it counts
  // `knownShare` of a concept said in words the library lacks (another language, a CJK run).
  const text = conceptText(words);
  for (const h of conceptIndex().hits(words)) {
    const said = text.slice(h.start, h.end).split(' ').filter(Boolean);
    const isKnown = said.length > 0 && said.every((w) => scriptOf(w) === 'other' && /[a-z]/.test(w) && known(w));
    const w = isKnown ? weight * knownShare : weight;
    const t = CONCEPT_MARK + h.concept;
    if (w > 0) out.set(t, Math.max(out.get(t) ?? 0, countOf(w)));
  }
}

/** Marks a lexicon term (an emoji id of lib/match/lexicon; no normalised word contains it). */
export const LEXICON_MARK = '¤';

/**
 * The CLDR lexicon (lib/match/lexicon): each word that names things (알람, alarm, 闹钟) adds the
 * emoji it names as terms, each at weight / √(emoji named), so that one word weighs about one
 * `weight` whatever the number of emoji and two words of different languages that name the same
 * emoji meet about as much as one shared word would. FeatureSettings.lexiconWeight; 0: off.
 */
function addLexiconTerms(
  out: Map<string, number>,
  words: string[],
  language: string | undefined,
  weight: number,
  query: boolean,
  known?: (word: string, key: string) => boolean,
  knownShare = 1,
): void {
  const lex = lexicon();
  if (!(weight > 0) || !lex) return;
  const acc = new Map<number, number>();
  const covered = conceptWords(words);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === NEGATION_MARK || covered.has(i)) continue;
    for (const sense of lex.senses(w, scriptOf(w), language)) {
      const v = ((known && knownShare !== 1 && known(w, sense.key) ? knownShare : 1) * weight) / Math.sqrt(sense.ids.length);
      if (v > 0) for (const id of sense.ids) acc.set(id, (acc.get(id) ?? 0) + v);
    }
  }
  // Damped like a concept's count: 1 + ln n for an example; n below 1, else 1 + ln n, for a message.
  for (const [id, v] of acc) out.set(LEXICON_MARK + id.toString(36), query && v <= 1 ? v : Math.exp(v - 1));
}

/** Indexes of the words that say a shop concept: the concept layer speaks for them, not the lexicon. */
function conceptWords(words: string[]): Set<number> {
  const out = new Set<number>();
  const hits = conceptIndex().hits(words);
  if (!hits.length) return out;
  // Word i spans [starts[i], starts[i] + words[i].length) in conceptText(words).
  const text = conceptText(words);
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    at = text.indexOf(w, at);
    starts.push(at);
    at += w.length;
  }
  for (const h of hits) for (let i = 0; i < words.length; i++) if (starts[i] < h.end && starts[i] + words[i].length > h.start) out.add(i);
  return out;
}

/** Term counts of a text as the library holds it (examples): exact, no fuzzy lookup. */
export function documentTerms(words: string[], language?: string, fs: FeatureSettings = DEFAULT_SETTINGS.features): Map<string, number> {
  const out = new Map<string, number>();
  addConceptTerms(out, words, fs.conceptWeight, false);
  addLexiconTerms(out, words, language, fs.lexiconWeight, false);
  for (const w of words) for (const t of wordTerms(w, language, fs)) out.set(t, (out.get(t) ?? 0) + 1);
  if (fs.pairs) {
    for (let i = 0; i + 1 < words.length; i++) {
      if (scriptOf(words[i]) !== 'other' || scriptOf(words[i + 1]) !== 'other') continue;
      const t = pairTerm(wordTerms(words[i], language, fs)[0], wordTerms(words[i + 1], language, fs)[0]);
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
export function queryTerms(
  words: string[],
  vocab: Vocabulary,
  language?: string,
  known: (term: string) => boolean = () => true,
  fs: FeatureSettings = DEFAULT_SETTINGS.features,
  /** The message's detected language, for the lexicon (`language` is only one the library has). */
  detected: string | undefined = language,
): Map<string, number> {
  const out = new Map<string, number>();
  addConceptTerms(out, words, fs.conceptWeight, true, (w) => vocab.has(w), fs.knownConceptShare);
  // A word the library already knows says what its lexicon terms would: they count lexiconKnownShare.
  const knownWord = (w: string, key: string) => {
    switch (scriptOf(w)) {
      case 'other':
        return vocab.has(w) || known(key);
      case 'hangul':
        return known(w) || known(SEGMENT_MARK + key) || known(key);
      default:
        return known(key) || known(SEGMENT_MARK + key);
    }
  };
  addLexiconTerms(out, words, detected, fs.lexiconWeight, true, knownWord, fs.lexiconKnownShare);
  const add = (t: string, w: number) => out.set(t, (out.get(t) ?? 0) + w);
  // The detected language's stem, unless the library only knows the word's Porter stem (an
  // English message mistaken for Spanish still meets its English examples).
  const stemOf = (w: string) => {
    if (!fs.stemmers || !hasOwnStemmer(language)) return stem(w);
    const own = stemFor(w, language);
    if (known(own)) return own;
    const en = stem(w);
    return known(en) ? en : own;
  };
  let prev: [string, number] | undefined;
  for (const w of words) {
    if (scriptOf(w) !== 'other') {
      for (const t of wordTerms(w, language, fs)) add(t, 1);
      prev = undefined;
      continue;
    }
    const near = vocab.resolve(w, MODEL_FUZZY_SIMILARITY, 1);
    const cur: [string, number] = near.length ? [stemOf(near[0].word), near[0].similarity] : [stemOf(w), 1];
    add(cur[0], cur[1]);
    if (fs.pairs && prev) add(pairTerm(prev[0], cur[0]), Math.min(prev[1], cur[1]));
    prev = cur;
  }
  return out;
}

/** Char n-gram counts of some words (see charGrams). */
export function charGramCounts(words: string[], fs: FeatureSettings = DEFAULT_SETTINGS.features): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) for (const g of charGrams(w, fs)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

/** Char n-grams of one word for the char n-gram space: 3- and 4-grams with boundary marks for
 * alphabetic words (typos and inflections share most of them), the grams for CJK/Hangul. */
export function charGrams(word: string, fs: FeatureSettings = DEFAULT_SETTINGS.features): string[] {
  switch (scriptOf(word)) {
    case 'cjk':
      return cjkGrams(word);
    case 'hangul':
      return [word, ...hangulGrams(word)];
  }
  const chars = [...`^${word}$`];
  const out: string[] = [];
  for (const n of fs.gramSizes) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  if (!out.length) out.push(chars.join(''));
  return out;
}
