import { z } from 'zod';
import { SiteProfileFileSchema } from '../sites/profile-v1';

/**
 * The one message protocol between the extension's contexts. Every receiver parses what it gets
 * with these schemas and checks who sent it (contract.ts says who may send what); senders use
 * `ask()`, which parses the reply. Nothing else crosses a context boundary.
 */

const id = z.string().min(1).max(500);
const text = z.string().max(10_000);

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * A value read from the chat page: the page decides how long it is, so a long one is cut to its
 * cap instead of making the whole message invalid.
 */
const pageValue = (max: number) => z.string().transform((v) => clip(v, max));
/** A message's text as the page shows it (TikTok's composer takes 2,000 characters). */
const pageText = pageValue(10_000);
/** At most this many SKUs of the page are matched against; a page may show many more. */
export const MAX_SKUS_IN_VIEW = 50;

/** What the chat page shows about the conversation the message belongs to. */
export const ConversationContextSchema = z.object({
  conversationId: id,
  buyerName: pageValue(200).optional(),
  orderId: pageValue(100).optional(),
  productName: pageValue(500).optional(),
  sku: pageValue(100).optional(),
  skusInView: z.array(pageValue(100)).default([]).transform((skus) => skus.slice(0, MAX_SKUS_IN_VIEW)),
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
  /** The same for a faq match as catalogue keys and values, worded by the interface (lib/match/explain.ts). */
  why: z.array(z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })).optional(),
  /** The same as a code and values (lib/conversation/candidate.ts ReasonCode), for the interface's own language. */
  reasonCode: z
    .object({
      code: z.enum(['keyword', 'example', 'learned', 'offline', 'welcome']),
      values: z.record(z.string(), z.union([z.string(), z.number()])),
      repeated: z.boolean().optional(),
    })
    .optional(),
  /** Variables with no value: the suggestion must be completed before it is sent. */
  missing: z.array(z.string()),
  /** Compliance problems (banned phrases) found in the reply; empty when it is clean. */
  violations: z.array(z.string()),
});
export type ShownSuggestion = z.infer<typeof ShownSuggestionSchema>;

/**
 * Whether the answered buyer message may be sent automatically: never "send". The content script
 * checks the page after its pause and then claims the send (`claim-auto-send`); only a granted
 * claim sends. A replayed answer (the same message asked again) carries none.
 */
export const AutoSendEligibilitySchema = z.object({
  eligible: z.boolean(),
  /** The guard that holds it back (a code), with its values. */
  blockedBy: z.string().optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type AutoSendEligibility = z.infer<typeof AutoSendEligibilitySchema>;

/** The most a draft profile may weigh as JSON: it travels in the editor's URL. */
export const MAX_DRAFT_PROFILE_CHARS = 100_000;

/**
 * A draft site profile, by shape only: an object that says it is one. The editor checks the rest
 * (with the page's selector engine) and shows its problems; the worker has no DOM to check selectors.
 */
export const SiteProfileDraftSchema = z
  .looseObject({ format: z.literal('shopreply.site-profile') })
  .refine((v) => JSON.stringify(v).length <= MAX_DRAFT_PROFILE_CHARS, { message: `is longer than ${MAX_DRAFT_PROFILE_CHARS} characters as JSON` });

export const OutcomeSchema = z.enum(['accepted', 'edited-then-sent', 'overridden', 'dismissed']);

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script: a new buyer message arrived. */
  z.object({
    type: z.literal('buyer-message'),
    context: ConversationContextSchema,
    messageKey: id,
    text: pageText,
  }),
  /** Content script: what the agent did with a suggestion. */
  z.object({
    type: z.literal('outcome'),
    conversationId: id,
    messageKey: id,
    outcome: OutcomeSchema,
    ruleId: id.optional(),
    packId: id.optional(),
    /**
     * Ignored by the worker: it learns from the buyer text it stored when it answered the message
     * (messageKey), never from text a tab sends with the outcome.
     */
    buyerText: text.optional(),
    sentText: text.optional(),
  }),
  /** Content script: the shop's own message appeared in a conversation (sent by the agent or automatically). */
  z.object({ type: z.literal('seller-message'), conversationId: id, text: pageText }),
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
  /**
   * Content script, after its pause and its page check: may it send this reply now? Granted once
   * per buyer message, against the switches and the session limit as stored at that moment.
   */
  z.object({
    type: z.literal('claim-auto-send'),
    conversationId: id,
    messageKey: id,
    ruleId: id,
    packId: id,
    text,
  }),
  /** Library editor: whether the intent model of the current library is trained yet. */
  z.object({ type: z.literal('training-status') }),
  // --- site profiles (issue 11, profiles) ---
  /** Options page: every imported site profile, the most recently imported first. */
  z.object({ type: z.literal('site-profiles') }),
  /**
   * Options page, at Apply: store a site profile (new, or an update of the one with its id). The
   * worker checks it again with the schema (selectors for shape only: it has no DOM).
   */
  z.object({ type: z.literal('save-site-profile'), profile: z.unknown(), source: z.string().max(500).optional() }),
  /** Options page: remove an imported profile; the worker gives back hosts no other profile needs. */
  z.object({ type: z.literal('remove-site-profile'), id }),
  /** Content script at start: the imported profiles whose pages include this URL, most recent first. */
  z.object({ type: z.literal('site-profiles-for-page'), url: z.string().max(4000) }),
  // teach (issue 11): "Teach this page" hands its profile to the editor.
  /** Content script: open the editor with this draft site profile for preview and Apply (it changes nothing by itself). */
  z.object({ type: z.literal('open-site-profile-draft'), profile: SiteProfileDraftSchema }),
  /** Content script: inject the teaching interface's chunk into the sender's tab (the worker knows the tab). */
  z.object({ type: z.literal('load-teach-ui') }),
  // teachkit (issue 11): "Teach a new page" from the editor, for a host no profile covers yet.
  /** Options page, after the person granted the host: register the content script there for teaching and open the page. */
  z.object({ type: z.literal('teach-host-start'), address: z.string().min(1).max(4000) }),
  /** Options page: the hosts registered for teaching. */
  z.object({ type: z.literal('teach-hosts') }),
  /** Options page: stop teaching on a host (unregister; give the host back unless something needs it). */
  z.object({ type: z.literal('teach-host-cancel'), id }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const SuggestionsResponseSchema = z.object({
  conversationId: id,
  messageKey: id,
  language: z.string(),
  suggestions: z.array(ShownSuggestionSchema).max(3),
  autoSend: AutoSendEligibilitySchema.optional(),
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

/** What a receiver answers instead when it refuses or fails a request. */
export const ErrorCodeSchema = z.enum(['refused', 'malformed', 'failed']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export const ErrorResponseSchema = z.object({ error: z.string(), code: ErrorCodeSchema.default('failed') });

/** The content script's answer to `insert`: false when the page has no composer. */
export const InsertResultSchema = z.object({ ok: z.boolean() });

export const ConversationStateSchema = z.object({
  conversationId: id,
  autoSend: z.boolean(),
  takenOver: z.boolean(),
  globalPaused: z.boolean(),
  /** Auto-send was turned on here before: the first time, the interface asks to confirm. */
  autoSendConfirmed: z.boolean().optional(),
  /** The shop's interface language setting, so the overlay needs no settings message of its own. */
  interfaceLanguage: z.enum(['auto', 'zh', 'en']).optional(),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;

export const ClaimResponseSchema = z.discriminatedUnion('granted', [
  z.object({ granted: z.literal(true) }),
  z.object({ granted: z.literal(false), blockedBy: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])).default({}) }),
]);
export type ClaimResponse = z.infer<typeof ClaimResponseSchema>;

export const FollowUpSchema = z.object({
  conversationId: id,
  buyerName: z.string().optional(),
  queuedAt: z.number(),
  deadline: z.number(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
export const FollowUpListSchema = z.object({ followups: z.array(FollowUpSchema) });

// --- site profiles (issue 11, profiles) ---
export const StoredSiteProfileSchema = z.object({
  profile: SiteProfileFileSchema,
  importedAt: z.number(),
  source: z.string().optional(),
});
export type StoredSiteProfileMessage = z.infer<typeof StoredSiteProfileSchema>;
export const SiteProfileListSchema = z.object({ profiles: z.array(StoredSiteProfileSchema) });
export const SiteProfileSavedSchema = z.object({ id, created: z.boolean() });
export const SiteProfileRemovedSchema = z.object({
  removed: z.boolean(),
  /** Host permissions given back (no other profile and not the manifest needed them). */
  released: z.array(z.string()),
});
export const SiteProfilesForPageSchema = z.object({ profiles: z.array(SiteProfileFileSchema) });

// teachkit (issue 11): hosts registered for "Teach a new page".
export const TeachHostStartedSchema = z.object({ id, url: z.string(), registered: z.boolean() });
export const TeachHostListSchema = z.object({ hosts: z.array(z.object({ id, pattern: z.string() })) });
export const TeachHostCancelledSchema = z.object({ released: z.array(z.string()) });
