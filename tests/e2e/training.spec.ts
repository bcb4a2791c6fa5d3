import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { shopLibraryPack } from '../../scripts/lib-bench/shop-library';

async function openPacks(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-packs').click();
}

test('import a 6,000-rule library: the editor shows the training, and try-it answers meanwhile and after', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const pack = shopLibraryPack(6000, { packId: 'big-shop' });
  const page = await context.newPage();
  await openPacks(page, extensionId);
  const status = page.getByTestId('shopreply.training-status');
  await expect(status).toHaveText('Model ready (13 rules)');

  await page.getByTestId('import-file').setInputFiles({ name: 'big-shop.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect(page.getByTestId('import-plan')).toHaveAttribute('data-plan-kind', 'new-pack', { timeout: 60_000 });
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('imported', { timeout: 60_000 });

  // The model of 6,013 rules trains in the background, and says how far it is.
  await expect(status).toHaveAttribute('data-state', 'training');
  await expect(status).toContainText(/Training: \d+ %/);

  // Meanwhile a new rule answers by its keyword.
  const rule = pack.rules[1234];
  await page.getByTestId('try-input').fill(`hello, ${rule.keywords.en[0]}?`);
  const product = rule.id.split('.').pop()!;
  await expect(page.locator(`[data-testid="try-suggestion"][data-rule-id="${rule.id}"]`).getByTestId('try-text')).toContainText(`(${product})`);

  // Once trained, its examples answer too.
  await expect(status).toHaveText('Model ready (6013 rules)', { timeout: 180_000 });
  await page.getByTestId('try-input').fill(rule.examples.en[0]);
  await expect(page.locator(`[data-testid="try-suggestion"][data-rule-id="${rule.id}"]`)).toBeVisible();
});
