import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function openEditor(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
}

const gift = (page: Page) => page.getByTestId('try-results').locator('[data-testid="try-suggestion"][data-rule-id="gift-wrap"]');

test('create a pack, add a rule, rename it, ban a phrase, delete it into the bin and restore it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);

  // A new pack, its id made from its name.
  await page.getByTestId('pack-new').click();
  await page.getByTestId('new-pack-name').fill('Gift shop');
  await page.getByTestId('new-pack-description').fill('Gift wrapping and cards');
  await expect(page.getByTestId('new-pack-language')).toHaveValue('en');
  await expect(page.getByTestId('new-pack-language').locator('option:checked')).toHaveText('English');
  await page.getByTestId('new-pack-create').click();
  await expect(page.getByTestId('pack-gift-shop')).toContainText('Gift shop');
  await expect(page.getByTestId('pack-gift-shop').getByTestId('pack-origin')).toHaveText('made here');
  await expect(page.getByTestId('pack-settings-id')).toContainText('gift-shop');

  // A rule in it answers in the try-it box.
  await page.getByTestId('rule-new').click();
  await page.getByTestId('shopreply.new-rule-title').fill('Gift wrap');
  await page.getByTestId('new-rule-reply').fill('We wrap every gift for free, {buyer_name}.');
  await page.getByTestId('new-rule-keyword').fill('gift wrap|wrapping');
  await page.getByTestId('new-rule-create').click();
  await expect(page.getByTestId('rule-editor-id')).toHaveText('gift-wrap');
  await page.getByTestId('try-input').fill('can you gift wrap my order?');
  await expect(gift(page).getByTestId('try-text')).toContainText('We wrap every gift for free, Alex.');

  // Rename, and a banned phrase: the rule's reply is flagged in the editor and in the try-it box.
  await page.getByTestId('pack-settings-open').click();
  await page.getByTestId('pack-name').fill('Gift shop replies');
  await page.getByTestId('pack-name').press('Enter');
  await expect(page.getByTestId('pack-gift-shop').locator('strong')).toHaveText('Gift shop replies');
  await expect(page.getByTestId('pack-settings-title')).toContainText('Gift shop replies');
  await expect(page.getByTestId('pack-banned-none')).toBeVisible();
  await page.getByTestId('pack-banned-language').selectOption('en');
  await page.getByTestId('pack-banned-input').fill('for free');
  await page.getByTestId('pack-banned-add').click();
  await expect(page.getByTestId('pack-banned-en').getByTestId('pack-banned-phrase')).toHaveText(['for free×']);
  await expect(gift(page).locator('.problem--error')).toContainText('for free');
  await page.getByTestId('rule-list').locator('[data-rule-id="gift-wrap"]').click();
  await page.getByTestId('lang-tab-en').click();
  await expect(page.getByTestId('reply-problem').first()).toContainText('for free');

  // Delete: the confirmation says how many rules go to the bin; the rule stops answering.
  await page.getByTestId('pack-settings-open').click();
  await page.getByTestId('pack-delete').click();
  await expect(page.getByTestId('pack-delete-message')).toContainText('Move Gift shop replies and its 1 rules to the bin?');
  await page.getByTestId('pack-delete-yes').click();
  await expect(page.getByTestId('pack-gift-shop')).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveText('Gift shop replies moved to the bin.');
  await expect(page.getByTestId('try-language')).toBeVisible();
  await expect(gift(page)).toHaveCount(0);

  // Undo brings it back at once; delete again.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('pack-gift-shop')).toBeVisible();
  await expect(gift(page)).toHaveCount(1);
  await page.getByTestId('pack-gift-shop').click();
  await page.getByTestId('pack-settings-open').click();
  await page.getByTestId('pack-delete').click();
  await page.getByTestId('pack-delete-yes').click();
  await expect(page.getByTestId('pack-gift-shop')).toHaveCount(0);
  await expect(gift(page)).toHaveCount(0);

  // Restore from the bin: it answers again, with its banned phrase.
  await expect(page.getByTestId('pack-bin')).toHaveText('Bin (1)');
  await page.getByTestId('pack-bin').click();
  await expect(page.getByTestId('bin-gift-shop')).toContainText('Gift shop replies');
  await expect(page.getByTestId('bin-gift-shop')).toContainText('1 rules');
  await page.getByTestId('bin-gift-shop').getByTestId('bin-restore').click();
  await expect(page.getByTestId('pack-gift-shop')).toBeVisible();
  await expect(page.getByTestId('pack-bin')).toHaveText('Bin (0)');
  await expect(gift(page).getByTestId('try-text')).toContainText('We wrap every gift for free, Alex.');
  await expect(gift(page).locator('.problem--error')).toContainText('for free');
});

test('a refused pack edit names the field and changes nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await page.getByTestId('pack-shopreply-starter').click();
  await page.getByTestId('pack-settings-open').click();
  const name = await page.getByTestId('pack-name').inputValue();
  await page.getByTestId('pack-name').fill('   ');
  await page.getByTestId('pack-name').press('Enter');
  await expect(page.getByTestId('pack-settings-error')).toContainText('Name');
  await expect(page.getByTestId('pack-shopreply-starter').locator('strong')).toHaveText(name);
});

test('a 6,000-rule test import can be deleted, and the bin emptied', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const page = await context.newPage();
  await openEditor(page, extensionId);
  const rules = Array.from({ length: 6000 }, (_, i) => ({ id: `test-${i}`, kind: 'faq', keywords: { en: [`widget${i}`] }, replies: { en: [`Widget ${i} is in stock.`] } }));
  const pack = { format: 'shopreply.pack', formatVersion: 1, id: 'big-test', name: 'Big test import', version: '1.0.0', rules };
  await page.getByTestId('nav-packs').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'big-test.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('imported', { timeout: 60_000 });
  await page.getByTestId('nav-library').click();
  await page.getByTestId('pack-big-test').click();
  await expect(page.getByTestId('pack-big-test')).toContainText('6000');
  await page.getByTestId('pack-settings-open').click();
  await page.getByTestId('pack-delete').click();
  await expect(page.getByTestId('pack-delete-message')).toContainText('6000 rules');
  await page.getByTestId('pack-delete-yes').click();
  await expect(page.getByTestId('status')).toHaveText('Big test import moved to the bin.', { timeout: 30_000 });
  await expect(page.getByTestId('pack-big-test')).toHaveCount(0);
  await page.getByTestId('try-input').fill('is widget42 in stock?');
  await expect(page.getByTestId('try-language')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('try-results').locator('[data-rule-id="test-42"]')).toHaveCount(0);

  await page.getByTestId('pack-bin').click();
  await expect(page.getByTestId('bin-big-test')).toContainText('6000 rules');
  await page.getByTestId('bin-empty').click();
  await page.getByTestId('bin-empty-yes').click();
  await expect(page.getByTestId('bin-none')).toBeVisible();
  await expect(page.getByTestId('pack-bin')).toHaveText('Bin (0)');
});

test('in Chinese: a pack named in Chinese gets a usable id, languages by name, delete and restore', async ({ context, extensionId }) => {
  await context.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await page.getByTestId('pack-new').click();
  await expect(page.getByTestId('pack-new')).toHaveText('新建话术包');
  await page.getByTestId('new-pack-name').fill('售后话术');
  await expect(page.getByTestId('new-pack-language').locator('option:checked')).toHaveText('中文');
  await page.getByTestId('new-pack-create').click();
  await expect(page.getByTestId('pack-pack')).toContainText('售后话术');
  await expect(page.getByTestId('pack-settings-title')).toHaveText('售后话术 的设置');
  await page.getByTestId('pack-banned-language').selectOption('zh');
  await expect(page.getByTestId('pack-banned-language').locator('option:checked')).toHaveText('中文');
  await page.getByTestId('pack-banned-input').fill('加微信');
  await page.getByTestId('pack-banned-add').click();
  await expect(page.getByTestId('pack-banned-zh').locator('h4')).toHaveText('中文');
  await expect(page.getByTestId('pack-banned-zh').getByTestId('pack-banned-phrase')).toHaveText(['加微信×']);
  await page.getByTestId('pack-delete').click();
  await expect(page.getByTestId('pack-delete-message')).toContainText('把 售后话术 及其 0 条规则移到回收站？');
  await page.getByTestId('pack-delete-yes').click();
  await expect(page.getByTestId('pack-pack')).toHaveCount(0);
  await page.getByTestId('pack-bin').click();
  await expect(page.getByTestId('pack-bin')).toHaveText('回收站（1）');
  await page.getByTestId('bin-pack').getByTestId('bin-restore').click();
  await expect(page.getByTestId('pack-pack')).toContainText('售后话术');
  await page.getByTestId('pack-pack').click();
  await page.getByTestId('pack-settings-open').click();
  await expect(page.getByTestId('pack-banned-zh').getByTestId('pack-banned-phrase')).toHaveText(['加微信×']);
});
