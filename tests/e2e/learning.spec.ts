import { expect, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, composer, configureShop, openChat, openConversation, sellerBubbles, suggestions } from './chat-helpers';

test('an agent’s override teaches the matcher: the same wording is answered next time, and the editor lists it as learned', async ({ context, extensionId, demoUrl }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
  // Camille's chat: the shop spoke last, so nothing is owed on opening and this is the session's first message.
  const page = await openChat(context, demoUrl, 'conversation=c-7305');
  // A wording the starter pack does not match (the matcher now reads "nothing arrived yet" as tracking).
  const wording = 'still empty handed smh';
  await buyerSays(page, 'c-7305', wording);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(wording);
  // Only the welcome: no rule knows this wording yet.
  await expect(suggestions(page).filter({ hasText: 'welcome' })).toHaveCount(1);
  await expect(suggestions(page).filter({ hasText: 'patience' })).toHaveCount(0);

  // The agent chooses the tracking reply from the library in the popup instead.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('phrase-search').fill('patience follow');
  await expect(popup.getByTestId('phrase-option').first()).toContainText('patience');
  await popup.getByTestId('phrase-search').press('Enter');
  await page.bringToFront();
  await expect(composer(page)).toHaveValue(/patience/);
  await page.locator('#chat-input-send-button').click();
  await expect(sellerBubbles(page).last()).toContainText('patience');

  // Another buyer with the same wording now gets the tracking reply, explained as learned.
  await openConversation(page, 'Lukas Schneider');
  await buyerSays(page, 'c-7306', wording);
  await expect(suggestions(page).filter({ hasText: 'learned example' }).first()).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await options.getByTestId('rule-list').locator('[data-rule-id="order-tracking"]').click();
  await expect(options.getByTestId('rule-editor-id')).toHaveText('order-tracking');
  await options.getByTestId('lang-tab-en').click();
  await expect(options.getByTestId('learned-example').filter({ hasText: wording })).toHaveCount(1);
});
