import { z } from 'zod';

/**
 * The one message protocol between the extension's contexts. Every receiver parses what it gets
 * with these schemas and checks `sender.id`; nothing else crosses a context boundary.
 */

const id = z.string().min(1).max(500);
const text = z.string().max(10_000);

/** What the chat page shows about the conversation the message belongs to. */
export const ConversationContextSchema = z.object({
  conversationId: id,
  buyerName: z.string().max(200).optional(),
  orderId: z.string().max(100).optional(),
  productName: z.string().max(500).optional(),
  sku: z.string().max(100).optional(),
  skusInView: z.array(z.string().max(100)).max(50).default([]),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

/** One reply offered to the agent, rendered for this conversation and explained. */
export const ShownSuggestionSchema = z.object({
  ruleId: id,
  packId: id,
  kind: z.enum(['faq', 'welcome', 'offline', 'quick']),
  title: z.string().optional(),
  text,
  score: z.number().min(0).max(1),
  language: z.string(),
  /** Why it was suggested, in words an agent understands. */
  reason: z.string(),
  /** Variables with no value: the suggestion must be completed before it is sent. */
  missing: z.array(z.string()),
  /** Compliance problems (banned phrases) found in the reply; empty when it is clean. */
  violations: z.array(z.string()),
});
export type ShownSuggestion = z.infer<typeof ShownSuggestionSchema>;

export const AutoSendDecisionSchema = z.object({
  send: z.boolean(),
  blockedBy: z.string().optional(),
  detail: z.string().optional(),
});
export type AutoSendDecision = z.infer<typeof AutoSendDecisionSchema>;

export const OutcomeSchema = z.enum(['accepted', 'edited-then-sent', 'overridden', 'dismissed']);

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script: a new buyer message arrived. */
  z.object({
    type: z.literal('buyer-message'),
    context: ConversationContextSchema,
    messageKey: id,
    text,
  }),
  /** Content script or popup: what the agent did with a suggestion. */
  z.object({
    type: z.literal('outcome'),
    conversationId: id,
    messageKey: id,
    outcome: OutcomeSchema,
    ruleId: id.optional(),
    packId: id.optional(),
    /** The buyer message, learned as an example of the chosen rule on accept or override. */
    buyerText: text.optional(),
    sentText: text.optional(),
  }),
  /** Content script: the shop's own message appeared in a conversation (sent by the agent or automatically). */
  z.object({ type: z.literal('seller-message'), conversationId: id, text }),
  /** Popup: the library's phrases for quick insertion. */
  z.object({ type: z.literal('list-phrases') }),
  /** Library editor: what the worker would answer to this text, recording nothing. */
  z.object({ type: z.literal('try'), text, context: ConversationContextSchema }),
  /** Overlay or popup: auto-send for one conversation (off by default). */
  z.object({ type: z.literal('set-auto-send'), conversationId: id, enabled: z.boolean() }),
  /** Popup: stops every automatic reply at once. */
  z.object({ type: z.literal('set-global-pause'), paused: z.boolean() }),
  z.object({ type: z.literal('conversation-state'), conversationId: id }),
  /** Content script: the agent typed in this conversation, which takes it over from auto-send. */
  z.object({ type: z.literal('taken-over'), conversationId: id }),
  /** Content script: what happened when it tried to send automatically. */
  z.object({
    type: z.literal('auto-send-result'),
    conversationId: id,
    messageKey: id,
    ruleId: id,
    packId: id,
    text,
    result: z.enum(['sent', 'unconfirmed', 'blocked']),
    guard: z.string().optional(),
    detail: z.string().optional(),
  }),
  /** Popup: conversations answered offline, waiting for the shop's reply. */
  z.object({ type: z.literal('followups') }),
  /** Library editor: whether the intent model of the current library is trained yet. */
  z.object({ type: z.literal('training-status') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const SuggestionsResponseSchema = z.object({
  conversationId: id,
  messageKey: id,
  language: z.string(),
  suggestions: z.array(ShownSuggestionSchema).max(3),
  autoSend: AutoSendDecisionSchema.optional(),
});
export type SuggestionsResponse = z.infer<typeof SuggestionsResponseSchema>;

export const PhraseSchema = z.object({
  ruleId: id,
  packId: id,
  kind: z.enum(['faq', 'welcome', 'offline', 'quick']),
  title: z.string().optional(),
  language: z.string(),
  text,
  keywords: z.array(z.string()).default([]),
});
export type Phrase = z.infer<typeof PhraseSchema>;
export const PhraseListSchema = z.object({ phrases: z.array(PhraseSchema) });

export const AckSchema = z.object({ ok: z.literal(true) });

/** Answer to `training-status`: after a library change the model trains in the background. */
export const TrainingStatusSchema = z.object({
  /** training: an interim matcher answers meanwhile; failed: it keeps answering until the next change. */
  state: z.enum(['training', 'ready', 'failed']),
  /** While training: keywords — the new keywords are being indexed (the previous model answers);
   * model — they answer too, while the model of the examples is built. */
  stage: z.enum(['keywords', 'model']).optional(),
  /** Share of the training done, 0..1. */
  progress: z.number().min(0).max(1),
  /** Faq rules of the library. */
  rules: z.number().int().min(0),
  /** Fingerprint of the rules the model is (being) built from: a new value means a new model. */
  model: z.string(),
});
export type TrainingStatus = z.infer<typeof TrainingStatusSchema>;

/** Messages from the popup to the content script of the active chat tab. */
export const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-current') }),
  z.object({ type: z.literal('insert'), text, ruleId: id.optional(), packId: id.optional(), override: z.boolean().default(false) }),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export const CurrentConversationSchema = z.object({
  conversationId: id.nullable(),
  /** What the page shows about the conversation: the values of a phrase's variables. */
  context: ConversationContextSchema.nullable().default(null),
  buyerName: z.string().optional(),
  lastBuyerMessage: text.optional(),
  messageKey: id.optional(),
  suggestions: z.array(ShownSuggestionSchema),
  profileOk: z.boolean(),
});
export type CurrentConversation = z.infer<typeof CurrentConversationSchema>;

export const ErrorResponseSchema = z.object({ error: z.string() });

export const ConversationStateSchema = z.object({
  conversationId: id,
  autoSend: z.boolean(),
  takenOver: z.boolean(),
  globalPaused: z.boolean(),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;

export const FollowUpSchema = z.object({
  conversationId: id,
  buyerName: z.string().optional(),
  queuedAt: z.number(),
  deadline: z.number(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
export const FollowUpListSchema = z.object({ followups: z.array(FollowUpSchema) });
