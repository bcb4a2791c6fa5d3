import type { SiteProfile } from './profile-schema';
import { matchesAny, queryAllFirst, queryFirst, selfOrFirst, textOf } from './query';

export type Author = 'buyer' | 'seller' | 'system';

export interface MessageRead {
  author: Author;
  /** The message's text; empty for images, stickers and cards without text. */
  text: string;
  /** The time as the page prints it, in its locale ("Sep 3 5:55 PM", "昨天 上午5:46"); may be empty. */
  timeLabel: string;
}

export function readMessageCard(card: Element, profile: SiteProfile): MessageRead {
  const s = profile.selectors;
  // Own messages first: the right-aligned wrapper can also hold a bubble with a generic class.
  const seller = selfOrFirst(card, s.sellerBubble);
  const buyer = seller ? null : selfOrFirst(card, s.buyerBubble);
  const author: Author = seller ? 'seller' : buyer ? 'buyer' : 'system';
  const textEl = queryFirst(card, s.messageText);
  const timeEl = queryFirst(card, s.messageTime);
  let text = textOf(textEl);
  if (!textEl && author === 'system') {
    // A system line ("The buyer left the chat") has no bubble: its text is the card minus its time.
    text = textOf(card);
    const time = textOf(timeEl);
    if (time && text.endsWith(time)) text = text.slice(0, -time.length).trim();
    else if (time && text.startsWith(time)) text = text.slice(time.length).trim();
  }
  return { author, text, timeLabel: textOf(timeEl) };
}

/** The message cards of the open conversation, in page order. */
export function messageCards(root: ParentNode, profile: SiteProfile): Element[] {
  const list = queryFirst(root, profile.selectors.messageList) ?? root;
  return queryAllFirst(list, profile.selectors.messageCard).filter(
    // A card selector such as `.chatd-message` can match nested parts of a card.
    (card, _, all) => !all.some((other) => other !== card && other.contains(card)),
  );
}

/** 32-bit FNV-1a, as hex: keeps keys short whatever the message length. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function signature(m: MessageRead): string {
  return `${m.author}|${m.timeLabel}|${m.text.length}:${hash(m.text)}`;
}

/**
 * A key that stays the same when the page re-renders the card (new node, same message), for
 * dedupe. Identical messages (same author, text and time label) are told apart by how many of
 * them come before this one, so "ok" sent twice in one minute gives two keys.
 */
export function messageKey(conversationId: string, card: Element, profile: SiteProfile): string {
  const own = signature(readMessageCard(card, profile));
  const raw = card.textContent;
  let occurrence = 0;
  for (const other of messageCards(card.getRootNode() as ParentNode, profile)) {
    if (other === card) break;
    // Cheap test first: identical messages have identical text content.
    if (other.textContent === raw && signature(readMessageCard(other, profile)) === own) occurrence++;
  }
  return `${conversationId}|${own}|${occurrence}`;
}

/**
 * Whether no message card follows this one in the open conversation: a new message, not older
 * history loaded above. Compares with the page's card list, so wrappers around cards (virtual
 * lists, the re-created content of a re-render) do not matter.
 */
export function isLastMessageCard(card: Element, profile: SiteProfile): boolean {
  const cards = messageCards(card.getRootNode() as ParentNode, profile);
  return cards[cards.length - 1] === card;
}

/**
 * Keys of every message card of the conversation in one pass (the same keys messageKey gives one
 * by one): for reading a whole conversation when it opens, linear in its length.
 */
export function allMessageKeys(conversationId: string, root: ParentNode, profile: SiteProfile): string[] {
  const seen = new Map<string, number>();
  return messageCards(root, profile).map((card) => {
    const own = signature(readMessageCard(card, profile));
    const occurrence = seen.get(own) ?? 0;
    seen.set(own, occurrence + 1);
    return `${conversationId}|${own}|${occurrence}`;
  });
}
