import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));

async function openPacks(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-packs').click();
}

const packIds = (page: Page) =>
  page.getByTestId('export').locator('[data-testid^="export-json-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(12)));

/** A downloaded file, given back to the file input under the name it was saved as. */
async function reimport(page: Page, download: Download) {
  const buffer = readFileSync(await download.path());
  await page.getByTestId('import-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer });
}

test('import a JSON pack: preview, apply, then a newer version updates it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop.pack.json'));
  const plan = page.getByTestId('import-plan');
  await expect(plan).toHaveAttribute('data-plan-kind', 'new-pack');
  await expect(plan.getByTestId('plan-added')).toContainText('gift-wrap');
  await expect(plan.getByTestId('plan-added')).toContainText('Rules added (3)');
  // Nothing is written before Apply.
  expect(await packIds(page)).toEqual(['shopreply-starter']);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('E2E shop replies 1.0.0 imported');
  await page.getByTestId('nav-library').click();
  const pack = page.getByTestId('pack-e2e-shop');
  await expect(pack.getByTestId('pack-version')).toHaveText('version 1.0.0');
  await expect(pack.getByTestId('pack-origin')).toHaveText('imported');
  await expect(pack.getByTestId('pack-source')).toHaveText('from e2e-shop.pack.json');

  await page.getByTestId('nav-packs').click();
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop-v2.pack.json'));
  await expect(plan).toHaveAttribute('data-plan-kind', 'update');
  await expect(plan.getByTestId('plan-summary')).toContainText('from version 1.0.0 to 1.1.0');
  await expect(plan.getByTestId('plan-added')).toContainText('engraving');
  await expect(plan.getByTestId('plan-changed')).toContainText('gift-wrap (replies)');
  await expect(plan.getByTestId('plan-removed')).toContainText('bulk-order');
  await page.getByTestId('import-apply').click();
  await page.getByTestId('nav-library').click();
  await expect(pack.getByTestId('pack-version')).toHaveText('version 1.1.0');
  await pack.click();
  await expect(page.getByTestId('rule-list').locator('[data-rule-id="bulk-order"]')).toHaveCount(0);
  await expect(page.getByTestId('rule-list').locator('[data-rule-id="engraving"]')).toHaveCount(1);
});

test('a local edit conflicts with the newer pack; merge keeps it, replace takes the pack', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop.pack.json'));
  await page.getByTestId('import-apply').click();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('pack-e2e-shop').click();
  await page.getByTestId('rule-list').locator('[data-rule-id="gift-wrap"]').click();
  await page.getByTestId('lang-tab-en').click();
  await page.getByTestId('rule-reply').first().fill('Local wording for gift wrap.');
  await page.getByTestId('rule-reply').first().press('Tab');
  await expect(page.getByTestId('status')).toHaveText('Saved');

  await page.getByTestId('nav-packs').click();
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop-v2.pack.json'));
  const conflicts = page.getByTestId('plan-conflicts');
  await expect(conflicts).toContainText('gift-wrap');
  await expect(conflicts).toContainText('edited here and changed in the pack');
  await expect(page.getByTestId('mode-merge')).toBeChecked();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('pack-e2e-shop').click();
  await page.getByTestId('rule-list').locator('[data-rule-id="gift-wrap"]').click();
  await page.getByTestId('lang-tab-en').click();
  await expect(page.getByTestId('rule-reply').first()).toHaveValue('Local wording for gift wrap.');

  // The same version again, this time taking the pack's side.
  await page.getByTestId('nav-packs').click();
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop-v2.pack.json'));
  await expect(page.getByTestId('import-plan')).toHaveAttribute('data-plan-kind', 'same-version');
  await page.getByTestId('mode-replace').check();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('pack-e2e-shop').click();
  await page.getByTestId('rule-list').locator('[data-rule-id="gift-wrap"]').click();
  await page.getByTestId('lang-tab-en').click();
  await expect(page.getByTestId('rule-reply').first()).toHaveValue('Gift wrapping is free; add a note at checkout, {buyer_name}.');
});

test('import a CSV as Excel writes it (BOM, CRLF, multi-line cells, Chinese)', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await page.getByTestId('import-file').setInputFiles(fixture('excel-zh.csv'));
  await expect(page.getByTestId('plan-added')).toContainText('Rules added (3)');
  await page.getByTestId('import-apply').click();
  await page.getByTestId('nav-library').click();
  const pack = page.getByTestId('pack-acme-zh');
  await expect(pack).toContainText('爱客美 客服短语');
  await expect(pack.getByTestId('pack-version')).toHaveText('version 2026.11.24');
  await pack.click();
  await page.getByTestId('rule-list').locator('[data-rule-id="where-is-my-order"]').click();
  await expect(page.getByTestId('rule-title')).toHaveValue('物流查询');
  await expect(page.getByTestId('rule-threshold')).toHaveValue('88');
  await page.getByTestId('lang-tab-zh').click();
  await expect(page.getByTestId('rule-keywords')).toHaveValue('快递|物流|包裹\n到哪了');
  await expect(page.getByTestId('rule-examples')).toHaveValue('我的快递到哪了？\n怎么还没发货');
  await page.getByTestId('rule-list').locator('[data-rule-id="size"]').click();
  await page.getByTestId('lang-tab-zh').click();
  await expect(page.getByTestId('rule-reply').first()).toHaveValue('建议参考详情页的尺码表。\n如有疑问请告诉我们身高体重。');
  await expect(page.getByTestId('rule-skus')).toHaveValue('SKU-001\nSKU-002');
});

test('a pack with errors names the file, path and field, and changes nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-broken.pack.json'));
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('e2e-broken.pack.json cannot be imported; the library is unchanged');
  await expect(errors.getByTestId('import-error')).toContainText('e2e-broken.pack.json: rules[1].replies.en[0]: rule "bad-rule" uses the unknown variable {order_number}');
  await expect(page.getByTestId('import-plan')).toHaveCount(0);

  await page.getByTestId('import-file').setInputFiles(fixture('e2e-broken.csv'));
  await expect(errors.getByTestId('import-error').first()).toContainText('e2e-broken.csv: row 3, column "threshold"');
  expect(await packIds(page)).toEqual(['shopreply-starter']);
});

test('an import cancelled at the preview writes nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop.pack.json'));
  await expect(page.getByTestId('import-plan')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveText('Import cancelled; nothing was changed.');
  await page.reload();
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('pack-e2e-shop')).toHaveCount(0);
});

test('export JSON and CSV; importing either back changes nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPacks(page, extensionId);
  for (const kind of ['json', 'csv'] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}-shopreply-starter`).click()]);
    expect(download.suggestedFilename()).toBe(kind === 'json' ? 'shopreply-starter-1.0.0.pack.json' : 'shopreply-starter-1.0.0.csv');
    await reimport(page, download);
    await expect(page.getByTestId('import-plan')).toHaveAttribute('data-plan-kind', 'same-version');
    await expect(page.getByTestId('plan-nothing')).toBeVisible();
    await page.getByTestId('import-cancel').click();
  }
  // JSON → import → JSON gives the same file.
  const [first] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json-shopreply-starter').click()]);
  await reimport(page, first);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('imported');
  const [second] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json-shopreply-starter').click()]);
  expect(readFileSync(await second.path(), 'utf8')).toBe(readFileSync(await first.path(), 'utf8'));

  const [library] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-library').click()]);
  const packs = JSON.parse(readFileSync(await library.path(), 'utf8'));
  expect(packs.map((p: { id: string }) => p.id)).toEqual(['shopreply-starter']);
  await reimport(page, library);
  await expect(page.getByTestId('plan-shopreply-starter').getByTestId('plan-nothing')).toBeVisible();
  await page.getByTestId('import-cancel').click();
});

test('the import screen in Chinese', async ({ context, extensionId }) => {
  await context.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  const page = await context.newPage();
  await openPacks(page, extensionId);
  await expect(page.getByRole('heading', { name: '导入话术包' })).toBeVisible();
  await page.getByTestId('import-file').setInputFiles(fixture('e2e-shop.pack.json'));
  await expect(page.getByTestId('plan-summary')).toHaveText('新话术包 E2E shop replies，版本 1.0.0。');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveText('已取消导入，没有做任何修改。');
});

test('the import runs in a worker: a file with 150 errors lists 100 and counts the rest; a good file then applies', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openPacks(page, extensionId);
  await expect(page.getByTestId('shopreply.import-size-limit')).toHaveText('Files up to 20 MB.');

  // 150 faq rules without keywords or examples: 150 problems.
  const rules = Array.from({ length: 150 }, (_, i) => ({ id: `r${i}`, kind: 'faq', replies: { en: ['Hi'] } }));
  const bad = { format: 'shopreply.pack', formatVersion: 1, id: 'bad', name: 'Bad', version: '1', rules };
  await page.getByTestId('import-file').setInputFiles({ name: 'bad.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const errors = page.getByTestId('import-errors');
  await expect(errors.getByTestId('import-error')).toHaveCount(100);
  await expect(errors.getByTestId('import-error').first()).toHaveText('bad.pack.json: rules[0].keywords: a faq rule needs keywords or examples (or both)');
  await expect(page.getByTestId('shopreply.import-more-errors')).toHaveText(
    '…and 50 more (150 problems in all). Fix these and choose the file again to see the rest.',
  );
  expect(workers.some((url) => /\/assets\/import-worker-[\w-]+\.js$/.test(url))).toBe(true);

  // A hostile file: a field nested 10,000 levels deep gets an error, not a blank panel.
  const deep = JSON.stringify({ ...bad, rules: [{ id: 'a', kind: 'welcome', replies: { en: ['Hi'] } }] }).replace('"rules":[{', `"rules":[{"x":${'['.repeat(10000)}${']'.repeat(10000)},`);
  await page.getByTestId('import-file').setInputFiles({ name: 'deep.pack.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(errors.getByTestId('import-error')).toContainText('nests deeper than 64 levels');

  await page.getByTestId('import-file').setInputFiles(fixture('e2e-banned.pack.json'));
  await expect(page.getByTestId('import-plan')).toHaveAttribute('data-plan-kind', 'new-pack');
  await expect(page.getByTestId('plan-compliance')).toBeVisible();
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('imported');
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('pack-e2e-banned').getByTestId('pack-version')).toHaveText('version 1.0.0');
  expect(workers.filter((url) => url.includes('import-worker'))).toHaveLength(1);
});
