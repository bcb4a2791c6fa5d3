import { addLearnedExample, type ShopReplyDB } from '../../lib/db';
import { detectLanguage } from '../../lib/match';
import { SuggestionsResponseSchema, type Request } from '../../lib/messages/protocol';
import type { LibraryCache } from './library-cache';
import { eventBase } from './event-base';

type OutcomeRequest = Extract<Request, { type: 'outcome' }>;

/** Longer buyer messages are not learned: an example should be one question, not a letter. */
export const LEARN_MAX_CHARS = 500;

/**
 * Stores what the agent did with a suggestion, and learns from it: when the agent sends a faq
 * rule's reply (accepted, edited, or chosen over the suggestions), the buyer's message becomes a
 * learned example of that rule, so the same wording matches next time.
 *
 * Only a buyer message this worker answered counts, and the text learned is the one it stored
 * then, never text sent along with the outcome: the chat page's own scripts can put anything in
 * the page, and a tab can claim anything.
 */
export async function recordOutcome(db: ShopReplyDB, library: LibraryCache, request: OutcomeRequest, now: number) {
  const handled = await db.handled.get([request.conversationId, request.messageKey]);
  if (!handled) return;
  await db.events.add({
    ...(await eventBase(db, request.conversationId, now)),
    type: request.outcome,
    messageKey: request.messageKey,
    ruleId: request.ruleId,
    packId: request.packId,
  });
  const buyerText = handled.text;
  if (request.outcome === 'dismissed' || !request.ruleId || !request.packId || !buyerText || buyerText.length > LEARN_MAX_CHARS) return;
  // Accepted or edited: the reply must be one the worker suggested for this very message.
  if (request.outcome !== 'overridden') {
    const answered = SuggestionsResponseSchema.safeParse(handled.response);
    if (!answered.success || !answered.data.suggestions.some((s) => s.ruleId === request.ruleId && s.packId === request.packId)) return;
  }
  const loaded = await library.get();
  const rule = loaded.rules.find((r) => r.id === request.ruleId && r.packId === request.packId);
  if (rule?.kind !== 'faq') return;
  const language = detectLanguage(buyerText).code;
  const learnedLanguage = language === 'und' ? '*' : language;
  const added = await addLearnedExample(db, {
    packId: request.packId,
    ruleId: request.ruleId,
    text: buyerText,
    language: learnedLanguage,
    source: request.outcome === 'overridden' ? 'overridden' : 'accepted',
    at: now,
  });
  if (added) await library.learned(loaded, request.ruleId, buyerText, learnedLanguage);
}
