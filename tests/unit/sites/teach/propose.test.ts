// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  choicesFrom, draftProfile, pickTarget, pickedMessages, proposeAll, proposeAuthors, proposeCards, proposeForOne, readWithChoices, type TeachPicks,
} from '../../../../lib/sites/teach';
import { selectorCheckOf, toRuntimeProfile, validateSiteProfile, readConversation, messageCards, readMessageCard, checkProfile } from '../../../../lib/sites';
import { loadCapture, one } from './captures';

const HASHED_URL = 'https://support.example.com/inbox/conversations/8842';
const BEM_URL = 'https://help.example.org/app/chat?ticket=T-1042';
const DEMO_V2_URL = 'http://127.0.0.1:5555/chat/inbox/current?dom=v2';

const noHash = (selector: string) => expect(selector).not.toMatch(/css-|sc-|\.[a-zA-Z]{6}\b(?![-_])/);

describe('hashed class names with data attributes (teach/hashed-data)', () => {
  const doc = loadCapture('teach/hashed-data');
  const buyer = one(doc, '[data-message-id="m-50123"] [data-qa="message-body"]');
  const seller = one(doc, '[data-message-id="m-50124"] [data-qa="message-body"]');

  it('finds the composer and Send by what they say about themselves, one element each, never by a build hash', () => {
    const composer = proposeForOne(doc, one(doc, '[contenteditable]'));
    expect(composer[0]).toMatchObject({ count: 1, exact: true, kind: 'attribute' });
    expect(doc.querySelector(composer[0].selector)).toBe(one(doc, '[contenteditable]'));
    noHash(composer[0].selector);
    const send = proposeForOne(doc, one(doc, '[aria-label="Send message"]'));
    expect(send[0]).toMatchObject({ count: 1, exact: true, kind: 'attribute' });
    expect(doc.querySelector(send[0].selector)).toBe(one(doc, '[aria-label="Send message"]'));
    // The help widget's textarea and button are on the page too: a bare tag finds more than one.
    expect(proposeForOne(doc, one(doc, '#support-widget textarea'))[0]).toMatchObject({ selector: '[placeholder="Ask our help centre"]', count: 1 });
    expect(proposeForOne(doc, one(doc, '#support-widget button')).find((c) => c.selector === 'button')).toMatchObject({ count: 4, exact: false });
  });

  it('generalises one picked message to every card of the list, not the "load earlier" button beside them', () => {
    const picked = pickedMessages(buyer, seller)!;
    expect(picked.cards).toHaveLength(5);
    const cards = proposeCards(doc, picked);
    expect(cards[0]).toMatchObject({ count: 5, exact: true, kind: 'attribute' });
    expect(Array.from(doc.querySelectorAll(cards[0].selector))).toEqual(picked.cards);
    // Each card's own id (data-message-id="m-50121") is never proposed as the card selector.
    expect(cards.some((c) => /m-5012/.test(c.selector))).toBe(false);
  });

  it('tells the buyer from the shop by the attribute whose value differs between the two picked cards', () => {
    const authors = proposeAuthors(pickedMessages(buyer, seller)!);
    expect(authors.buyerBubble[0]).toMatchObject({ selector: '[data-direction="inbound"]', count: 3 });
    expect(authors.sellerBubble[0]).toMatchObject({ selector: '[data-direction="outbound"]', count: 2 });
  });

  it('takes the conversation id from the active card\'s data attribute first, then the URL\'s path', () => {
    const proposals = proposeAll(doc, { activeConversationCard: pickTarget('activeConversationCard', one(doc, '[aria-current] [data-qa="conversation-name"]')), headerBuyerName: one(doc, 'h2') }, HASHED_URL);
    expect(proposals.ids.map((p) => [p.source, p.value, p.kind])).toEqual([
      [{ attribute: 'data-conversation-id', of: 'activeConversationCard' }, '8842', 'id'],
      [{ url: 'path', pattern: '^/inbox/conversations/([^/]+)' }, '8842', 'id'],
      [{ text: 'headerBuyerName' }, 'Anna Novak', 'name'],
    ]);
    // The active card is whichever has aria-current, not conversation 8842.
    const active = proposals.roles.activeConversationCard![0].selector;
    expect(active).toContain('[aria-current="true"]');
    const [first, , third] = Array.from(doc.querySelectorAll('nav li'));
    third.removeAttribute('aria-current');
    first.setAttribute('aria-current', 'true');
    one(doc, 'li.css-a91x7p').removeAttribute('aria-current');
    expect(Array.from(doc.querySelectorAll(active))).toEqual([first]);
  });
});

describe('BEM classes and ARIA roles (teach/bem-aria)', () => {
  const doc = loadCapture('teach/bem-aria');
  it('proposes the written classes and roles, with how many elements each finds', () => {
    const picked = pickedMessages(one(doc, '.message--in .message__text'), one(doc, '.message--out .message__text'))!;
    expect(proposeCards(doc, picked)[0]).toMatchObject({ selector: '.message', count: 6, exact: true, kind: 'class' });
    const authors = proposeAuthors(picked);
    expect(authors.buyerBubble[0]).toMatchObject({ selector: '.message--in', count: 3 });
    expect(authors.sellerBubble[0]).toMatchObject({ selector: '.message--out', count: 2 });
    expect(proposeForOne(doc, one(doc, 'textarea'))[0]).toMatchObject({ selector: '[name="reply"]', count: 1 });
    // Another submit button is on the page (search): Send is found by its own class.
    expect(proposeForOne(doc, one(doc, '.composer__send'))[0]).toMatchObject({ selector: '.composer__send', count: 1 });
  });
});

/** The whole teaching of a page: picks → proposals → a valid file → the page read through it. */
function teach(doc: Document, url: string, picks: TeachPicks) {
  const proposals = proposeAll(doc, picks, url);
  const choices = choicesFrom(proposals, {}, 'button');
  const file = draftProfile(choices, { url, name: 'Taught page' });
  const checked = validateSiteProfile(file, 'taught.json', selectorCheckOf(doc));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return { proposals, choices, file: checked.value, profile: toRuntimeProfile(checked.value) };
}

describe('a taught profile reads the page it was taught on', () => {
  it('hashed-data: id from the card, buyer name, last buyer message, composer, nothing missing', () => {
    const doc = loadCapture('teach/hashed-data');
    const { profile, choices, file } = teach(doc, HASHED_URL, {
      buyerMessage: one(doc, '[data-message-id="m-50121"] [data-qa="message-body"]'),
      sellerMessage: one(doc, '[data-message-id="m-50122"] [data-qa="message-body"]'),
      composer: pickTarget('composer', one(doc, '[contenteditable] p')),
      sendButton: one(doc, '[aria-label="Send message"]'),
      headerBuyerName: one(doc, 'h2'),
      activeConversationCard: pickTarget('activeConversationCard', one(doc, '[aria-current] span')),
    });
    expect(file.matches).toEqual(['https://support.example.com/inbox/conversations/*']);
    expect(checkProfile(doc, profile).missingRequired).toEqual([]);
    expect(readConversation(doc, profile, 'support.example.com', HASHED_URL)).toMatchObject({ conversationId: 'support.example.com|id:8842', buyerName: 'Anna Novak' });
    const live = readWithChoices(doc, choices, HASHED_URL);
    expect(live).toMatchObject({ conversationId: '8842', idKind: 'id', buyerName: 'Anna Novak', composerFound: true, messageCount: 5, buyerMessages: 3, sellerMessages: 2, missing: [] });
    expect(file.selectors.messageText).toEqual(['[data-qa="message-body"]', 'span']);
    expect(live.lastBuyerMessage).toBe('And the colour to blue please');
  });

  it('still reads after a re-render: new nodes, a new message, other per-item ids', () => {
    const doc = loadCapture('teach/hashed-data');
    const { profile, choices } = teach(doc, HASHED_URL, {
      buyerMessage: one(doc, '[data-message-id="m-50123"] [data-qa="message-body"]'),
      sellerMessage: one(doc, '[data-message-id="m-50124"] [data-qa="message-body"]'),
      composer: one(doc, '[contenteditable]'),
      sendButton: one(doc, '[aria-label="Send message"]'),
    });
    const timeline = one(doc, '[data-qa="timeline"]');
    timeline.innerHTML = timeline.innerHTML.replace(/m-501/g, 'm-777') + timeline.lastElementChild!.outerHTML.replace('And the colour to blue please', 'Is it in stock?').replace(/m-77725/, 'm-77726');
    const cards = messageCards(doc, profile);
    expect(cards).toHaveLength(6);
    expect(readMessageCard(cards[5], profile)).toMatchObject({ author: 'buyer', text: 'Is it in stock?' });
    expect(readWithChoices(doc, choices, HASHED_URL).lastBuyerMessage).toBe('Is it in stock?');
  });

  it('bem-aria: the ticket parameter is the id, the active row is the aria-selected option', () => {
    const doc = loadCapture('teach/bem-aria');
    const { choices, file } = teach(doc, BEM_URL, {
      buyerMessage: one(doc, '.message--in .message__text'),
      sellerMessage: one(doc, '.message--out .message__text'),
      composer: one(doc, 'textarea'),
      sendButton: one(doc, '.composer__send'),
      headerBuyerName: one(doc, '.conversation__name'),
      activeConversationCard: pickTarget('activeConversationCard', one(doc, '.inbox__item--active .inbox__name')),
    });
    expect(file.selectors.activeConversationCard?.[0]).toBe('[role="option"][aria-selected="true"]');
    expect(file.conversationId?.[0]).toEqual({ url: 'param', name: 'ticket' });
    expect(readWithChoices(doc, choices, BEM_URL)).toMatchObject({
      conversationId: 'T-1042', idKind: 'id', buyerName: 'Laura Rossi', lastBuyerMessage: 'When will it arrive?', messageCount: 6, buyerMessages: 3, sellerMessages: 2, missing: [],
    });
  });

  it('the demo\'s redesign (hashed classes only): structure and hashes, the name as the only id, with the name kind', () => {
    const doc = loadCapture('redesigned');
    const { file, choices } = teach(doc, DEMO_V2_URL, {
      buyerMessage: one(doc, '.css-1d0hpeq pre'),
      sellerMessage: one(doc, '.css-1inc861 pre'),
      composer: one(doc, 'main textarea'),
      sendButton: one(doc, 'main button'),
      headerBuyerName: one(doc, 'header span'),
    });
    expect(file.selectors.composerTextarea?.[0]).toBe('[placeholder="Write a reply…"]');
    expect(file.conversationId).toEqual([{ text: 'headerBuyerName' }]);
    expect(readWithChoices(doc, choices, DEMO_V2_URL)).toMatchObject({
      conversationId: 'Emily Carter', idKind: 'name', buyerName: 'Emily Carter', lastBuyerMessage: 'Is it true to size? I usually wear a M.', composerFound: true, missing: [],
    });
  });

  it('says what is still missing while teaching, and that two picks in one card tell nothing apart', () => {
    const doc = loadCapture('teach/bem-aria');
    expect(readWithChoices(doc, choicesFrom(proposeAll(doc, {}, BEM_URL), {}, 'button'), BEM_URL).missing).toEqual(['messageCard', 'author', 'composer', 'sendButton']);
    const onlyComposer = choicesFrom(proposeAll(doc, { composer: one(doc, 'textarea') }, BEM_URL), {}, 'enter');
    expect(readWithChoices(doc, onlyComposer, BEM_URL).missing).toEqual(['messageCard', 'author']);
    const inner = one(doc, '.message--in .message__text');
    expect(proposeAll(doc, { buyerMessage: inner, sellerMessage: inner.parentElement! }, BEM_URL).sameCard).toBe(true);
  });

  it('another candidate can be taken instead of the first', () => {
    const doc = loadCapture('teach/bem-aria');
    const proposals = proposeAll(doc, { sendButton: one(doc, '.composer__send') }, BEM_URL);
    const second = proposals.roles.sendButton![1];
    expect(choicesFrom(proposals, { sendButton: 1 }, 'button').selectors.sendButton?.[0]).toBe(second.selector);
  });
});

describe('a list grouped by day', () => {
  it('the card selector finds the cards of every day, not only those of the day picked in', () => {
    const doc = new DOMParser().parseFromString(`<main><div class="thread">
      <section class="day"><h3>Monday</h3><div class="msg msg--in"><p>Hello</p></div><div class="msg msg--out"><p>Hi!</p></div></section>
      <section class="day"><h3>Today</h3><div class="msg msg--in"><p>Any news?</p></div><div class="msg msg--out"><p>Shipped.</p></div><div class="msg msg--in"><p>Thanks</p></div></section>
    </div></main>`, 'text/html');
    const picked = pickedMessages(one(doc, 'section:nth-of-type(2) .msg--in p'), one(doc, 'section:nth-of-type(2) .msg--out p'))!;
    expect(picked.cards).toHaveLength(3);
    expect(picked.allCards).toHaveLength(5);
    expect(proposeCards(doc, picked)[0]).toMatchObject({ selector: '.msg', count: 5, exact: true });
  });
});

describe('a conversation list whose rows are bare <li> wrappers', () => {
  it('the active card is the conversation element inside the row, told from the others; an id-looking URL parameter is a source', () => {
    const doc = new DOMParser().parseFromString(`<ul>
      <li><div data-conversation-id="cs-1001" class="conv conv--active"><div class="conv__name">Emily</div><div class="conv__time">06:33</div></div></li>
      <li><div data-conversation-id="cs-1002" class="conv"><div class="conv__name">Lucas</div><div class="conv__time">17:59</div></div></li>
    </ul>`, 'text/html');
    const card = pickTarget('activeConversationCard', one(doc, '.conv--active .conv__name'));
    expect(card).toBe(one(doc, '.conv--active'));
    const proposals = proposeAll(doc, { activeConversationCard: card }, 'https://chat.example.com/inbox/?c=cs-1001&lang=en&page=2');
    expect(proposals.roles.activeConversationCard?.[0].selector).toContain('.conv--active');
    expect(proposals.roles.conversationCard?.[0]).toMatchObject({ count: 2, exact: true });
    expect(proposals.ids.map((p) => [p.source, p.value])).toEqual([
      [{ attribute: 'data-conversation-id', of: 'activeConversationCard' }, 'cs-1001'],
      [{ url: 'param', name: 'c' }, 'cs-1001'],
    ]);
  });
});
