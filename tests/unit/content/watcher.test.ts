// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createChatPage } from '../../../entrypoints/chat.content/page';
import { watchChat } from '../../../entrypoints/chat.content/watcher';
import { messageCards, tiktokShopProfile as profile } from '../../../lib/sites';
import { loadCapture } from '../sites/captures';

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const doc = loadCapture('default');
  // The content script watches the live document.
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
  const page = createChatPage(document, profile, 'seller-us.tiktok.com');
  const log: string[] = [];
  const watcher = watchChat(page, {
    onConversation: (c) => log.push(`open ${c?.conversationId ?? 'none'}`),
    onBuyerMessage: (c, _key, text) => log.push(`buyer ${c.conversationId}: ${text}`),
    onSellerMessage: (id, text) => log.push(`seller ${id}: ${text}`),
  });
  const cards = () => messageCards(document, profile);
  /** A copy of an existing card with other text, as the page would render a new message. */
  const cardLike = (from: Element, text: string) => {
    const card = from.cloneNode(true) as Element;
    card.querySelector('pre')!.textContent = text;
    return card;
  };
  return { page, log, watcher, cards, cardLike };
}

describe('watchChat', () => {
  it('reports a new buyer message at the end of the open conversation, once', async () => {
    const { log, cards, cardLike, watcher } = setup();
    expect(log).toEqual(['open seller-us.tiktok.com|id:c-7301']);
    const last = cards().at(-1)!;
    last.after(cardLike(last, 'Where is my order?'));
    await flush();
    expect(log.slice(1)).toEqual(['buyer seller-us.tiktok.com|id:c-7301: Where is my order?']);
    watcher.stop();
  });

  it('raises nothing when history is re-rendered or older messages are loaded above', async () => {
    const { log, cards, cardLike, watcher } = setup();
    const list = cards()[0].parentElement!;
    // Re-render: every card replaced by a new node with the same content.
    for (const card of cards()) card.replaceWith(card.cloneNode(true));
    await flush();
    // Older history prepended.
    list.prepend(cardLike(cards()[0], 'An older question'));
    await flush();
    expect(log).toEqual(['open seller-us.tiktok.com|id:c-7301']);
    watcher.stop();
  });

  it('reports the shop’s own new message as the seller’s', async () => {
    const { log, cards, watcher } = setup();
    const seller = cards().find((c) => c.querySelector('.chatd-bubble-main--self'))!;
    const copy = seller.cloneNode(true) as Element;
    copy.querySelector('pre')!.textContent = 'Thanks for waiting!';
    cards().at(-1)!.after(copy);
    await flush();
    expect(log.slice(1)).toEqual(['seller seller-us.tiktok.com|id:c-7301: Thanks for waiting!']);
    watcher.stop();
  });
});
