// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cardOf, isLastMessageCard, latestUnanswered, messageCards, messageKey, readMessageCard, tiktokShopProfile as profile } from '../../../lib/sites';
import { loadCapture } from './captures';

const read = (doc: Document) => messageCards(doc, profile).map((c) => readMessageCard(c, profile));
const keys = (doc: Document, id = 'c') => messageCards(doc, profile).map((c) => messageKey(id, c, profile));

describe('readMessageCard', () => {
  it('reads author, text and time label of the demo chat', () => {
    expect(read(loadCapture('default'))).toEqual([
      { author: 'buyer', text: 'Hi! I just ordered the hoodie.', timeLabel: 'Sep 3 5:52 PM' },
      { author: 'seller', text: 'Thank you for your order, Emily!', timeLabel: 'Sep 3 5:54 PM' },
      { author: 'buyer', text: 'Is it true to size? I usually wear a M.', timeLabel: 'Sep 3 5:55 PM' },
    ]);
  });

  it('reads a system line without its time, and Chinese text', () => {
    const [system, first] = read(loadCapture('contenteditable'));
    expect(system).toEqual({ author: 'system', text: 'The buyer placed an order', timeLabel: 'Sep 2 11:30 AM' });
    expect(first).toMatchObject({ author: 'buyer', text: '你好，我的订单发货了吗？' });
  });

  it('reads locale time labels as printed', () => {
    const labels = read(loadCapture('zh-locale')).map((m) => m.timeLabel);
    expect(labels).toEqual(['9月1日 下午12:40', '9月1日 下午12:52']);
  });

  it('reads the text beside a shared product card, not the card', () => {
    const last = read(loadCapture('other-conversation')).at(-1);
    expect(last).toEqual({ author: 'buyer', text: 'Sí, gracias. ¿Tienen también la de 1 litro?', timeLabel: 'Sep 2 2:12 PM' });
  });

  it('reads the fallback-only page, keeping line breaks', () => {
    expect(read(loadCapture('fallback-only'))).toEqual([
      { author: 'system', text: 'The buyer placed an order', timeLabel: 'Sep 2 8:00 AM' },
      { author: 'buyer', text: 'Oi! Tem esse vestido no tamanho M?', timeLabel: 'Sep 3 5:50 PM' },
      { author: 'seller', text: 'Olá Ana, temos sim!', timeLabel: 'Sep 3 5:53 PM' },
      { author: 'buyer', text: 'Tem no tamanho M?\nQuanto tempo para chegar?', timeLabel: 'Sep 3 5:55 PM' },
    ]);
  });

  it('renders buyer markup as text: an HTML-looking message is just text', () => {
    const doc = loadCapture('default');
    const pre = doc.querySelector('.chatd-bubble-main--other pre')!;
    pre.textContent = '<img src=x onerror=alert(1)>';
    expect(read(doc)[0].text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('messageKey', () => {
  it('stays the same when the page re-creates every message node', () => {
    const doc = loadCapture('default');
    const before = keys(doc);
    const content = doc.querySelector('.chatd-message-list-content')!;
    content.replaceWith(content.cloneNode(true));
    expect(keys(doc)).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
  });

  it('tells identical messages apart by their order', () => {
    const all = keys(loadCapture('duplicates'));
    const oks = all.slice(-3);
    expect(new Set(oks).size).toBe(3);
    expect(oks.map((k) => k.split('|').at(-1))).toEqual(['0', '1', '2']);
  });

  it('keeps the keys of shown messages when older history is prepended', () => {
    const doc = loadCapture('default');
    const before = keys(doc);
    const content = doc.querySelector('.chatd-message-list-content')!;
    const older = content.querySelector('[data-testid="chat.chatroom.message_card"]')!.cloneNode(true) as Element;
    older.querySelector('pre')!.textContent = 'Do you ship to Canada?';
    older.querySelector('[data-testid="chat.chatroom.message_time"]')!.textContent = 'Sep 1 9:12 AM';
    content.prepend(older);
    expect(keys(doc).slice(1)).toEqual(before);
  });

  it('differs between conversations and between authors', () => {
    const doc = loadCapture('default');
    const [card] = messageCards(doc, profile);
    expect(messageKey('a', card, profile)).not.toBe(messageKey('b', card, profile));
    const other = card.cloneNode(true) as Element;
    other.querySelector('.chatd-bubble-main--other')!.className = 'chatd-bubble-main chatd-bubble-main--self';
    expect(messageKey('a', other, profile)).not.toBe(messageKey('a', card, profile));
  });

  it('stays short for a long message', () => {
    const doc = loadCapture('default');
    const [card] = messageCards(doc, profile);
    card.querySelector('pre')!.textContent = 'x'.repeat(2000);
    expect(messageKey('name:Emily Carter', card, profile).length).toBeLessThan(80);
  });
});

describe('isLastMessageCard', () => {
  it('is true only for the newest card, also inside a wrapper and after older history is prepended', () => {
    const doc = loadCapture('default');
    const content = doc.querySelector('.chatd-message-list-content')!;
    const cards = messageCards(doc, profile);
    expect(cards.map((c) => isLastMessageCard(c, profile))).toEqual([false, false, true]);
    const older = cards[0].cloneNode(true) as Element;
    content.prepend(older);
    expect(isLastMessageCard(older, profile)).toBe(false);
    expect(isLastMessageCard(cards[2], profile)).toBe(true);
  });
});

describe('allMessageKeys', () => {
  it('gives, in one pass, the keys messageKey gives card by card, duplicates included', async () => {
    const { allMessageKeys } = await import('../../../lib/sites');
    for (const name of ['default', 'duplicates', 'zh-locale']) {
      const doc = loadCapture(name);
      expect(allMessageKeys('c', doc, profile)).toEqual(keys(doc));
    }
  });
});

describe('messageKey on a page that prints no time labels', () => {
  /** The duplicates capture ("…", ok, ok, ok) without its time labels, and with "ok" again after a question. */
  function untimed() {
    const doc = loadCapture('duplicates');
    for (const t of doc.querySelectorAll('[data-testid="chat.chatroom.message_time"]')) t.remove();
    const cards = messageCards(doc, profile);
    const question = cards[0].cloneNode(true) as Element;
    question.querySelector('pre')!.textContent = 'Any news?';
    const ok = cards[1].cloneNode(true) as Element;
    cards.at(-1)!.after(question, ok);
    return doc;
  }

  it('tells "ok" written at two moments apart by the message before it', () => {
    const all = keys(untimed());
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives, in one pass, the keys messageKey gives card by card', async () => {
    const { allMessageKeys } = await import('../../../lib/sites');
    const doc = untimed();
    expect(allMessageKeys('c', doc, profile)).toEqual(keys(doc));
  });

  it('keeps a message’s key when the history above it leaves a virtualised window', () => {
    const doc = untimed();
    const before = keys(doc).at(-1);
    // The window scrolls: the first cards, earlier "ok"s among them, are no longer in the DOM.
    messageCards(doc, profile).slice(0, 3).forEach((card) => card.remove());
    expect(keys(doc).at(-1)).toBe(before);
  });
});

describe('latestUnanswered', () => {
  const m = (author: 'buyer' | 'seller' | 'system', text = 'x') => ({ author, text, timeLabel: '' });
  it('is the latest buyer message with text that no shop message follows', () => {
    expect(latestUnanswered([m('buyer', 'a'), m('seller'), m('buyer', 'b'), m('buyer', 'c')])).toBe(3);
    // A system line or the buyer's picture after it does not answer it.
    expect(latestUnanswered([m('buyer', 'a'), m('buyer', ''), m('system', 'The buyer placed an order')])).toBe(0);
  });

  it('is none when the shop spoke last, or nobody did', () => {
    expect(latestUnanswered([m('buyer'), m('seller')])).toBe(-1);
    expect(latestUnanswered([m('seller'), m('buyer', '')])).toBe(-1);
    expect(latestUnanswered([])).toBe(-1);
  });

  it('finds the unanswered question of the demo chat’s captures', () => {
    const text = (name: string) => {
      const reads = read(loadCapture(name));
      return reads[latestUnanswered(reads)]?.text;
    };
    expect(text('default')).toBe('Is it true to size? I usually wear a M.');
    expect(text('zh-locale')).toBeUndefined();
  });
});

describe('cardOf', () => {
  it('finds the whole card around a text node whose text changed in place, and nothing outside cards', () => {
    const doc = loadCapture('default');
    const card = messageCards(doc, profile)[1];
    expect(cardOf(card.querySelector('pre')!.firstChild!, profile)).toBe(card);
    expect(cardOf(doc.querySelector('textarea')!, profile)).toBeNull();
  });
});

describe('readMessageCard with a profile that names no messageText (site-profile-v1: the card’s text)', () => {
  const noText = { ...profile, selectors: { ...profile.selectors, messageText: [] as string[], messageTime: ['.t'] } };
  const card = (html: string) => new DOMParser().parseFromString(`<div class="m">${html}</div>`, 'text/html').body.firstElementChild!;

  it('reads the whole card, less its time label', () => {
    expect(readMessageCard(card('<div class="chatd-bubble-main--other">Where is my order?</div><span class="t">5:55 PM</span>'), noText)).toEqual({
      author: 'buyer',
      text: 'Where is my order?',
      timeLabel: '5:55 PM',
    });
  });

  it('still reads nothing from a card whose named text element is missing (an image)', () => {
    expect(readMessageCard(card('<div class="chatd-bubble-main--other"><img alt=""></div>'), profile).text).toBe('');
  });
});
