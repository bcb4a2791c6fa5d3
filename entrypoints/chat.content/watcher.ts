import type { ConversationContext } from '../../lib/messages/protocol';
import type { ChatPage } from './page';

export interface ChatWatcherEvents {
  /** The conversation on screen changed (or was first seen); null when none is open. */
  onConversation(context: ConversationContext | null): void;
  /** A buyer message that arrived while the conversation was open. */
  onBuyerMessage(context: ConversationContext, messageKey: string, text: string): void;
  /** The shop's own message appeared at the end of the conversation. */
  onSellerMessage(conversationId: string, text: string): void;
}

/** Cards that arrive this soon after a conversation opens are its history being rendered. */
const SETTLE_MS = 800;

/**
 * Watches the chat page for new messages. Work is proportional to what changed: each mutation
 * batch looks only at the nodes it added, and a whole conversation is read once, when it opens.
 */
export function watchChat(page: ChatPage, events: ChatWatcherEvents, now: () => number = Date.now) {
  const seen = new Map<string, Set<string>>();
  let current: ConversationContext | null = null;
  let settleUntil = 0;

  const seenIn = (conversationId: string) => {
    let keys = seen.get(conversationId);
    if (!keys) seen.set(conversationId, (keys = new Set()));
    return keys;
  };

  function baseline(conversationId: string) {
    const keys = seenIn(conversationId);
    for (const card of page.messageCards()) keys.add(page.messageKey(conversationId, card));
  }

  function checkConversation(): boolean {
    const context = page.conversation();
    const changed = context?.conversationId !== current?.conversationId;
    const detailsChanged = !changed && context && JSON.stringify(context) !== JSON.stringify(current);
    if (changed) {
      current = context;
      settleUntil = now() + SETTLE_MS;
      if (context) baseline(context.conversationId);
      events.onConversation(context);
    } else if (detailsChanged) {
      current = context;
      events.onConversation(context);
    }
    return changed;
  }

  function handleCards(cards: Element[]) {
    if (!current) return;
    const keys = seenIn(current.conversationId);
    const settling = now() < settleUntil;
    for (const card of cards) {
      const key = page.messageKey(current.conversationId, card);
      if (keys.has(key)) continue;
      keys.add(key);
      if (settling || !page.isLastCard(card)) continue;
      const message = page.readCard(card);
      if (!message || !message.text) continue;
      if (message.author === 'buyer') events.onBuyerMessage(current, key, message.text);
      else if (message.author === 'seller') events.onSellerMessage(current.conversationId, message.text);
    }
  }

  const observer = new MutationObserver((records) => {
    if (checkConversation()) return;
    const added: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) added.push(...page.cardsIn(node));
      }
    }
    if (added.length) handleCards(added);
  });

  checkConversation();
  observer.observe(page.root, { childList: true, subtree: true, characterData: true });
  return {
    stop: () => observer.disconnect(),
    current: () => current,
  };
}
