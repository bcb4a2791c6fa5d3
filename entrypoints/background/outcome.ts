import { addLearnedExample, type ShopReplyDB } from '../../lib/db';
import { detectLanguage } from '../../lib/match';
import type { Request } from '../../lib/messages/protocol';
import type { LibraryCache } from './library-cache';
import { eventBase } from './event-base';

type OutcomeRequest = Extract<Request, { type: 'outcome' }>;

/**
 * Stores what the agent did with a suggestion, and learns from it: when the agent sends a faq
 * rule's reply (accepted, edited, or chosen over the suggestions), the buyer's message becomes a
 * learned example of that rule, so the same wording matches next time.
 */
export async function recordOutcome(db: ShopReplyDB, library: LibraryCache, request: OutcomeRequest, now: number) {
  await db.events.add({
    ...(await eventBase(db, request.conversationId, now)),
    type: request.outcome,
    messageKey: request.messageKey,
    ruleId: request.ruleId,
    packId: request.packId,
  });
  if (request.outcome === 'dismissed' || !request.ruleId || !request.packId || !request.buyerText) return;
  const loaded = await library.get();
  const rule = loaded.rules.find((r) => r.id === request.ruleId && r.packId === request.packId);
  if (rule?.kind !== 'faq') return;
  const language = detectLanguage(request.buyerText).code;
  const learnedLanguage = language === 'und' ? '*' : language;
  const added = await addLearnedExample(db, {
    packId: request.packId,
    ruleId: request.ruleId,
    text: request.buyerText,
    language: learnedLanguage,
    source: request.outcome === 'overridden' ? 'overridden' : 'accepted',
    at: now,
  });
  if (added) await library.learned(loaded, request.ruleId, request.buyerText, learnedLanguage);
}
