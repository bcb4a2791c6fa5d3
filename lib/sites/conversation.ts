import type { SiteProfile } from './profile-schema';
import { queryAllFirst, queryFirst, textOf, type Root } from './query';

export interface ConversationRead {
  /** `<site>|id:<page id>`, or `<site>|name:<buyer name>` when the page shows no id (see conversationIdKind). */
  conversationId: string;
  buyerName?: string;
  orderId?: string;
  productName?: string;
  sku?: string;
  /** Every SKU on screen: the order's and those of products shared in the chat. */
  skusInView: string[];
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value without the label the page prints before it: "SKU: TS-01" → "TS-01". */
export function cleanValue(raw: string, labels: readonly string[]): string {
  let value = raw.replace(/\s+/g, ' ').trim();
  // Longest label first, so "Order ID:" is not read as "Order" + "ID: …".
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`^${escapeRegExp(label)}\\s*(?:[:：#]\\s*|\\s)`, 'i');
    if (re.test(value)) {
      value = value.replace(re, '').trim();
      break;
    }
  }
  return value;
}

/** The site part of a conversation id: the page's host name, lower case, without port. */
export function siteOf(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/:\d+$/, '') || 'unknown';
}

/** A conversation id from its parts; `|` cannot occur in a host name, so the site part is unambiguous. */
export function conversationIdOf(site: string, kind: 'id' | 'name', value: string): string {
  return `${siteOf(site)}|${kind}:${value}`;
}

export interface ConversationIdParts {
  site: string;
  /** `name`: the page showed no id, only the buyer's name, which two buyers can share. */
  kind: 'id' | 'name';
  value: string;
}

/** The parts of an id made by conversationIdOf; null for anything else (an old or forged id). */
export function parseConversationId(conversationId: string): ConversationIdParts | null {
  const m = /^([^|]+)\|(id|name):(.+)$/s.exec(conversationId);
  return m ? { site: m[1], kind: m[2] as 'id' | 'name', value: m[3] } : null;
}

/**
 * What the page shows about the open conversation, or null when none is open.
 * The id is a data attribute of the active conversation card when the page has one; the real
 * chat's URL stays /chat/inbox/current for every buyer, so otherwise it is the buyer's name,
 * the one thing the page shows that stays put across re-renders and reloads. Such a name-only id
 * is marked `name:`: two buyers called "Anna" share it, so it allows no auto-send unless a
 * supervisor accepts that risk for the site. The id starts with the site (the page's host), so
 * two regional shops never share a conversation's state.
 */
export function readConversation(doc: Root, profile: SiteProfile, site: string): ConversationRead | null {
  const s = profile.selectors;
  const value = (el: Element | null) => cleanValue(textOf(el), profile.valueLabels) || undefined;

  const active = queryFirst(doc, s.activeConversationCard);
  const buyerName = value(queryFirst(doc, s.headerBuyerName)) ?? (active ? value(queryFirst(active, s.conversationName)) : undefined);
  const attr = active && profile.conversationIdAttributes.map((a) => active.getAttribute(a)).find((v) => v && v.trim());
  const conversationId = attr ? conversationIdOf(site, 'id', attr.trim()) : buyerName ? conversationIdOf(site, 'name', buyerName) : undefined;
  if (!conversationId) return null;

  const order = queryFirst(doc, s.orderCard);
  const scope = order ?? doc;
  const skusInView = [...new Set(queryAllFirst(doc, s.sku).map((el) => value(el)).filter((v): v is string => !!v))];
  return {
    conversationId,
    buyerName,
    orderId: value(queryFirst(scope, s.orderId)),
    productName: value(queryFirst(scope, s.productName)) ?? value(queryFirst(doc, s.productName)),
    sku: value(queryFirst(scope, s.sku)) ?? skusInView[0],
    skusInView,
  };
}
