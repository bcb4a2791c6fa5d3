import { expect, stopServiceWorkers, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, composer, configureShop, openChat, openConversation, sellerBubbles, suggestions } from './chat-helpers';

test.beforeEach(async ({ context, extensionId }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
});

test('a Spanish buyer gets a Spanish answer; accepting it with a click fills the composer and sending shows our bubble', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7303');
  await buyerSays(page, 'c-7303', '¿Dónde está mi pedido?');
  const tracking = suggestions(page).filter({ hasText: '576894223136550377' });
  await expect(tracking).toHaveCount(1);
  await expect(tracking.getByTestId('shopreply.suggestion-reason')).toContainText('es');
  const text = (await tracking.getByTestId('shopreply.suggestion-text').textContent())!;
  expect(text).toMatch(/pedido/i);

  await tracking.getByTestId('shopreply.suggestion-text').click();
  await expect(composer(page)).toHaveValue(text);
  await expect(page.getByTestId('chat.chatroom.input_counter')).toContainText(`${text.length}/2000`);
  await page.locator('#chat-input-send-button').click();
  await expect(sellerBubbles(page).last()).toContainText(text);
  await expect(composer(page)).toHaveValue('');
  await expect(suggestions(page)).toHaveCount(0);
});

test('an English buyer gets an English answer, accepted with Alt+1 and edited before sending', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  await buyerSays(page, 'c-7301', 'how do I return this? I want a refund');
  // Opened, the chat first shows suggestions for Emily's earlier unanswered question: wait for ours.
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('refund');
  await expect(suggestions(page).first()).toBeVisible();
  const first = (await suggestions(page).first().getByTestId('shopreply.suggestion-text').textContent())!;
  expect(first).toMatch(/return|refund/i);
  await composer(page).click();
  await page.keyboard.press('Alt+1');
  await expect(composer(page)).toHaveValue(first);
  await composer(page).press('End');
  await composer(page).pressSequentially(' Thanks!');
  await expect(page.locator('#chat-input-send-button')).toBeEnabled();
  await page.locator('#chat-input-send-button').click();
  await expect(sellerBubbles(page).last()).toContainText(`${first} Thanks!`);
});

test('suggestions stay with their own buyer when the agent switches conversations', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
  await expect(suggestions(page).filter({ hasText: '576894223136313201' })).toHaveCount(1);

  // Lukas's own unanswered question is what this chat shows, nothing of Emily's.
  await openConversation(page, 'Lukas Schneider');
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('Handyhülle');
  await expect(suggestions(page).filter({ hasText: '576894223136313201' })).toHaveCount(0);

  // A message for another buyer while this chat is open shows nothing here.
  await buyerSays(page, 'c-7301', 'hello?? where is my order');
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('Handyhülle');

  // Back with Emily: her latest message, written while Lukas's chat was open, gets its suggestions.
  await openConversation(page, 'Emily Carter');
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('hello?? where is my order');
  await expect(suggestions(page).first()).toBeVisible();
  await expect(page.getByTestId('shopreply.suggestion-text').filter({ hasText: 'Lukas' })).toHaveCount(0);
});

test('re-rendered and older history raises no new suggestion', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  // Opened, the chat owes an answer to its last buyer message: those suggestions, and no others.
  const buyerMessage = page.getByTestId('shopreply.buyer-message');
  await expect(buyerMessage).toContainText('Is it true to size?');
  const shown = await page.getByTestId('shopreply.suggestion-text').allTextContents();
  await page.getByTestId('demo.rerender').click();
  await page.getByTestId('demo.load-older').click();
  await page.getByTestId('demo.rerender').click();
  await page.waitForTimeout(1500);
  await expect(buyerMessage).toContainText('Is it true to size?');
  expect(await page.getByTestId('shopreply.suggestion-text').allTextContents()).toEqual(shown);
  // The page still works: a real new message is answered.
  await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
  await expect(buyerMessage).toContainText('tracking number');
  await expect(suggestions(page).first()).toBeVisible();
});

test('a buyer message with markup is shown as inert text', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>bold</b> where is my order';
  await buyerSays(page, 'c-7301', hostile);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(hostile);
  await expect(page.getByTestId('shopreply.overlay').locator('img, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('after Chrome stops the service worker, the next buyer message still gets its suggestion', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7302');
  await buyerSays(page, 'c-7302', '我的快递到哪了');
  await expect(suggestions(page).first()).toBeVisible();
  await stopServiceWorkers(page);
  await buyerSays(page, 'c-7302', '可以退货吗？我想退款');
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('退款');
  await expect(suggestions(page).filter({ hasText: '退' }).first()).toBeVisible();
});

test('a contenteditable composer takes an accepted suggestion into its own state', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7306&composer=contenteditable');
  await buyerSays(page, 'c-7306', 'Wo ist meine Bestellung? Sendungsverfolgung bitte');
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('Sendungsverfolgung');
  const first = suggestions(page).first();
  await expect(first).toBeVisible();
  const text = (await first.getByTestId('shopreply.suggestion-text').textContent())!;
  await first.getByTestId('shopreply.suggestion-text').click();
  await expect(page.locator('[contenteditable="true"]')).toHaveText(text);
  await expect(page.locator('#chat-input-send-button')).toBeEnabled();
  await page.locator('#chat-input-send-button').click();
  await expect(sellerBubbles(page).last()).toContainText(text);
});

test('on a chat page whose markup it does not know, the status badge says so', async ({ context, demoUrl }) => {
  const page = await context.newPage();
  await page.goto(`${demoUrl}/chat/inbox/current?dom=v2`);
  await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page", { timeout: 10_000 });
});
