import type { ConversationContext } from '../../lib/messages/protocol';
import {
  allMessageKeys,
  cardOf,
  latestUnanswered,
  checkProfile,
  findComposer,
  findSendButton,
  isLastMessageCard,
  matchesAny,
  queryFirst,
  messageCards,
  messageKey,
  readConversation,
  readMessageCard,
  siteOf,
  type SiteProfile,
} from '../../lib/sites';

/**
 * The chat page as the content script sees it, through the site profile's selectors. `site` (the
 * page's host) is part of every conversation id.
 */
export function createChatPage(doc: Document, profile: SiteProfile, site = siteOf(doc.location?.hostname ?? '')) {
  const s = profile.selectors;
  return {
    root: doc.body,
    conversation(): ConversationContext | null {
      return readConversation(doc, profile, site, doc.location?.href ?? '');
    },
    messageCards: () => messageCards(doc, profile),
    /** Message cards in a subtree that was just added to the page. */
    cardsIn(node: Element): Element[] {
      if (matchesAny(node, s.messageCard)) return [node];
      return node.firstElementChild ? messageCards(node, profile) : [];
    },
    allMessageKeys: (conversationId: string) => allMessageKeys(conversationId, doc, profile),
    /** Keys of many cards at once (a re-render), in one pass over the conversation. */
    keysOf(conversationId: string, cards: readonly Element[]): string[] {
      if (cards.length === 1) return [messageKey(conversationId, cards[0], profile)];
      const all = messageCards(doc, profile);
      const keys = allMessageKeys(conversationId, doc, profile);
      const byCard = new Map(all.map((card, i) => [card, keys[i]]));
      return cards.map((card) => byCard.get(card) ?? messageKey(conversationId, card, profile));
    },
    readCard: (card: Element) => readMessageCard(card, profile),
    latestUnanswered,
    /** The message card holding a node whose content changed in place, or null. */
    cardOf: (node: Node) => cardOf(node, profile),
    /** True when no message follows this card: it is the newest, not older history loaded above. */
    isLastCard: (card: Element) => isLastMessageCard(card, profile),
    composer: () => findComposer(doc, profile)?.el ?? null,
    sendButton: () => findSendButton(doc, profile),
    /** How this page sends: a click on its send button, or Enter in the composer. */
    sendMode: profile.send,
    messageList: () => queryFirst(doc, s.messageList),
    missingRoles: (): string[] => checkProfile(doc, profile).missingRequired,
  };
}
export type ChatPage = ReturnType<typeof createChatPage>;
