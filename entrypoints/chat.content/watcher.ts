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

/**
 * Watches the chat page for new messages. Work is proportional to what changed: each mutation
 * batch looks only at the nodes it added, and a whole conversation is read once, when it opens.
 */
export function watchChat(page: ChatPage, events: ChatWatcherEvents) {
  const seen = new Map<string, Set<string>>();
  let current: ConversationContext | null = null;
  /** Whether the open conversation's history has been read; a list still loading has not. */
  let baselined = false;

  const seenIn = (conversationId: string) => {
    let keys = seen.get(conversationId);
    if (!keys) seen.set(conversationId, (keys = new Set()));
    return keys;
  };

  /** Marks the conversation's history as seen: only messages after it are new. */
  function baseline(conversationId: string) {
    const keys = seenIn(conversationId);
    const all = page.allMessageKeys(conversationId);
    for (const key of all) keys.add(key);
    baselined = all.length > 0;
  }

  function checkConversation(): boolean {
    const context = page.conversation();
    const changed = context?.conversationId !== current?.conversationId;
    const detailsChanged = !changed && context && JSON.stringify(context) !== JSON.stringify(current);
    if (changed) {
      current = context;
      baselined = false;
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
    if (!baselined) {
      // The first cards of a conversation whose list was still loading: its history.
      baseline(current.conversationId);
      return;
    }
    const keys = seenIn(current.conversationId);
    const cardKeys = page.keysOf(current.conversationId, cards);
    for (const [i, card] of cards.entries()) {
      const key = cardKeys[i];
      if (keys.has(key)) continue;
      keys.add(key);
      if (!page.isLastCard(card)) continue;
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
