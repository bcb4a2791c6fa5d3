import type { ConversationEvent } from '../conversation/events';
import { normalize } from '../match/normalize';

export interface UnansweredQuestion {
  /** The buyer's words as last asked. */
  text: string;
  language?: string;
  /** How many times it was asked (the same words, folded) in the period. */
  count: number;
  lastAt: number;
}

/**
 * Buyer questions that got no answer since `from`, the same words (folded) once, most asked
 * first. Questions already known (`known`: folded texts of examples) are left out.
 */
export function unansweredQuestions(events: readonly ConversationEvent[], from: number, known: ReadonlySet<string> = new Set()): UnansweredQuestion[] {
  const byKey = new Map<string, UnansweredQuestion>();
  for (const e of events) {
    if (e.type !== 'unanswered' || e.at < from) continue;
    const key = questionKey(e.text);
    if (!key || known.has(key)) continue;
    const q = byKey.get(key);
    if (!q) byKey.set(key, { text: e.text, language: e.language, count: 1, lastAt: e.at });
    else {
      q.count++;
      if (e.at >= q.lastAt) Object.assign(q, { text: e.text, language: e.language ?? q.language, lastAt: e.at });
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

/** The same question, whatever its case, width or spacing. */
export const questionKey = (text: string): string => normalize(text);
