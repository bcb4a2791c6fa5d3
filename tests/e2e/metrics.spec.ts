import { expect, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, composer, configureShop, openChat, sellerBubbles, suggestions } from './chat-helpers';

test('a supervisor sees the first response time and the accepted suggestion in the metrics', async ({ context, extensionId, demoUrl }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  await buyerSays(page, 'c-7301', 'how do I return this? I want a refund');
  const refund = suggestions(page).filter({ hasText: /refund/i }).first();
  await refund.getByTestId('shopreply.suggestion-text').click();
  await expect(composer(page)).not.toHaveValue('');
  await page.locator('#chat-input-send-button').click();
  await expect(sellerBubbles(page).last()).toContainText(/refund/i);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('nav-metrics').click();
  const metrics = options.getByTestId('metrics');
  await expect(metrics.getByTestId('metrics.sessions')).toContainText('Sessions1');
  await expect(metrics.getByTestId('metrics.acceptance')).toContainText('100 %');
  await expect(metrics.getByTestId('metrics.firstResponse')).toContainText(/\d+ s/);
  await expect(metrics.getByTestId('metrics.retention')).toContainText('last 90 days');
});
