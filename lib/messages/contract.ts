import type { z } from 'zod';
import {
  AckSchema,
  ClaimResponseSchema,
  ConversationStateSchema,
  CurrentConversationSchema,
  FollowUpListSchema,
  InsertResultSchema,
  PhraseListSchema,
  RequestSchema,
  SiteProfileListSchema,
  SiteProfileRemovedSchema,
  SiteProfileSavedSchema,
  SiteProfilesForPageSchema,
  SuggestionsResponseSchema,
  TabRequestSchema,
  TeachHostCancelledSchema,
  TeachHostListSchema,
  TeachHostStartedSchema,
  TrainingStatusSchema,
  type Request,
  type TabRequest,
} from './protocol';

/**
 * Who sends a message, as the receiver can tell from Chrome's `MessageSender`:
 * - `content-script`: our content script in a chat tab. The page around it is not trusted, so
 *   nothing it asks may change the library or the shop's settings.
 * - `extension-page`: one of our own pages (popup, options), at our extension's origin.
 */
export type SenderKind = 'content-script' | 'extension-page';

const CONTENT_SCRIPT = ['content-script'] as const satisfies readonly SenderKind[];
const EXTENSION_PAGE = ['extension-page'] as const satisfies readonly SenderKind[];
const EITHER = ['content-script', 'extension-page'] as const satisfies readonly SenderKind[];

interface Contract {
  /** What the sender sends: the receiver parses it before anything else. */
  request: z.ZodType;
  /** What the receiver answers (an `{error}` reply aside). */
  response: z.ZodType;
  /** Who may send it. */
  from: readonly SenderKind[];
}

export type RequestType = Request['type'];
export type TabRequestType = TabRequest['type'];
type Member<U, K> = Extract<U, { type: K }>;
/** What a sender writes for a request (defaults may be left out). */
export type RequestInput<K extends RequestType = RequestType> = Member<z.input<typeof RequestSchema>, K>;
export type RequestOf<K extends RequestType> = Member<Request, K>;
export type TabRequestInput<K extends TabRequestType = TabRequestType> = Member<z.input<typeof TabRequestSchema>, K>;
export type TabRequestOf<K extends TabRequestType> = Member<TabRequest, K>;

/** One member of a discriminated union of messages, by its `type`. */
function memberOf<O, I>(union: { options: readonly z.ZodType[] }, type: string): z.ZodType<O, I> {
  const found = union.options.find((option) => (option as z.ZodObject<{ type: z.ZodLiteral<string> }>).shape.type.value === type);
  if (!found) throw new Error(`no request schema for message type "${type}"`);
  return found as z.ZodType<O, I>;
}
const request = <K extends RequestType>(type: K) => memberOf<RequestOf<K>, RequestInput<K>>(RequestSchema, type);
const tabRequest = <K extends TabRequestType>(type: K) => memberOf<TabRequestOf<K>, TabRequestInput<K>>(TabRequestSchema, type);

/**
 * Every message to the background worker: what is sent (the type's member of `RequestSchema`), what
 * is answered, and who may send it. A new request type does not type-check until it has a line here.
 */
export const WORKER_CONTRACTS = {
  'buyer-message': { request: request('buyer-message'), response: SuggestionsResponseSchema, from: CONTENT_SCRIPT },
  outcome: { request: request('outcome'), response: AckSchema, from: CONTENT_SCRIPT },
  'seller-message': { request: request('seller-message'), response: AckSchema, from: CONTENT_SCRIPT },
  'taken-over': { request: request('taken-over'), response: ConversationStateSchema, from: CONTENT_SCRIPT },
  'auto-send-result': { request: request('auto-send-result'), response: AckSchema, from: CONTENT_SCRIPT },
  // Only the tab that shows the buyer may claim the one automatic reply of a message.
  'claim-auto-send': { request: request('claim-auto-send'), response: ClaimResponseSchema, from: CONTENT_SCRIPT },
  // The overlay's switch and the popup's: one conversation's auto-send, which the agent controls.
  'set-auto-send': { request: request('set-auto-send'), response: ConversationStateSchema, from: EITHER },
  'conversation-state': { request: request('conversation-state'), response: ConversationStateSchema, from: EITHER },
  'list-phrases': { request: request('list-phrases'), response: PhraseListSchema, from: EITHER },
  // Records nothing, so it may stay open to both.
  try: { request: request('try'), response: SuggestionsResponseSchema, from: EITHER },
  // Settings of the whole shop: only from our own pages.
  'set-global-pause': { request: request('set-global-pause'), response: AckSchema, from: EXTENSION_PAGE },
  followups: { request: request('followups'), response: FollowUpListSchema, from: EXTENSION_PAGE },
  // The editor's try-it box: whether the library's model is trained yet (the overlay does not ask).
  'training-status': { request: request('training-status'), response: TrainingStatusSchema, from: EXTENSION_PAGE },
  // --- site profiles (issue 11, profiles) ---
  // Which pages are read, and how: changed only from our own pages, never by a page's tab.
  'site-profiles': { request: request('site-profiles'), response: SiteProfileListSchema, from: EXTENSION_PAGE },
  'save-site-profile': { request: request('save-site-profile'), response: SiteProfileSavedSchema, from: EXTENSION_PAGE },
  'remove-site-profile': { request: request('remove-site-profile'), response: SiteProfileRemovedSchema, from: EXTENSION_PAGE },
  // Reads only the profiles of the asking page's own URL.
  'site-profiles-for-page': { request: request('site-profiles-for-page'), response: SiteProfilesForPageSchema, from: CONTENT_SCRIPT },
  // teach (issue 11): opens the editor with a draft profile; only Apply there changes anything.
  'open-site-profile-draft': { request: request('open-site-profile-draft'), response: AckSchema, from: EITHER },
  // Injects our own file into the sender's own tab, which the content script already runs in.
  'load-teach-ui': { request: request('load-teach-ui'), response: AckSchema, from: CONTENT_SCRIPT },
  // teachkit (issue 11): which hosts the content script is registered on for teaching: our pages only.
  'teach-host-start': { request: request('teach-host-start'), response: TeachHostStartedSchema, from: EXTENSION_PAGE },
  'teach-hosts': { request: request('teach-hosts'), response: TeachHostListSchema, from: EXTENSION_PAGE },
  'teach-host-cancel': { request: request('teach-host-cancel'), response: TeachHostCancelledSchema, from: EXTENSION_PAGE },
} as const satisfies { [K in RequestType]: Contract };

/** Messages from the popup to the content script of a chat tab. */
export const TAB_CONTRACTS = {
  'get-current': { request: tabRequest('get-current'), response: CurrentConversationSchema, from: EXTENSION_PAGE },
  insert: { request: tabRequest('insert'), response: InsertResultSchema, from: EXTENSION_PAGE },
} as const satisfies { [K in TabRequestType]: Contract };

export type ResponseOf<K extends RequestType> = z.output<(typeof WORKER_CONTRACTS)[K]['response']>;
export type TabResponseOf<K extends TabRequestType> = z.output<(typeof TAB_CONTRACTS)[K]['response']>;

/** May a sender of this kind send this message? Unknown types may not be sent at all. */
export function maySend(contracts: Record<string, Contract>, type: string, kind: SenderKind): boolean {
  const contract = Object.hasOwn(contracts, type) ? contracts[type] : undefined;
  return !!contract && contract.from.includes(kind);
}
