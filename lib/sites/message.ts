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
  // Without a messageText role the message's text is the card's (site-profile-v1); a system line
  // ("The buyer left the chat") has no text element either. Either way: the card minus its time.
  if (!textEl && (author === 'system' || !s.messageText.length)) {
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
 * The key of the card at `index` of `cards`, from what the card shows and from the cards right
 * before it, never from how many cards the page happens to render: a virtualised list shows only a
 * window of the history and re-uses nodes, so a count from the top of the DOM would give one
 * message several keys.
 * - Identical messages in a row (same author, text and time label: "ok" sent twice in one minute)
 *   are told apart by their place in the run.
 * - A card without a time label is also known by the message before the run, so "ok" written on
 *   two days of a page that prints no times still gives two keys. (With a time label that context
 *   is left out, so loading older history never changes a shown message's key.)
 */
function keyAt(conversationId: string, sigs: readonly string[], index: number, reads: readonly MessageRead[]): string {
  const own = sigs[index];
  let run = 0;
  let before = index - 1;
  while (before >= 0 && sigs[before] === own) {
    run++;
    before--;
  }
  if (reads[index].timeLabel) return `${conversationId}|${own}|${run}`;
  const context = before >= 0 ? hash(sigs[before]) : '-';
  return `${conversationId}|${own}|${context}|${run}`;
}

/**
 * A key that stays the same for the same message whichever node shows it (a re-render, a
 * virtualised list re-using nodes while scrolling, older history loaded above), for dedupe.
 */
export function messageKey(conversationId: string, card: Element, profile: SiteProfile): string {
  const cards = messageCards(card.getRootNode() as ParentNode, profile);
  const index = cards.indexOf(card);
  if (index < 0) return keyAt(conversationId, [signature(readMessageCard(card, profile))], 0, [readMessageCard(card, profile)]);
  // Only the run before the card and the message before that are read, not the whole history.
  const reads: MessageRead[] = [];
  const sigs: string[] = [];
  let from = index;
  const own = readMessageCard(card, profile);
  const ownSig = signature(own);
  while (from > 0) {
    const prev = signature(readMessageCard(cards[from - 1], profile));
    from--;
    if (prev !== ownSig) break;
  }
  for (let i = from; i <= index; i++) {
    const read = i === index ? own : readMessageCard(cards[i], profile);
    reads.push(read);
    sigs.push(signature(read));
  }
  return keyAt(conversationId, sigs, sigs.length - 1, reads);
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
  const reads = messageCards(root, profile).map((card) => readMessageCard(card, profile));
  const sigs = reads.map(signature);
  return reads.map((_, i) => keyAt(conversationId, sigs, i, reads));
}

/**
 * The latest buyer message with text that no message of the shop follows: the one a conversation
 * opened now still owes an answer to (system lines and the buyer's images after it do not answer
 * it). -1 when the shop spoke last.
 */
export function latestUnanswered(reads: readonly MessageRead[]): number {
  for (let i = reads.length - 1; i >= 0; i--) {
    if (reads[i].author === 'seller') return -1;
    if (reads[i].author === 'buyer' && reads[i].text) return i;
  }
  return -1;
}

/**
 * The message card that holds a node (the outermost, as messageCards counts them), or null: for
 * a list that re-uses a card's node and only changes its text.
 */
export function cardOf(node: Node, profile: SiteProfile): Element | null {
  let found: Element | null = null;
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (matchesAny(el, profile.selectors.messageCard)) found = el;
  }
  return found;
}
