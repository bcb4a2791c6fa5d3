import type { Phrase } from '../messages/protocol';
import { foldText, withoutAccents } from '../text/fold';

/** Case-, width- and accent-insensitive form for searching as the agent types. */
export function foldForSearch(text: string): string {
  return withoutAccents(foldText(text));
}

/** Phrases in the buyer's language (or for every language, `*`) come before the others. */
function languageRank(phrase: Phrase, buyerLanguage: string | undefined): number {
  if (!buyerLanguage) return 0;
  const base = (code: string) => code.toLowerCase().split('-')[0];
  return phrase.language === '*' || base(phrase.language) === base(buyerLanguage) ? 0 : 1;
}

/**
 * Phrases whose title, keywords or text contain every word of the query, best first: the buyer's
 * language first, then a title or keyword hit above a hit in the reply text only.
 */
export function searchPhrases(phrases: readonly Phrase[], query: string, limit = 50, buyerLanguage?: string): Phrase[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return phrases
      .map((phrase, order) => ({ phrase, order, lang: languageRank(phrase, buyerLanguage) }))
      .sort((a, b) => a.lang - b.lang || a.order - b.order)
      .slice(0, limit)
      .map((s) => s.phrase);
  }
  const scored: Array<{ phrase: Phrase; score: number; order: number; lang: number }> = [];
  phrases.forEach((phrase, order) => {
    const head = foldForSearch([phrase.title ?? '', phrase.ruleId, ...phrase.keywords].join(' '));
    const body = foldForSearch(phrase.text);
    let score = 0;
    for (const w of words) {
      if (head.includes(w)) score += 2;
      else if (body.includes(w)) score += 1;
      else return;
    }
    scored.push({ phrase, score, order, lang: languageRank(phrase, buyerLanguage) });
  });
  return scored
    .sort((a, b) => a.lang - b.lang || b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.phrase);
}
