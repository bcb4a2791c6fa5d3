import type { Phrase } from '../messages/protocol';
import { foldText, withoutAccents } from '../text/fold';

/** Case-, width- and accent-insensitive form for searching as the agent types. */
export function foldForSearch(text: string): string {
  return withoutAccents(foldText(text));
}

/**
 * Phrases whose title, keywords or text contain every word of the query, best first: a title or
 * keyword hit ranks above a hit in the reply text only.
 */
export function searchPhrases(phrases: readonly Phrase[], query: string, limit = 50): Phrase[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return phrases.slice(0, limit);
  const scored: Array<{ phrase: Phrase; score: number; order: number }> = [];
  phrases.forEach((phrase, order) => {
    const head = foldForSearch([phrase.title ?? '', phrase.ruleId, ...phrase.keywords].join(' '));
    const body = foldForSearch(phrase.text);
    let score = 0;
    for (const w of words) {
      if (head.includes(w)) score += 2;
      else if (body.includes(w)) score += 1;
      else return;
    }
    scored.push({ phrase, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.phrase);
}
