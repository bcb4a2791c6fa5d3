// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createChatPage } from '../../../entrypoints/chat.content/page';
import { SETTLE_MS, watchChat } from '../../../entrypoints/chat.content/watcher';
import { messageCards, messageKey, tiktokShopProfile as profile } from '../../../lib/sites';
import { loadCapture } from '../sites/captures';

const flush = () => new Promise((r) => setTimeout(r, 0));
const C7301 = 'seller-us.tiktok.com|id:c-7301';

let stopAll: (() => void) | undefined;
afterEach(() => stopAll?.());

function setup(capture = 'default') {
  const doc = loadCapture(capture);
  // The content script watches the live document.
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
  const page = createChatPage(document, profile, 'seller-us.tiktok.com');
  const log: string[] = [];
  const keys: string[] = [];
  let clock = 1_000_000;
  const watcher = watchChat(
    page,
    {
      onConversation: (c) => log.push(`open ${c?.conversationId ?? 'none'}`),
      onBuyerMessage: (c, key, text, origin) => {
        keys.push(key);
        log.push(`${origin} ${c.conversationId}: ${text}`);
      },
      onSellerMessage: (id, text) => log.push(`seller ${id}: ${text}`),
    },
    () => clock,
  );
  stopAll = watcher.stop;
  const cards = () => messageCards(document, profile);
  /** A copy of an existing card with other text, as the page would render a new message. */
  const cardLike = (from: Element, text: string) => {
    const card = from.cloneNode(true) as Element;
    card.querySelector('pre')!.textContent = text;
    return card;
  };
  /** Lets the opened conversation's history settle: what comes now is new. */
  const later = () => (clock += SETTLE_MS + 1);
  return { page, log, keys, watcher, cards, cardLike, later };
}

describe('watchChat: a conversation opened', () => {
  it('asks about its latest buyer message that the shop has not answered, once, as "opened"', async () => {
    const { log, later } = setup();
    expect(log).toEqual([`open ${C7301}`, `opened ${C7301}: Is it true to size? I usually wear a M.`]);
    later();
    await flush();
    expect(log).toHaveLength(2);
  });

  it('asks about nothing when the shop spoke last', () => {
    const { log } = setup('zh-locale');
    expect(log.filter((l) => !l.startsWith('open '))).toEqual([]);
  });

  it('asks again (the worker replays its stored answer) when the conversation is opened anew, with the same key', async () => {
    const { log, keys, later } = setup();
    later();
    const header = document.querySelector('[data-testid="chat.chatroom.header_username"]')!;
    const active = document.querySelector('[aria-selected="true"]')!;
    const id = active.getAttribute('data-conversation-id')!;
    // Another conversation comes to the front, then this one again.
    active.setAttribute('data-conversation-id', 'c-9999');
    header.textContent = 'Someone Else';
    await flush();
    active.setAttribute('data-conversation-id', id);
    header.textContent = 'Emily Carter';
    await flush();
    const opened = log.filter((l) => l.startsWith(`opened ${C7301}`));
    expect(opened).toHaveLength(2);
    expect(keys.filter((k) => k.startsWith(C7301))).toEqual([keys[0], keys[0]]);
  });

  it('waits for the list when the page switches the header first: the previous buyer’s message is never asked about under the new conversation', async () => {
    const { log, cards, later } = setup();
    later();
    const active = document.querySelector('[aria-selected="true"]')!;
    active.setAttribute('data-conversation-id', 'c-9999');
    document.querySelector('[data-testid="chat.chatroom.header_username"]')!.textContent = 'Someone Else';
    await flush();
    expect(log.slice(2)).toEqual(['open seller-us.tiktok.com|id:c-9999']);
    // The new conversation's messages arrive: one node re-created per message.
    for (const card of cards()) {
      const fresh = card.cloneNode(true) as Element;
      fresh.querySelector('pre')!.textContent = `Someone: ${card.querySelector('pre')!.textContent}`;
      card.replaceWith(fresh);
    }
    await flush();
    expect(log.slice(3)).toEqual(['opened seller-us.tiktok.com|id:c-9999: Someone: Is it true to size? I usually wear a M.']);
  });

  it('reads cards that arrive just after opening as history: suggestions, never "arrived"', async () => {
    const { log, cards, cardLike } = setup();
    const last = cards().at(-1)!;
    last.after(cardLike(last, 'One more part of the history'));
    await flush();
    expect(log.slice(1)).toEqual([
      `opened ${C7301}: Is it true to size? I usually wear a M.`,
      `opened ${C7301}: One more part of the history`,
    ]);
  });

  it('a shop reply right after opening answers the message asked about (its suggestions go)', async () => {
    const { log, cards } = setup();
    const seller = cards().find((c) => c.querySelector('.chatd-bubble-main--self'))!;
    const reply = seller.cloneNode(true) as Element;
    reply.querySelector('pre')!.textContent = 'Yes, it is true to size.';
    cards().at(-1)!.after(reply);
    await flush();
    expect(log.slice(2)).toEqual([`seller ${C7301}: Yes, it is true to size.`]);
  });

  it('coming back to the tab asks only about a message not asked about yet', async () => {
    const { log, later } = setup();
    later();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(log).toHaveLength(2);
  });
});

describe('watchChat: new messages', () => {
  it('reports a new buyer message at the end of the open conversation, once, as "arrived"', async () => {
    const { log, cards, cardLike, later } = setup();
    later();
    const last = cards().at(-1)!;
    last.after(cardLike(last, 'Where is my order?'));
    await flush();
    expect(log.slice(2)).toEqual([`arrived ${C7301}: Where is my order?`]);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(log).toHaveLength(3);
  });

  it('raises nothing when history is re-rendered or older messages are loaded above', async () => {
    const { log, cards, cardLike, later } = setup();
    later();
    const list = cards()[0].parentElement!;
    for (const card of cards()) card.replaceWith(card.cloneNode(true));
    await flush();
    list.prepend(cardLike(cards()[0], 'An older question'));
    await flush();
    expect(log).toHaveLength(2);
  });

  it('reports the shop’s own new message as the seller’s', async () => {
    const { log, cards, later } = setup();
    later();
    const seller = cards().find((c) => c.querySelector('.chatd-bubble-main--self'))!;
    const copy = seller.cloneNode(true) as Element;
    copy.querySelector('pre')!.textContent = 'Thanks for waiting!';
    cards().at(-1)!.after(copy);
    await flush();
    expect(log.slice(2)).toEqual([`seller ${C7301}: Thanks for waiting!`]);
  });

  it('does not take the newest message for a new one when only its time label changes ("just now" → "1 min")', async () => {
    const { log, cards, later } = setup();
    later();
    cards().at(-1)!.querySelector('[data-testid="chat.chatroom.message_time"]')!.textContent = '1 min ago';
    await flush();
    expect(log).toHaveLength(2);
  });
});

/** A message of the virtual history below. */
interface Item {
  author: 'buyer' | 'seller';
  text: string;
  time: string;
}

/**
 * A virtualised list as react-virtuoso draws one: a fixed pool of card nodes shows a window of a
 * longer history; scrolling writes other messages into the same nodes (text, time and side change
 * in place), and the window follows the end when a message arrives.
 */
function virtualList(cards: Element[], history: Item[]) {
  const pool = cards.slice(0, 3);
  for (const extra of cards.slice(3)) extra.remove();
  const show = (item: Item, card: Element) => {
    card.querySelector('pre')!.firstChild!.nodeValue = item.text;
    card.querySelector('[data-testid="chat.chatroom.message_time"]')!.firstChild!.nodeValue = item.time;
    card.querySelector('.chatd-message')!.className = `chatd-message chatd-message--${item.author === 'buyer' ? 'left' : 'right'}`;
    card.querySelector('.chatd-bubble-main')!.className = `chatd-bubble-main chatd-bubble-main--${item.author === 'buyer' ? 'other' : 'self'}`;
  };
  let end = history.length;
  const render = () => pool.forEach((card, i) => show(history[end - pool.length + i], card));
  render();
  return {
    pool,
    scrollTo(newEnd: number) {
      end = newEnd;
      render();
    },
    arrive(item: Item) {
      history.push(item);
      end = history.length;
      render();
    },
  };
}

const HISTORY: Item[] = [
  { author: 'buyer', text: 'Do you ship to Canada?', time: 'Sep 1 9:12 AM' },
  { author: 'seller', text: 'Yes, in 7–10 days.', time: 'Sep 1 9:20 AM' },
  { author: 'buyer', text: 'ok', time: 'Sep 1 9:21 AM' },
  { author: 'buyer', text: 'Hi! I just ordered the hoodie.', time: 'Sep 3 5:52 PM' },
  { author: 'seller', text: 'Thank you for your order, Emily!', time: 'Sep 3 5:54 PM' },
  { author: 'buyer', text: 'Is it true to size? I usually wear a M.', time: 'Sep 3 5:55 PM' },
];

describe('watchChat: a virtualised list that re-uses its nodes', () => {
  it('raises nothing while the agent scrolls up and down, and reports a message that arrives in a re-used node', async () => {
    const { log, cards, later } = setup();
    const list = virtualList(cards(), [...HISTORY]);
    await flush();
    later();
    const before = log.length;
    for (const end of [5, 4, 3, 4, 5, 6, 3, 6]) {
      list.scrollTo(end);
      await flush();
    }
    expect(log).toHaveLength(before);
    list.arrive({ author: 'buyer', text: 'Hello?? Still there?', time: 'Sep 3 6:10 PM' });
    await flush();
    expect(log.slice(before)).toEqual([`arrived ${C7301}: Hello?? Still there?`]);
    list.arrive({ author: 'seller', text: 'Yes! Sorry for the wait.', time: 'Sep 3 6:11 PM' });
    await flush();
    expect(log.slice(before + 1)).toEqual([`seller ${C7301}: Yes! Sorry for the wait.`]);
  });

  it('gives a message the same key whichever node of the pool shows it', () => {
    setup();
    const list = virtualList(messageCards(document, profile), [...HISTORY]);
    const keyOf = (text: string) => {
      const card = list.pool.find((c) => c.querySelector('pre')!.textContent === text)!;
      return messageKey('c', card, profile);
    };
    const seen = new Map<string, Set<string>>();
    for (const end of [6, 5, 4]) {
      list.scrollTo(end);
      for (const card of list.pool) {
        const text = card.querySelector('pre')!.textContent!;
        if (!seen.has(text)) seen.set(text, new Set());
        seen.get(text)!.add(keyOf(text));
      }
    }
    // "Hi! I just ordered the hoodie." was shown by each of the three nodes in turn.
    expect([...seen.values()].map((keys) => keys.size)).toEqual(Array(seen.size).fill(1));
    expect(new Set([...seen.values()].map((k) => [...k][0])).size).toBe(seen.size);
  });
});
