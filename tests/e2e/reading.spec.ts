import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, configureShop, openChat, openConversation, suggestions, turnOnAutoSend } from './chat-helpers';

/**
 * Reading the chat right: a conversation opened owes an answer to its latest buyer message; a
 * virtualised list re-using its nodes shows no history as new; a rich editor's own state takes
 * what is inserted.
 */
const SHOP = { ...ALWAYS_OPEN, shopName: 'Demo Shop', agentName: 'Ana' };
const QUESTION = 'where is my order? tracking number please';
const sentCount = async (page: Page) => Number(await page.getByTestId('demo.state').getAttribute('data-sent-count'));
const buyerMessage = (page: Page) => page.getByTestId('shopreply.buyer-message');
const suggestionTexts = (page: Page) => page.getByTestId('shopreply.suggestion-text').allTextContents();
/** Longer than the pause before an automatic reply plus its delivery check. */
const AFTER_AUTO_SEND_WINDOW = 4000;

test.beforeEach(async ({ context, extensionId }) => {
  await configureShop(context, extensionId, SHOP);
});

test('a buyer who wrote while another chat was open gets suggestions when the agent opens the chat, the same ones again later, never sent automatically', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  // Auto-send is on in Emily's conversation: still, a message found on opening only gets suggestions.
  await turnOnAutoSend(page);
  await openConversation(page, 'Camille Dubois');
  await buyerSays(page, 'c-7301', QUESTION);
  await page.waitForTimeout(500);
  await expect(suggestions(page)).toHaveCount(0);

  await openConversation(page, 'Emily Carter');
  await expect(buyerMessage(page)).toContainText(QUESTION);
  await expect(suggestions(page).filter({ hasText: '576894223136313201' })).toHaveCount(1);
  const first = await suggestionTexts(page);
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(0);

  // Opened again: the same suggestions for the same message, and still nothing sent.
  await openConversation(page, 'Lukas Schneider');
  await expect(buyerMessage(page)).toContainText('Handyhülle');
  await openConversation(page, 'Emily Carter');
  await expect(buyerMessage(page)).toContainText(QUESTION);
  await expect.poll(() => suggestionTexts(page)).toEqual(first);
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(0);

  // A message that arrives while the chat is open is still answered automatically.
  await buyerSays(page, 'c-7301', 'can I return it for a refund?');
  await expect.poll(() => sentCount(page)).toBe(1);
});

test('a chat already open when the page loads gets suggestions for its unanswered message; one the shop answered gets none', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7304');
  await expect(buyerMessage(page)).toContainText('luminária');
  await expect(suggestions(page).first()).toBeVisible();
  await openConversation(page, 'Camille Dubois');
  await page.waitForTimeout(1000);
  await expect(suggestions(page)).toHaveCount(0);
});

test('in a virtualised list that re-uses its nodes, scrolling shows no history as new, and a message arriving in a re-used node is answered and sent', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301&list=virtual');
  await expect(buyerMessage(page)).toContainText('Is it true to size?');
  await turnOnAutoSend(page);
  await page.getByTestId('demo.load-older').click();
  const cards = page.getByTestId('chat.chatroom.message_card');
  await expect(cards).toHaveCount(3);
  // Mark the node that shows the newest message: it must be re-used, not replaced.
  await cards.last().evaluate((el) => el.setAttribute('data-test-node', 'newest-slot'));

  for (const step of ['up', 'up', 'down', 'up', 'down', 'down'] as const) {
    await page.getByTestId(`demo.scroll-${step}`).click();
    await page.waitForTimeout(150);
  }
  await expect(page.getByTestId('demo.state')).toHaveAttribute('data-window-end', 'end');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  await expect(buyerMessage(page)).toContainText('Is it true to size?');
  expect(await sentCount(page)).toBe(0);

  await buyerSays(page, 'c-7301', QUESTION);
  await expect(page.locator('[data-test-node="newest-slot"]')).toContainText(QUESTION);
  await expect(buyerMessage(page)).toContainText(QUESTION);
  await expect.poll(() => sentCount(page)).toBe(1);
  await expect(page.getByTestId('shopreply.autonote')).toContainText('Sent automatically');
});

test('accepting a suggestion in a contenteditable editor replaces what the agent had typed, in the editor’s own state', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7306&composer=contenteditable');
  const editor = page.locator('[contenteditable="true"]');
  await editor.click();
  await page.keyboard.type('Moment bitte');
  await expect(page.getByTestId('demo.state')).toHaveAttribute('data-composer-text', 'Moment bitte');
  await buyerSays(page, 'c-7306', 'Wo ist meine Bestellung? Sendungsverfolgung bitte');
  await expect(buyerMessage(page)).toContainText('Sendungsverfolgung');
  const first = suggestions(page).first();
  const text = (await first.getByTestId('shopreply.suggestion-text').textContent())!;
  await first.getByTestId('shopreply.suggestion-text').click();
  await expect(editor).toHaveText(text);
  await expect(page.getByTestId('demo.state')).toHaveAttribute('data-composer-text', text);
});

test('multi-line text goes into a contenteditable editor as the editor’s own lines, and replaces what was there', async ({ context, demoUrl, extensionId }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7306&composer=contenteditable');
  const editor = page.locator('[contenteditable="true"]');
  await editor.click();
  await page.keyboard.type('draft');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup.conversation')).toContainText('Lukas Schneider');
  // What the popup sends for a phrase, with a reply of two lines.
  const text = 'Hallo Lukas,\nIhre Bestellung ist unterwegs.';
  const answer = await popup.evaluate(async (text) => {
    type Chrome = { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> } };
    const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = (await tabs.query({})).filter((t) => t.url?.includes('/chat/inbox/current'));
    return tabs.sendMessage(tab.id, { type: 'insert', text });
  }, text);
  expect(answer).toEqual({ ok: true });
  await page.bringToFront();
  // The page's own state holds both lines, and nothing of the draft.
  await expect(page.getByTestId('demo.state')).toHaveAttribute('data-composer-text', text);
  await page.locator('#chat-input-send-button').click();
  await expect(page.locator('.chatd-bubble-main--self').last()).toContainText('Ihre Bestellung ist unterwegs.');
  expect(await page.locator('.chatd-bubble-main--self pre').last().textContent()).toBe(text);
});
