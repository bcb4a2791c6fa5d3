import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, configureShop, openChat, suggestions, turnOnAutoSend } from './chat-helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));

test('a reply with a banned phrase is marked before inserting and never sent automatically', async ({ context, extensionId, demoUrl }) => {
  await configureShop(context, extensionId, { ...ALWAYS_OPEN, shopName: 'Demo Shop' });
  // A supervisor imports a pack whose reply moves the buyer off the platform.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await options.getByTestId('nav-packs').click();
  await options.getByTestId('import-file').setInputFiles(fixture('e2e-banned.pack.json'));
  await expect(options.getByTestId('plan-compliance')).toContainText('contact-directly');
  await expect(options.getByTestId('plan-compliance')).toContainText('WhatsApp');
  await options.getByTestId('import-apply').click();
  await expect(options.getByTestId('import-status')).toContainText('imported');

  // Camille's chat, where the shop spoke last: "hi there" is the session's first message (greeted).
  const page = await openChat(context, demoUrl, 'conversation=c-7305');
  await buyerSays(page, 'c-7305', 'hi there');
  await expect(suggestions(page).first()).toBeVisible();
  await turnOnAutoSend(page);
  const sent = Number(await page.getByTestId('demo.state').getAttribute('data-sent-count'));

  await buyerSays(page, 'c-7305', 'can I contact you directly?');
  const banned = suggestions(page).filter({ hasText: 'WhatsApp' });
  await expect(banned).toHaveCount(1);
  await expect(banned.getByTestId('shopreply.suggestion-violation')).toContainText('WhatsApp');
  await expect(page.getByTestId('shopreply.autonote')).toContainText('Not sent automatically: the reply breaks marketplace rules');
  expect(Number(await page.getByTestId('demo.state').getAttribute('data-sent-count'))).toBe(sent);
});
