import type { ConversationContext } from '../../lib/messages/protocol';
import type { ChatPage } from './page';

/**
 * How a buyer message came to be read: it appeared at the end of the open conversation
 * (`arrived`), or it was already there, unanswered, when the conversation was opened, came to the
 * front or was first read (`opened`). Only `arrived` messages may be sent automatically.
 */
export type BuyerMessageOrigin = 'arrived' | 'opened';

export interface ChatWatcherEvents {
  /** The conversation on screen changed (or was first seen); null when none is open. */
  onConversation(context: ConversationContext | null): void;
  /** A buyer message that needs an answer: a new one, or the latest unanswered one of a conversation opened. */
  onBuyerMessage(context: ConversationContext, messageKey: string, text: string, origin: BuyerMessageOrigin): void;
  /** The shop's own message appeared at the end of the conversation. */
  onSellerMessage(conversationId: string, text: string): void;
}

/**
 * For this long after a conversation's history is first read, cards that appear are still its
 * history arriving in parts (a list that renders in batches, a virtualised list measuring
 * itself): a buyer message among them is read as "opened", never as new.
 */
export const SETTLE_MS = 250;

/**
 * Watches the chat page for new messages. Work is proportional to what changed: each mutation
 * batch looks only at the cards it touched (added, or whose content changed in place, as a
 * virtualised list does when it re-uses a node), and a whole conversation is read when it opens.
 */
export function watchChat(page: ChatPage, events: ChatWatcherEvents, now: () => number = Date.now) {
  const seen = new Map<string, Set<string>>();
  let current: ConversationContext | null = null;
  /** When the open conversation's history was read; null while its list is still empty (loading). */
  let baselinedAt: number | null = null;
  /** Until when a card batch still counts as the history arriving, not a new message. */
  let settleUntil = 0;
  /** The buyer message last asked about in the open conversation. */
  let askedKey: string | undefined;
  /** What the newest message known in the open conversation said: a new message follows it. */
  let tail: string | undefined;
  /** The newest card as last read, and for which conversation. */
  let shown: { conversationId: string; node: Element; said: string } | undefined;

  const seenIn = (conversationId: string) => {
    let keys = seen.get(conversationId);
    if (!keys) seen.set(conversationId, (keys = new Set()));
    return keys;
  };

  /** Marks every message shown as seen: only messages after them are new. */
  function baseline(conversationId: string): string[] {
    const keys = seenIn(conversationId);
    const all = page.allMessageKeys(conversationId);
    for (const key of all) keys.add(key);
    const last = page.messageCards().at(-1);
    tail = last ? said(last) : undefined;
    shown = last && tail !== undefined ? { conversationId, node: last, said: tail } : undefined;
    if (all.length > 0 && baselinedAt === null) {
      baselinedAt = now();
      settleUntil = baselinedAt + SETTLE_MS;
    }
    return all;
  }

  /**
   * Asks for the latest buyer message no shop message follows, if any. `again` asks even when it
   * was already asked in this opening (a conversation opened anew: the worker answers it from
   * what it stored, the same suggestions, and never offers the send again).
   */
  function reportUnanswered(again: boolean) {
    if (!current) return;
    const cards = page.messageCards();
    const reads = cards.map((card) => page.readCard(card));
    const index = page.latestUnanswered(reads);
    if (index < 0) return;
    const key = page.keysOf(current.conversationId, [cards[index]])[0];
    if (!again && key === askedKey) return;
    askedKey = key;
    events.onBuyerMessage(current, key, reads[index].text, 'opened');
  }

  /**
   * Whether the list still shows what was read for another conversation: a page that switches its
   * header first and loads the messages after must not have the previous buyer's message asked
   * about under the new conversation.
   */
  function stillShowsAnother(conversationId: string): boolean {
    const last = page.messageCards().at(-1);
    return !!shown && !!last && shown.conversationId !== conversationId && shown.node === last && shown.said === said(last);
  }

  function open() {
    if (!current) return;
    baselinedAt = null;
    askedKey = undefined;
    // Read once the list changes (handleCards, as for a list still loading).
    if (stillShowsAnother(current.conversationId)) return;
    baseline(current.conversationId);
    if (baselinedAt !== null) reportUnanswered(true);
  }

  function checkConversation(): boolean {
    const context = page.conversation();
    const changed = context?.conversationId !== current?.conversationId;
    const detailsChanged = !changed && context && JSON.stringify(context) !== JSON.stringify(current);
    if (changed) {
      current = context;
      baselinedAt = null;
      events.onConversation(context);
      open();
    } else if (detailsChanged) {
      current = context;
      events.onConversation(context);
    }
    return changed;
  }

  /** What the newest message said (author and text, not its time label, which may be relative and change). */
  const said = (card: Element) => {
    const m = page.readCard(card);
    return `${m.author}|${m.text}`;
  };

  function handleCards(cards: Element[]) {
    if (!current) return;
    const id = current.conversationId;
    if (baselinedAt === null && stillShowsAnother(id)) return;
    if (baselinedAt === null || now() < settleUntil) {
      // The first cards of a conversation whose list was loading, or more of its history still
      // arriving: the history, whose unanswered end is asked about as "opened".
      const keys = seenIn(id);
      const last = page.messageCards().at(-1);
      const lastWasSeen = !last || keys.has(page.keysOf(id, [last])[0]);
      baseline(id);
      // A shop message after the message asked about answers it (the agent replied at once, or
      // the history showed the reply a moment later): its suggestions go.
      if (last && !lastWasSeen && askedKey && page.readCard(last).author === 'seller') reportLast(last, '');
      else reportUnanswered(false);
      return;
    }
    const keys = seenIn(id);
    const all = page.messageCards();
    const last = all.at(-1);
    const lastKey = last && cards.includes(last) ? page.keysOf(id, [last])[0] : undefined;
    if (!last || lastKey === undefined || keys.has(lastKey)) {
      for (const key of page.keysOf(id, cards)) keys.add(key);
      return;
    }
    // The newest card shows a message not seen before. It is new only when it follows the newest
    // message known: a list re-using its nodes while the agent scrolls shows older, unseen history
    // at its end too, and then the first seen card above it is not the known newest.
    const allKeys = page.allMessageKeys(id);
    let follows = false;
    for (let i = all.length - 2; i >= 0; i--) {
      if (!keys.has(allKeys[i])) continue;
      follows = said(all[i]) === tail;
      break;
    }
    for (const key of page.keysOf(id, cards)) keys.add(key);
    if (!follows) return;
    tail = said(last);
    shown = { conversationId: id, node: last, said: tail };
    reportLast(last, lastKey);
  }

  /** A new message at the end of the open conversation. */
  function reportLast(card: Element, key: string) {
    if (!current) return;
    const message = page.readCard(card);
    if (!message.text) return;
    if (message.author === 'seller') events.onSellerMessage(current.conversationId, message.text);
    else if (message.author === 'buyer') {
      askedKey = key;
      events.onBuyerMessage(current, key, message.text, 'arrived');
    }
  }

  const observer = new MutationObserver((records) => {
    if (checkConversation()) return;
    const list = page.messageList() ?? page.root;
    const touched = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) for (const card of page.cardsIn(node)) touched.add(card);
      }
      // A node re-used in place: the card whose text or children changed.
      if ((record.type === 'characterData' || record.type === 'childList') && list.contains(record.target)) {
        const card = page.cardOf(record.target);
        if (card) touched.add(card);
      }
    }
    if (touched.size) handleCards([...touched].filter((card) => card.isConnected));
  });

  function onVisible() {
    if (page.root.ownerDocument.visibilityState !== 'visible') return;
    // Back in front: the open conversation may have been answered or written to meanwhile.
    if (checkConversation()) return;
    if (baselinedAt === null) return open();
    reportUnanswered(false);
  }

  checkConversation();
  observer.observe(page.root, { childList: true, subtree: true, characterData: true });
  page.root.ownerDocument.addEventListener('visibilitychange', onVisible);
  return {
    stop: () => {
      observer.disconnect();
      page.root.ownerDocument.removeEventListener('visibilitychange', onVisible);
    },
    current: () => current,
  };
}
