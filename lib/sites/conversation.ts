import type { Role, RuntimeIdSource, SiteProfile } from './profile-schema';
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

/** Attribute names that look like an id: `data-conversation-id`, `data-chat`, `data-id`, `data-key`, `id`. */
function idLikeAttributes(el: Element): string[] {
  const names = el.getAttributeNames().filter((n) => n !== 'data-testid' && !n.startsWith('aria-'));
  const rank = (n: string) =>
    /^data-.*(conversation|chat|thread|ticket)/.test(n) ? 0 : /^data-(.+[-_])?(id|key|uuid)$/.test(n) ? 1 : n === 'id' ? 2 : -1;
  return names.filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b));
}

/** The first element of a role, searched where the spec says that role lives. */
export function firstOfRole(doc: Root, profile: SiteProfile, role: Role): Element | null {
  const s = profile.selectors;
  const inFirst = (scope: Role) => {
    const parent = queryFirst(doc, s[scope]);
    return parent ? queryFirst(parent, s[role]) : null;
  };
  switch (role) {
    case 'messageCard':
      return queryFirst(queryFirst(doc, s.messageList) ?? doc, s.messageCard);
    case 'conversationName':
      return inFirst('activeConversationCard');
    case 'unreadBadge':
      return inFirst('conversationCard');
    case 'buyerBubble':
    case 'sellerBubble':
    case 'messageText':
    case 'messageTime':
      return inFirst('messageCard');
    case 'orderId':
    case 'productName':
    case 'sku':
      return inFirst('orderCard') ?? inFirst('productCard') ?? queryFirst(doc, s[role]);
    default:
      return queryFirst(doc, s[role]);
  }
}

/** The value of one id source, or undefined; `kind` says whether it is an id or only a name. */
export function idFromSource(doc: Root, profile: SiteProfile, source: RuntimeIdSource, url: string): { kind: 'id' | 'name'; value: string } | undefined {
  const some = (v: string | null | undefined) => (v && v.trim() ? v.trim() : undefined);
  let value: string | undefined;
  if ('idLikeAttributesOf' in source) {
    const el = firstOfRole(doc, profile, source.idLikeAttributesOf);
    value = el ? idLikeAttributes(el).map((n) => some(el.getAttribute(n))).find(Boolean) : undefined;
  } else if ('attribute' in source) {
    value = some(firstOfRole(doc, profile, source.of)?.getAttribute(source.attribute));
  } else if ('url' in source) {
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (source.url === 'param') value = some(u.searchParams.get(source.name));
    else {
      try {
        value = some(new RegExp(source.pattern).exec(u.pathname)?.[1]);
      } catch {
        return undefined;
      }
    }
  } else {
    const text = cleanValue(textOf(firstOfRole(doc, profile, source.text)), profile.valueLabels);
    return text ? { kind: 'name', value: text } : undefined;
  }
  return value ? { kind: 'id', value } : undefined;
}

/**
 * What the page shows about the open conversation, or null when none is open.
 * The id comes from the profile's sources, the first that gives a value (site-profile-v1). The
 * real chat's URL stays /chat/inbox/current for every buyer, so there it is a data attribute of
 * the active conversation card or else the buyer's name, the one thing the page shows that stays
 * put across re-renders and reloads. Such a name-only id is marked `name:`: two buyers called
 * "Anna" share it, so it allows no auto-send unless a supervisor accepts that risk for the site.
 * The id starts with the site (the page's host), so two regional shops never share a
 * conversation's state.
 */
export function readConversation(doc: Root, profile: SiteProfile, site: string, url = ''): ConversationRead | null {
  const s = profile.selectors;
  const value = (el: Element | null) => cleanValue(textOf(el), profile.valueLabels) || undefined;

  let id: { kind: 'id' | 'name'; value: string } | undefined;
  for (const source of profile.conversationId) if ((id = idFromSource(doc, profile, source, url))) break;
  if (!id) return null;
  const conversationId = conversationIdOf(site, id.kind, id.value);
  const buyerName = value(firstOfRole(doc, profile, 'headerBuyerName')) ?? value(firstOfRole(doc, profile, 'conversationName'));

  const scope = queryFirst(doc, s.orderCard) ?? queryFirst(doc, s.productCard) ?? doc;
  const skusInView = [...new Set(queryAllFirst(doc, s.sku).map((el) => value(el)).filter((v): v is string => !!v))];
  return {
    conversationId,
    buyerName,
    orderId: value(queryFirst(scope, s.orderId)) ?? value(queryFirst(doc, s.orderId)),
    productName: value(queryFirst(scope, s.productName)) ?? value(queryFirst(doc, s.productName)),
    sku: value(queryFirst(scope, s.sku)) ?? skusInView[0],
    skusInView,
  };
}
