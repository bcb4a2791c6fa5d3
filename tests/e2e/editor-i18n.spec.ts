import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { EXTENSION_DIR, expect, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));
const SHOTS = fileURLToPath(new URL('../../demo-output/editor-i18n/', import.meta.url));

/** Chromium started in a language, as a person's browser is: the interface follows it. */
async function launch(lang: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs(EXTENSION_DIR), `--lang=${lang}`],
    // Headless Chromium 156 ignores --lang (and LANG/LANGUAGE): navigator.language stays "en-US".
    // Playwright's locale sets the language pages see, as a browser set to that language does.
    locale: lang,
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  return { context, page };
}

async function screenshots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [[1280, 800], [1024, 640]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}${name}-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function tryMessage(page: Page, text: string) {
  await page.getByTestId('try-input').fill(text);
  const suggestion = page.locator('[data-testid="try-suggestion"][data-rule-id="order-tracking"]');
  await expect(suggestion).toBeVisible();
  return suggestion;
}

test('the editor in Chinese: browser language, titles, language names, reasons, import errors, served languages', async () => {
  const { context, page } = await launch('zh-CN');
  try {
    // Follows the browser's language.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply 话术库');
    await expect(page.getByTestId('pack-shopreply-starter')).toContainText('ShopReply 入门回复');
    await page.getByTestId('pack-shopreply-starter').click();

    // Rules by title, in Chinese for the starter pack; the id stays visible for the supervisor.
    const tracking = page.getByTestId('rule-list').locator('[data-rule-id="order-tracking"]');
    await expect(tracking).toContainText('订单在哪里 / 物流查询');
    await tracking.click();
    await expect(page.getByTestId('shopreply.rule-editor-title')).toHaveText('订单在哪里 / 物流查询');
    await expect(page.getByTestId('rule-editor-id')).toHaveText('order-tracking');
    await expect(page.getByTestId('rule-title')).toHaveValue('订单在哪里 / 物流查询');
    // Languages by name.
    await expect(page.getByTestId('lang-tab-de')).toContainText('德语');

    // Try-it: rule title, language names and the reason, all in Chinese.
    const suggestion = await tryMessage(page, 'where is my order? it has not arrived');
    await expect(suggestion.getByTestId('try-rule')).toHaveText('订单在哪里 / 物流查询');
    await expect(suggestion.getByTestId('try-suggestion-language')).toHaveText('英语');
    await expect(page.getByTestId('try-language')).toHaveText('识别的语言：英语');
    await expect(suggestion.getByTestId('try-reason')).toHaveText(/^(关键词|例句|学习到的例句)“.+”（(英语|所有语言（\*）)）$/);
    await screenshots(page, 'zh-library');

    // A new rule needs only a title, in Chinese: its id is made for the supervisor.
    await page.getByTestId('rule-new').click();
    await page.getByTestId('shopreply.new-rule-title').fill('礼品包装');
    await expect(page.getByTestId('new-rule-id')).toHaveText(/^ID：rule-[0-9a-z]+$/);
    await expect(page.getByTestId('new-rule-language').locator('option:checked')).toHaveText('英语');
    await page.getByTestId('new-rule-reply').fill('Yes, we wrap gifts.');
    await page.getByTestId('new-rule-keyword').fill('gift wrap');
    await page.getByTestId('new-rule-create').click();
    await expect(page.getByTestId('shopreply.rule-editor-title')).toHaveText('礼品包装');
    await expect(page.getByTestId('rule-editor-id')).toHaveText(/^rule-[0-9a-z]+$/);
    await expect(page.getByTestId('rule-list').getByText('礼品包装')).toBeVisible();

    // Import errors in Chinese, through the import panel's file input.
    await page.getByTestId('nav-packs').click();
    await page.getByTestId('import-file').setInputFiles(fixture('e2e-broken.pack.json'));
    await expect(page.getByTestId('import-errors')).toContainText('无法导入 e2e-broken.pack.json');
    await expect(page.getByTestId('import-error')).toHaveText(
      'e2e-broken.pack.json：rules[1].replies.en[0]：规则“bad-rule”使用了未知变量 {order_number}；可用的变量有 {buyer_name}, {order_id}, {sku}, {product_name}, {agent_name}, {shop_name}',
    );
    await page.getByTestId('import-file').setInputFiles(fixture('e2e-broken.csv'));
    await expect(page.getByTestId('import-error').first()).toHaveText(
      'e2e-broken.csv：第 3 行，“threshold”列：85 看起来是百分数：请写 85% 或 0.85（阈值是 0 到 1 之间的比例）',
    );
    await screenshots(page, 'zh-import-errors');

    // A Chinese-only pack of 4 rules: no "no German reply" when the shop serves Chinese.
    await page.getByTestId('import-file').setInputFiles(fixture('e2e-zh-only.pack.json'));
    await page.getByTestId('import-apply').click();
    await expect(page.getByTestId('import-status')).toContainText('中文店铺话术');
    await page.getByTestId('nav-settings').click();
    // The box shows what is stored, once it is stored: click, then see it ticked.
    await page.getByTestId('shopreply.settings-served-zh').click();
    await expect(page.getByTestId('shopreply.settings-served-zh')).toBeChecked();
    await page.getByTestId('nav-problems').click();
    const problems = page.getByTestId('problems');
    // The only missing reply left is the gift-wrap rule's Chinese one (it was written in English).
    const missing = problems.getByTestId('shopreply.problem-group-missing-language');
    await expect(missing.getByTestId('shopreply.problem-group-count')).toHaveText('1');
    await missing.getByTestId('shopreply.problem-group-toggle').click();
    await expect(missing.getByTestId('shopreply.problem-rule')).toHaveCount(1);
    await expect(missing).toContainText('礼品包装');
    await expect(missing).toContainText('没有中文回复');
    await expect(problems).not.toContainText('德语');

    // Serving German too: each of the 4 Chinese rules misses German, one line per rule, by title.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('shopreply.settings-served-de').click();
    await expect(page.getByTestId('shopreply.settings-served-de')).toBeChecked();
    await page.getByTestId('nav-problems').click();
    await missing.getByTestId('shopreply.problem-group-toggle').click();
    await expect(missing.locator('[data-rule-id^="zh-"]')).toHaveCount(4);
    await expect(missing.locator('[data-rule-id="zh-return"]')).toContainText('退货');
    await expect(missing.locator('[data-rule-id="zh-return"]')).toContainText('没有德语回复；这些买家会收到中文回复。');
    await screenshots(page, 'zh-problems');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('shopreply.settings-served-de').click();
    await expect(page.getByTestId('shopreply.settings-served-de')).not.toBeChecked();
    await page.getByTestId('nav-problems').click();
    await expect(missing.getByTestId('shopreply.problem-group-count')).toHaveText('1');

    // The person can choose another language than the browser's.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-ui-language').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply library');
    await expect(page.getByText('Languages we serve')).toBeVisible();
    await page.getByTestId('settings-ui-language').selectOption('auto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply 话术库');
  } finally {
    await context.close();
  }
});

test('the editor in English: titles, language names, reasons and import errors', async () => {
  const { context, page } = await launch('en-US');
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply library');
    await page.getByTestId('pack-shopreply-starter').click();
    const tracking = page.getByTestId('rule-list').locator('[data-rule-id="order-tracking"]');
    await expect(tracking).toContainText('Where is my order / tracking');
    await tracking.click();
    await expect(page.getByTestId('lang-tab-de')).toContainText('German');
    const suggestion = await tryMessage(page, 'where is my order? it has not arrived');
    await expect(suggestion.getByTestId('try-rule')).toHaveText('Where is my order / tracking');
    await expect(suggestion.getByTestId('try-suggestion-language')).toHaveText('English');
    await expect(suggestion.getByTestId('try-reason')).toHaveText(/^(keyword|example|learned example) “.+” \((English|All languages \(\*\))\)$/);
    await screenshots(page, 'en-library');

    await page.getByTestId('nav-packs').click();
    await page.getByTestId('import-file').setInputFiles(fixture('e2e-broken.pack.json'));
    await expect(page.getByTestId('import-error')).toHaveText(
      'e2e-broken.pack.json: rules[1].replies.en[0]: rule "bad-rule" uses the unknown variable {order_number}; known variables are {buyer_name}, {order_id}, {sku}, {product_name}, {agent_name}, {shop_name}',
    );
    await page.getByTestId('nav-problems').click();
    await expect(page.getByTestId('problems')).toBeVisible();
    await screenshots(page, 'en-problems');
  } finally {
    await context.close();
  }
});
