import type { Page } from '@playwright/test';
import { expect, stopServiceWorkers, test } from './fixtures';
import { ALWAYS_CLOSED, ALWAYS_OPEN, buyerSays, composer, configureShop, openChat, openConversation, sellerBubbles, suggestions, turnOnAutoSend } from './chat-helpers';

const SHOP = { ...ALWAYS_OPEN, shopName: 'Demo Shop', agentName: 'Ana' };
const sentCount = async (page: Page) => Number(await page.getByTestId('demo.state').getAttribute('data-sent-count'));
const welcome = (page: Page) => suggestions(page).filter({ hasText: 'welcome: first message of the session' });
const autoSendSwitch = (page: Page) => page.getByTestId('shopreply.autosend');
/** Longer than the pause before an automatic reply plus its delivery check. */
const AFTER_AUTO_SEND_WINDOW = 4000;

test.describe('with the shop open', () => {
  test.beforeEach(async ({ context, extensionId }) => {
    await configureShop(context, extensionId, SHOP);
  });

  test('the welcome greets the first message of a session once, also after the worker is stopped', async ({ context, demoUrl }) => {
    const page = await openChat(context, demoUrl, 'conversation=c-7303');
    // Opened, the chat owes an answer to Sofía's last message: it is the session's first.
    await expect(page.getByTestId('shopreply.buyer-message')).toContainText('1 litro');
    await expect(welcome(page)).toHaveCount(1);
    await expect(welcome(page)).toContainText('Sofía Martínez');

    await buyerSays(page, 'c-7303', '¿Dónde está mi pedido?');
    await expect(page.getByTestId('shopreply.buyer-message')).toContainText('¿Dónde está mi pedido?');
    await expect(suggestions(page).first()).toBeVisible();
    await expect(welcome(page)).toHaveCount(0);

    await stopServiceWorkers(page);
    await buyerSays(page, 'c-7303', '¿Puedo devolver la botella?');
    await expect(page.getByTestId('shopreply.buyer-message')).toContainText('devolver');
    await expect(suggestions(page).first()).toBeVisible();
    await expect(welcome(page)).toHaveCount(0);
  });

  test('auto-send answers in the conversation where it is on, and only suggests where it is off', async ({ context, demoUrl }) => {
    const page = await openChat(context, demoUrl, 'conversation=c-7301');
    await turnOnAutoSend(page);
    const before = await sellerBubbles(page).count();
    await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
    await expect(sellerBubbles(page)).toHaveCount(before + 1);
    await expect(page.getByTestId('shopreply.autonote')).toContainText('Sent automatically');

    await openConversation(page, 'Lukas Schneider');
    await expect(autoSendSwitch(page)).not.toBeChecked();
    const sent = await sentCount(page);
    await buyerSays(page, 'c-7306', 'Hallo, wann wird meine Bestellung verschickt?');
    await expect(suggestions(page).first()).toBeVisible();
    await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
    expect(await sentCount(page)).toBe(sent);

    // The choice is remembered per conversation, also by a restarted worker.
    await stopServiceWorkers(page);
    await openConversation(page, 'Emily Carter');
    await expect(autoSendSwitch(page)).toBeChecked();
  });

  test('an automatic reply never reaches another buyer when the agent switches chats before it is sent', async ({ context, demoUrl }) => {
    const page = await openChat(context, demoUrl, 'conversation=c-7301');
    await turnOnAutoSend(page);
    const sent = await sentCount(page);
    await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
    await openConversation(page, 'Lukas Schneider');
    await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
    expect(await sentCount(page)).toBe(sent);
    await expect(composer(page)).toHaveValue('');
    // Back with the buyer, the reply waits for the agent instead.
    await openConversation(page, 'Emily Carter');
    await expect(suggestions(page).first()).toBeVisible();
    expect(await sentCount(page)).toBe(sent);
  });

  test('typing in a conversation takes it over from auto-send', async ({ context, demoUrl }) => {
    const page = await openChat(context, demoUrl, 'conversation=c-7301');
    await turnOnAutoSend(page);
    await composer(page).click();
    await page.keyboard.type('Let me check');
    await expect(autoSendSwitch(page)).not.toBeChecked();
    await expect(page.getByTestId('shopreply.overlay')).toContainText('paused: you typed here');
    await composer(page).fill('');

    const sent = await sentCount(page);
    await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
    await expect(suggestions(page).first()).toBeVisible();
    await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
    expect(await sentCount(page)).toBe(sent);

    // Turning it on again hands the chat back.
    await turnOnAutoSend(page);
    await buyerSays(page, 'c-7301', 'can I return it for a refund?');
    await expect.poll(() => sentCount(page)).toBe(sent + 1);
  });

  test('the global pause in the popup stops automatic replies in every conversation', async ({ context, demoUrl, extensionId }) => {
    const page = await openChat(context, demoUrl, 'conversation=c-7301');
    await turnOnAutoSend(page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('popup.global-pause').check();
    await expect(popup.getByTestId('popup.global-pause')).toBeChecked();

    await page.bringToFront();
    const sent = await sentCount(page);
    await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
    await expect(page.getByTestId('shopreply.autonote')).toContainText('Not sent automatically: all automatic replies are paused for the shop');
    await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
    expect(await sentCount(page)).toBe(sent);
  });

  test('the popup shows the conversation, switches auto-send and inserts a searched phrase', async ({ context, demoUrl, extensionId }) => {
    const page = await openChat(context, demoUrl, 'conversation=c-7301');
    await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
    await expect(suggestions(page).first()).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup.conversation')).toContainText('Emily Carter');
    await expect(popup.getByTestId('shopreply.suggestion').first()).toBeVisible();
    await turnOnAutoSend(popup, 'popup.autosend');
    await popup.getByTestId('phrase-search').fill('thank');
    await expect(popup.getByTestId('phrase-option').first()).toBeVisible();
    const phrase = (await popup.getByTestId('phrase-option').first().locator('span').textContent())!;
    await popup.getByTestId('phrase-search').press('Enter');
    await expect(composer(page)).toHaveValue(phrase);
    // Phrases are filled in for this buyer like suggestions are.
    await popup.getByTestId('phrase-search').fill('patience follow');
    await expect(popup.getByTestId('phrase-option').first()).toContainText('Emily Carter');
    await expect(popup.getByTestId('phrase-option').first()).not.toContainText('{buyer_name}');

    await page.bringToFront();
    await openConversation(page, 'Lukas Schneider');
    await openConversation(page, 'Emily Carter');
    await expect(autoSendSwitch(page)).toBeChecked();
  });
});

test('outside working hours the offline reply is suggested and the buyer waits on the follow-up list', async ({ context, demoUrl, extensionId }) => {
  await configureShop(context, extensionId, ALWAYS_CLOSED);
  // Camille's chat, where the shop spoke last: her message is the session's first.
  const page = await openChat(context, demoUrl, 'conversation=c-7305');
  await buyerSays(page, 'c-7305', 'hello, is anyone there?');
  await expect(suggestions(page).filter({ hasText: 'outside working hours' })).toHaveCount(1);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup.followups')).toContainText('Camille Dubois');
  await expect(popup.getByTestId('popup.followups')).toContainText(/min left/);
  // One alarm for all follow-ups, at the nearest deadline less the warning time.
  type Alarms = { alarms: { getAll(): Promise<Array<{ name: string }>> } };
  const alarms = () => popup.evaluate(async () => (await (globalThis as unknown as { chrome: Alarms }).chrome.alarms.getAll()).map((a) => a.name));
  await expect.poll(alarms).toEqual(['shopreply.follow-up']);

  // The agent's own reply takes the buyer off the list.
  await page.bringToFront();
  await composer(page).fill('Hi Camille, we are back: how can I help?');
  await page.locator('#chat-input-send-button').click();
  await expect(sellerBubbles(page).last()).toContainText('we are back');
  await popup.reload();
  await expect(popup.getByTestId('popup.conversation')).toBeVisible();
  await expect(popup.getByTestId('popup.followups')).toHaveCount(0);
  await expect.poll(alarms).toEqual([]);
});
