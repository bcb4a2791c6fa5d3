import { chromium, type BrowserContext } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { startDemoServer, type DemoServer } from '../../scripts/serve-demo';
import { ALWAYS_OPEN, buyerSays, configureShop } from './chat-helpers';
import { expect, test } from './fixtures';

/** The store build (`npm run build`), not the demo build the other tests load. */
const STORE_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const SELLER_CHAT = 'https://seller-us.tiktok.com/chat/inbox/current';

let server: DemoServer;
let context: BrowserContext;
test.beforeEach(async () => {
  server = await startDemoServer({ port: 0 });
  context = await chromium.launchPersistentContext('', { executablePath: findChromium(), headless: true, args: chromiumArgs(STORE_DIR) });
  // The demo chat, answered as if it came from a seller chat host (there is no network here).
  await context.route('https://seller-us.tiktok.com/**', async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: new URL(url.pathname + url.search, server.url).href }) });
  });
});
test.afterEach(async () => {
  await context.close();
  await server.close();
});

test('the store build works on a seller chat host, hides its overlay from the page, and leaves loopback pages alone', async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await configureShop(context, extensionId, ALWAYS_OPEN);

  const local = await context.newPage();
  await local.goto(`${server.url}/chat/inbox/current`);
  await expect(local.getByTestId('demo.buyer-send')).toBeVisible();
  await local.waitForTimeout(1000);
  await expect(local.locator('shopreply-overlay')).toHaveCount(0);

  const page = await context.newPage();
  // Camille's chat, where the shop spoke last: the only suggestions are for this test's message.
  await page.goto(`${SELLER_CHAT}?conversation=c-7305`);
  await expect(page.locator('shopreply-overlay')).toHaveCount(1);
  // Closed: the page's scripts see the host element, not what is inside it.
  expect(await page.evaluate(() => document.querySelector('shopreply-overlay')!.shadowRoot === null)).toBe(true);
  await buyerSays(page, 'c-7305', 'how do I return this? I want a refund');

  // The content script answered inside its closed root: the popup asks it for the suggestions.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup.conversation')).toBeVisible();
  await expect(popup.getByTestId('shopreply.suggestion-text').first()).toContainText(/return|refund/i);
});
