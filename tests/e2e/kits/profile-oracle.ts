/**
 * The test's own reading of a page through a profile file, exactly as site-profile-v1.md says
 * (first selector that matches anything wins; each role searched where the spec says). It checks
 * the kit profiles against the kit pages and their captures without the product's reader, so a
 * wrong profile fails here and not only in the product's tests.
 */

export interface KitProfile {
  format: string;
  formatVersion: number;
  id: string;
  matches: string[];
  selectors: Record<string, string[]>;
  conversationId?: Array<{ attribute: string; of: string } | { url: 'param'; name: string } | { url: 'path'; pattern: string } | { text: string }>;
  send?: 'button' | 'enter';
  valueLabels?: string[];
}

/** The elements of a role inside `scope` (with the scope itself for bubbles), by the first selector that finds any. */
export function findRole(profile: KitProfile, role: string, scope: ParentNode, includeSelf = false): Element[] {
  for (const selector of profile.selectors[role] ?? []) {
    const found = [...scope.querySelectorAll(selector)];
    // `instanceof Element` would not work in Node: the document may come from jsdom.
    const self = scope as Element;
    if (includeSelf && typeof self.matches === 'function' && self.matches(selector)) found.unshift(self);
    if (found.length) return found;
  }
  return [];
}

export interface ReadCard {
  side: 'buyer' | 'shop' | 'system';
  text: string;
  time: string | null;
}

export interface PageReading {
  cards: ReadCard[];
  conversationCount: number;
  activeName: string | null;
  headerBuyerName: string | null;
  unread: string[];
  composer: Element | null;
  sendButton: Element | null;
  conversationId: string | null;
  values: Record<'orderId' | 'productName' | 'sku', string | null>;
}

const text = (el: Element | undefined | null) => el?.textContent?.trim() ?? null;

function stripLabel(value: string | null, labels: string[]): string | null {
  if (value === null) return null;
  for (const label of labels) {
    if (value.startsWith(label)) return value.slice(label.length).replace(/^[\s:：#]+/, '');
  }
  return value;
}

export function readPage(doc: Document, url: string, profile: KitProfile): PageReading {
  const list = findRole(profile, 'messageList', doc)[0] ?? doc;
  const cards = findRole(profile, 'messageCard', list).map((card): ReadCard => {
    const side = findRole(profile, 'buyerBubble', card, true).length ? 'buyer' : findRole(profile, 'sellerBubble', card, true).length ? 'shop' : 'system';
    return { side, text: text(findRole(profile, 'messageText', card)[0] ?? card) ?? '', time: text(findRole(profile, 'messageTime', card)[0]) };
  });
  const active = findRole(profile, 'activeConversationCard', doc)[0];
  const order = findRole(profile, 'orderCard', doc)[0] ?? findRole(profile, 'productCard', doc)[0] ?? doc;
  const labels = profile.valueLabels ?? [];
  const value = (role: string) => stripLabel(text(findRole(profile, role, order)[0]), labels);
  return {
    cards,
    conversationCount: findRole(profile, 'conversationCard', doc).length,
    activeName: active ? text(findRole(profile, 'conversationName', active)[0]) : null,
    headerBuyerName: text(findRole(profile, 'headerBuyerName', doc)[0]),
    unread: findRole(profile, 'conversationCard', doc).map((card) => text(findRole(profile, 'unreadBadge', card)[0]) ?? ''),
    composer: findRole(profile, 'composerTextarea', doc)[0] ?? findRole(profile, 'composerEditable', doc)[0] ?? null,
    sendButton: findRole(profile, 'sendButton', doc)[0] ?? null,
    conversationId: conversationId(doc, url, profile),
    values: { orderId: value('orderId'), productName: value('productName'), sku: value('sku') },
  };
}

export function conversationId(doc: Document, url: string, profile: KitProfile): string | null {
  const u = new URL(url);
  for (const source of profile.conversationId ?? []) {
    let id: string | null | undefined;
    if ('attribute' in source) id = findRole(profile, source.of, doc)[0]?.getAttribute(source.attribute);
    else if ('text' in source) id = text(findRole(profile, source.text, doc)[0]);
    else if (source.url === 'param') id = u.searchParams.get(source.name);
    else id = new RegExp(source.pattern).exec(u.pathname)?.[1];
    if (id) return id;
  }
  return null;
}

/** The roles the spec requires, as lists of alternatives (one of each list must be present). */
export function requiredRoles(profile: KitProfile): string[][] {
  const required = [['messageCard'], ['buyerBubble', 'sellerBubble'], ['composerTextarea', 'composerEditable']];
  if ((profile.send ?? 'button') === 'button') required.push(['sendButton']);
  return required;
}
