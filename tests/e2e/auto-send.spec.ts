import type { BrowserContext, Page } from '@playwright/test';
import { expect, stopServiceWorkers, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, composer, configureShop, openChat, openConversation, sellerBubbles, suggestions, turnOnAutoSend } from './chat-helpers';

/**
 * Auto-send reaches a buyer: at most once, to the buyer the reply was decided for, and never
 * against the agent. Each test arranges one way it used to go wrong.
 */
const SHOP = { ...ALWAYS_OPEN, shopName: 'Demo Shop', agentName: 'Ana' };
const QUESTION = 'where is my order? tracking number please';
const sentCount = async (page: Page) => Number(await page.getByTestId('demo.state').getAttribute('data-sent-count'));
const autoSendSwitch = (page: Page) => page.getByTestId('shopreply.autosend');
const autoNote = (page: Page) => page.getByTestId('shopreply.autonote');
/** Longer than the pause before an automatic reply plus its delivery check. */
const AFTER_AUTO_SEND_WINDOW = 4000;

/** Asks as a buyer and waits for the answer: the pause before the automatic reply has begun. */
/**
 * Emily's chat, opened and read: its own earlier question has its suggestions, so what the buyer
 * writes next is new, not history still arriving (docs/reading.md), and the auto-send rules apply.
 */
async function openRead(context: BrowserContext, demoUrl: string, query: string): Promise<Page> {
  const page = await openChat(context, demoUrl, query);
  await expect(suggestions(page).first()).toBeVisible();
  return page;
}

async function buyerAsks(page: Page, conversationId: string, text: string) {
  await buyerSays(page, conversationId, text);
  // The chat may already show suggestions for the message it was opened with: wait for this one's.
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(text);
  await expect(suggestions(page).first()).toBeVisible();
}

test.beforeEach(async ({ context, extensionId }) => {
  await configureShop(context, extensionId, SHOP);
});

test('two tabs on one chat send the automatic reply once', async ({ context, demoUrl }) => {
  const a = await openRead(context, demoUrl, 'conversation=c-7301&sync=1');
  const b = await openRead(context, demoUrl, 'conversation=c-7301&sync=1');
  await turnOnAutoSend(a);
  const before = await sellerBubbles(a).count();
  await buyerSays(a, 'c-7301', QUESTION);
  await expect(suggestions(b).first()).toBeVisible();
  await expect(sellerBubbles(a)).toHaveCount(before + 1);
  await a.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  await expect(sellerBubbles(a)).toHaveCount(before + 1);
  await expect(sellerBubbles(b)).toHaveCount(before + 1);
  expect((await sentCount(a)) + (await sentCount(b))).toBe(1);
});

test('the worker stopped in the middle of an automatic send: no second send after it starts again', async ({ context, demoUrl }) => {
  const a = await openRead(context, demoUrl, 'conversation=c-7301&sync=1');
  const b = await openRead(context, demoUrl, 'conversation=c-7301&sync=1');
  await turnOnAutoSend(a);
  // Tab B is slow: it gets the buyer's message only after the reply went out.
  await b.getByTestId('demo.sync-hold').check();
  const before = await sellerBubbles(a).count();
  await buyerAsks(a, 'c-7301', QUESTION);
  // During the pause: the claim has to wake a stopped worker.
  await stopServiceWorkers(a);
  await expect(sellerBubbles(a)).toHaveCount(before + 1);
  const reply = (await sellerBubbles(a).last().textContent())!.trim();
  // After the claim: the same message, asked again of a restarted worker.
  await stopServiceWorkers(a);
  await b.getByTestId('demo.sync-release').click();
  await expect(b.getByTestId('shopreply.buyer-message')).toContainText('tracking number');
  await b.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  await b.getByTestId('demo.sync-release').click();
  await expect(b.getByTestId('demo.state')).toHaveAttribute('data-sync-held', '0');
  await expect(sellerBubbles(a).filter({ hasText: reply })).toHaveCount(1);
  await expect(sellerBubbles(b).filter({ hasText: reply })).toHaveCount(1);
  expect(await sentCount(a)).toBe(1);
  expect(await sentCount(b)).toBe(0);
});

test('a key pressed in the composer during the pause cancels the automatic reply', async ({ context, demoUrl }) => {
  const page = await openRead(context, demoUrl, 'conversation=c-7301');
  await turnOnAutoSend(page);
  const sent = await sentCount(page);
  await buyerAsks(page, 'c-7301', QUESTION);
  // The agent starts typing and thinks better of it: the composer is empty again.
  await composer(page).press('x');
  await composer(page).press('Backspace');
  await expect(composer(page)).toHaveValue('');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(sent);
  await expect(composer(page)).toHaveValue('');
  await expect(suggestions(page).first()).toBeVisible();
});

test('a message from the shop during the pause cancels the automatic reply', async ({ context, demoUrl }) => {
  const page = await openRead(context, demoUrl, 'conversation=c-7301');
  await turnOnAutoSend(page);
  await buyerAsks(page, 'c-7301', QUESTION);
  // Sent by the shop from elsewhere (no key pressed here): only the new bubble says so.
  await page.evaluate(() => {
    const textarea = document.querySelector('textarea[placeholder="Send a message"]') as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, 'Checking your order now, one moment.');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.evaluate(() => (document.getElementById('chat-input-send-button') as HTMLButtonElement).click());
  await expect(sellerBubbles(page).last()).toContainText('Checking your order now');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(1);
  await expect(autoNote(page)).toContainText('Not sent automatically: a newer message arrived');
});

test('"pause all" or auto-send off during the pause stops a reply already found eligible', async ({ context, demoUrl, extensionId }) => {
  const page = await openRead(context, demoUrl, 'conversation=c-7301');
  await turnOnAutoSend(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup.global-pause')).not.toBeChecked();
  await page.bringToFront();
  const sent = await sentCount(page);

  await buyerAsks(page, 'c-7301', QUESTION);
  await popup.getByTestId('popup.global-pause').check();
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(sent);
  await expect(autoNote(page)).toContainText('Not sent automatically: all automatic replies are paused for the shop');

  await popup.getByTestId('popup.global-pause').uncheck();
  await buyerAsks(page, 'c-7301', 'can I return it for a refund?');
  await autoSendSwitch(page).uncheck();
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(sent);
});

test('switching chats during the pause sends nothing to either buyer', async ({ context, demoUrl }) => {
  const page = await openRead(context, demoUrl, 'conversation=c-7301');
  await turnOnAutoSend(page);
  const sent = await sentCount(page);
  await buyerAsks(page, 'c-7301', QUESTION);
  await openConversation(page, 'Lukas Schneider');
  const lukas = await sellerBubbles(page).count();
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(sent);
  await expect(sellerBubbles(page)).toHaveCount(lukas);
  await expect(composer(page)).toHaveValue('');
});

test('a conversation known only by the buyer’s name is never answered automatically', async ({ context, demoUrl }) => {
  const page = await openRead(context, demoUrl, 'conversation=c-7301&ids=none');
  await turnOnAutoSend(page);
  const sent = await sentCount(page);
  await buyerAsks(page, 'c-7301', QUESTION);
  await expect(autoNote(page)).toContainText('Not sent automatically: this page names the buyer only by name');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(sent);
});

test('where a supervisor accepts name-only ids, a reply decided for one "Emily Carter" never reaches the other after a switch', async ({ context, demoUrl, extensionId }) => {
  await configureShop(context, extensionId, { ...SHOP, nameOnlyAutoSendSites: [new URL(demoUrl).hostname] });
  const page = await openRead(context, demoUrl, 'conversation=c-7301&ids=none&twins=1');
  await turnOnAutoSend(page);
  const sent = await sentCount(page);
  await buyerAsks(page, 'c-7301', QUESTION);
  // The other Emily Carter: same name, so the same name-only conversation id.
  await page.locator('[data-testid="chat.chatroom.conversation_card"][aria-selected="false"]').filter({ hasText: 'Emily Carter' }).click();
  await expect(page.getByTestId('demo.state')).toHaveAttribute('data-active-conversation', 'c-7305');
  const other = await sellerBubbles(page).count();
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(sent);
  await expect(sellerBubbles(page)).toHaveCount(other);
  await expect(composer(page)).toHaveValue('');
});

test('in a contenteditable composer our own insertion is not taken for the agent typing', async ({ context, demoUrl }) => {
  const page = await openRead(context, demoUrl, 'conversation=c-7301&composer=contenteditable');
  await turnOnAutoSend(page);
  const sent = await sentCount(page);
  await buyerAsks(page, 'c-7301', QUESTION);
  await expect.poll(() => sentCount(page)).toBe(sent + 1);
  await expect(autoNote(page)).toContainText('Sent automatically');
  await expect(autoSendSwitch(page)).toBeChecked();
});
