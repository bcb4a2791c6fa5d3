import { z } from 'zod';

/**
 * What happened to suggestions, one event each. `grayArm` is set by whoever records the event
 * (grayLaunchArm(conversationId, share) at that moment) so metrics compare the launch arms even
 * after the share changes.
 */
/** Buyer text kept with an unanswered question: enough to read it, not a whole letter. */
export const UNANSWERED_TEXT_MAX = 500;

const base = {
  at: z.number().int().nonnegative(),
  conversationId: z.string().min(1),
  sessionId: z.string().min(1),
  ruleId: z.string().optional(),
  packId: z.string().optional(),
  detail: z.string().optional(),
  grayArm: z.enum(['in', 'out']).optional(),
};

export const ConversationEventSchema = z.discriminatedUnion('type', [
  /** Not a suggestion outcome, but the start of every response time. */
  z.object({ type: z.literal('buyer-message'), ...base }),
  z.object({ type: z.literal('shown'), ...base }),
  z.object({ type: z.literal('accepted'), ...base }),
  z.object({ type: z.literal('edited-then-sent'), ...base }),
  /** The agent sent something else (maybe another rule's reply: then ruleId is that rule). */
  z.object({ type: z.literal('overridden'), ...base }),
  z.object({ type: z.literal('dismissed'), ...base }),
  /** The worker granted an automatic send for one buyer message (it counts toward the session from here). */
  z.object({ type: z.literal('auto-claimed'), ...base }),
  z.object({ type: z.literal('auto-sent'), ...base }),
  z.object({ type: z.literal('auto-unconfirmed'), ...base }),
  z.object({ type: z.literal('blocked'), ...base, guard: z.string().min(1) }),
  z.object({ type: z.literal('repeated-question'), ...base }),
  z.object({ type: z.literal('offline-queued'), ...base, deadline: z.number().int() }),
  z.object({ type: z.literal('taken-over'), ...base }),
  /**
   * A buyer message that got no answer (at most a greeting): its text, so a supervisor can turn it
   * into an example or a rule. Kept, like every event, for the retention period.
   */
  z.object({ type: z.literal('unanswered'), ...base, text: z.string().min(1).max(UNANSWERED_TEXT_MAX), language: z.string().optional() }),
]);
export type ConversationEvent = z.infer<typeof ConversationEventSchema>;
export type ConversationEventType = ConversationEvent['type'];
