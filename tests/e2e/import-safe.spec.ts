import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const encoded = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url)));

async function openPacks(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-packs').click();
}

test('a GBK CSV from Chinese Excel: Chinese text in the preview, Apply, and Undo brings back the previous pack', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  const v1 = encoded('zh-gbk.csv');
  await page.getByTestId('import-file').setInputFiles({ name: 'zh-gbk.csv', mimeType: 'text/csv', buffer: v1 });
  const plan = page.getByTestId('import-plan');
  await expect(plan.getByTestId('plan-summary')).toContainText('物流查询');
  await expect(plan.getByTestId('shopreply.plan-diff-after').filter({ hasText: '您好，订单已经发出，请耐心等待。' })).toHaveCount(1);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('物流查询 1.0.0');

  // Version 2, as Excel would save it again: GBK, no BOM, one reply changed.
  const text = new TextDecoder('gbk').decode(v1).replace('"1.0.0"', '"2.0.0"').replace('请耐心等待。', '今天已经到达您所在的城市。');
  await page.getByTestId('import-file').setInputFiles({ name: 'zh-gbk-v2.csv', mimeType: 'text/csv', buffer: iconv.encode(text, 'gbk') });
  await expect(plan.getByTestId('shopreply.plan-diff-before')).toContainText('您好，订单已经发出，请耐心等待。');
  await expect(plan.getByTestId('shopreply.plan-diff-after')).toContainText('您好，订单已经发出，今天已经到达您所在的城市。');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('物流查询 2.0.0');

  await page.getByTestId('nav-library').click();
  const pack = page.getByTestId('pack-enc-zh');
  await expect(pack.getByTestId('pack-version')).toHaveText('version 2.0.0');
  await page.getByTestId('undo').click();
  await expect(pack.getByTestId('pack-version')).toHaveText('version 1.0.0');
  await pack.click();
  await page.getByTestId('rule-list').locator('[data-rule-id="where-is-my-order"]').click();
  await expect(page.getByTestId('rule-reply').first()).toHaveValue('您好，订单已经发出，请耐心等待。');

  // Undoing the first import takes the pack away again.
  await page.getByTestId('undo').click();
  await expect(pack).toHaveCount(0);
});

test('a file that is not in a readable encoding is refused, and nothing is written', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await page.getByTestId('import-file').setInputFiles({ name: 'fr-latin1.csv', mimeType: 'text/csv', buffer: encoded('fr-latin1.csv') });
  await expect(page.getByTestId('import-error')).toContainText('fr-latin1.csv is not in an encoding ShopReply reads');
  await expect(page.getByTestId('import-apply')).toHaveCount(0);
});

test('download the Chinese template and import it back', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('shopreply.import-template-zh').click()]);
  expect(download.suggestedFilename()).toBe('shopreply-template-zh.csv');
  const buffer = readFileSync(await download.path());
  expect(buffer.toString('utf8')).toContain('"话术包ID","话术包名称"');
  await page.getByTestId('import-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer });
  await expect(page.getByTestId('import-plan').getByTestId('plan-summary')).toContainText('我的店铺话术');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('我的店铺话术 1.0.0');
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('pack-my-shop').getByTestId('pack-version')).toHaveText('version 1.0.0');
});
