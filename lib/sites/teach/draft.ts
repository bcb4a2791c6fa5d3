import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION, ROLES, type IdSource, type Role, type SendMode } from '../profile-v1';
import { emptySelectors, type Requirement, type SiteProfile } from '../profile-schema';
import { DEFAULT_ID_SOURCES } from '../runtime';
import { checkProfile } from '../check';
import { readConversation, siteOf } from '../conversation';
import { messageCards, readMessageCard } from '../message';
import { findComposer } from '../composer';

/** What a supervisor has taught so far: the chosen selectors per role, the id sources, how it sends. */
export interface TeachChoices {
  selectors: Partial<Record<Role, string[]>>;
  conversationId: IdSource[];
  send: SendMode;
}

/** A match pattern for the pages like this one: its scheme and host (any port), its folder. */
export function matchPatternFor(url: string): string {
  const u = new URL(url);
  const dir = u.pathname.replace(/[^/]*$/, '');
  return `${u.protocol}//${u.hostname}${dir}*`;
}

/** A profile id from the page's host: `chat.example.com` → `chat-example-com`. */
export function profileIdFor(url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return host || 'taught-page';
}

/** The site-profile-v1 file of what was taught, for a page at `url`. Validate it before use. */
export function draftProfile(choices: TeachChoices, page: { url: string; name: string; version?: string }) {
  const selectors: Partial<Record<Role, string[]>> = {};
  for (const role of ROLES) {
    const list = choices.selectors[role]?.filter((s) => s.trim());
    if (list?.length) selectors[role] = [...new Set(list)];
  }
  return {
    format: PROFILE_FORMAT,
    formatVersion: PROFILE_FORMAT_VERSION,
    id: profileIdFor(page.url),
    name: page.name,
    version: page.version ?? '1.0.0',
    matches: [matchPatternFor(page.url)],
    selectors,
    ...(choices.conversationId.length ? { conversationId: choices.conversationId } : {}),
    send: choices.send,
  };
}

/** The runtime profile of what was taught so far (roles not taught yet are empty). */
export function runtimeOfChoices(choices: TeachChoices): SiteProfile {
  const selectors = emptySelectors();
  for (const role of ROLES) selectors[role] = [...(choices.selectors[role] ?? [])];
  const required: Requirement[] = ['messageCard', 'composer'];
  if (choices.send === 'button') required.push('sendButton');
  return {
    id: 'teaching',
    name: 'teaching',
    version: '0',
    matches: [],
    selectors,
    conversationId: choices.conversationId.length ? choices.conversationId : DEFAULT_ID_SOURCES,
    send: choices.send,
    valueLabels: [],
    required,
    origin: 'imported',
  };
}

/** What the badge and the live panel report as missing: required roles, and who wrote each message. */
export type TeachMissing = Requirement | 'author';

/** What ShopReply reads on the page with what was taught so far: the live panel's content. */
export interface LiveRead {
  conversationId?: string;
  /** `name`: the id is the buyer's name only (two buyers of one name share a conversation). */
  idKind?: 'id' | 'name';
  buyerName?: string;
  lastBuyerMessage?: string;
  composerFound: boolean;
  messageCount: number;
  buyerMessages: number;
  sellerMessages: number;
  missing: TeachMissing[];
}

export function readWithChoices(doc: Document, choices: TeachChoices, url: string): LiveRead {
  const profile = runtimeOfChoices(choices);
  const check = checkProfile(doc, profile);
  const conversation = readConversation(doc, profile, siteOf(new URL(url).hostname), url);
  const cards = choices.selectors.messageCard?.length ? messageCards(doc, profile) : [];
  const reads = cards.map((c) => readMessageCard(c, profile));
  const buyer = reads.filter((r) => r.author === 'buyer');
  const seller = reads.filter((r) => r.author === 'seller');
  const missing: TeachMissing[] = [...check.missingRequired];
  const authorTaught = !!(choices.selectors.buyerBubble?.length || choices.selectors.sellerBubble?.length);
  if (!authorTaught || (cards.length > 0 && buyer.length + seller.length === 0)) missing.splice(1, 0, 'author');
  const kind = conversation ? (/\|name:/.test(conversation.conversationId) ? 'name' : 'id') : undefined;
  return {
    conversationId: conversation?.conversationId.replace(/^[^|]*\|(id|name):/, ''),
    idKind: kind,
    buyerName: conversation?.buyerName,
    lastBuyerMessage: buyer[buyer.length - 1]?.text || undefined,
    composerFound: !!findComposer(doc, profile),
    messageCount: cards.length,
    buyerMessages: buyer.length,
    sellerMessages: seller.length,
    missing,
  };
}
