import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The options page with the starter pack seeded by the worker. */
async function openEditor(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
}

async function openRule(page: Page, ruleId: string) {
  await page.getByTestId('pack-shopreply-starter').click();
  await page.getByTestId('rule-list').locator(`[data-rule-id="${ruleId}"]`).click();
  await expect(page.getByTestId('rule-editor-id')).toHaveText(ruleId);
}

const ruleOrder = (page: Page) => page.getByTestId('rule-list').locator('[data-rule-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));

test('edit a reply and see it in the try-it box', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await openRule(page, 'order-tracking');
  await page.getByTestId('lang-tab-en').click();
  const reply = page.getByTestId('rule-reply').first();
  await reply.fill('Your parcel {order_id} left our warehouse, {buyer_name}.');
  await reply.press('Tab');
  await expect(page.getByTestId('status')).toHaveText('Saved');
  await expect(page.getByTestId('reply-preview').first()).toContainText('Your parcel 5781234567 left our warehouse, Alex.');

  await page.getByTestId('try-input').fill('where is my order? it has not arrived');
  const suggestion = page.locator('[data-testid="try-suggestion"][data-rule-id="order-tracking"]');
  await expect(suggestion).toBeVisible();
  await expect(suggestion.getByTestId('try-text')).toContainText('Your parcel 5781234567 left our warehouse');
  await expect(suggestion.getByTestId('try-score')).toContainText('%');
  await expect(suggestion.getByTestId('try-suggestion-language')).toHaveText('English');
  await expect(suggestion.getByTestId('try-suggestion-language')).toHaveAttribute('data-language', 'en');
  await expect(suggestion.getByTestId('try-reason')).not.toBeEmpty();

  // Editable sample values change the preview as the buyer would see it.
  await page.getByText('Sample values').click();
  await page.getByTestId('sample-order_id').fill('ORDER-42');
  await expect(suggestion.getByTestId('try-text')).toContainText('Your parcel ORDER-42 left');
});

test('an unknown variable is refused where it is typed, and nothing is saved', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await openRule(page, 'order-tracking');
  await page.getByTestId('lang-tab-en').click();
  // inputValue() does not wait: read the reply once the English tab shows (under load it may not yet).
  await expect(page.getByTestId('lang-tab-en')).toHaveAttribute('aria-selected', 'true');
  const reply = page.getByTestId('rule-reply').first();
  const before = await reply.inputValue();
  await reply.fill('Order {order_number} is on its way');
  await reply.press('Tab');
  await expect(page.getByTestId('rule-reply-error')).toContainText('{order_number}');
  await page.reload();
  await openRule(page, 'order-tracking');
  await page.getByTestId('lang-tab-en').click();
  await expect(page.getByTestId('rule-reply').first()).toHaveValue(before);
});

test('change the threshold as a percentage', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await openRule(page, 'order-tracking');
  const threshold = page.getByTestId('rule-threshold');
  await expect(threshold).toHaveValue('85');
  await threshold.fill('92.5');
  await threshold.press('Enter');
  await expect(page.getByTestId('status')).toHaveText('Saved');
  await threshold.fill('150');
  await threshold.press('Enter');
  await expect(page.getByTestId('rule-threshold-error')).toBeVisible();
  // Another page sees the stored share without a reload.
  const other = await context.newPage();
  await openEditor(other, extensionId);
  await openRule(other, 'order-tracking');
  await expect(other.getByTestId('rule-threshold')).toHaveValue('92.5');
});

test('reorder priority by drag and drop and by keyboard; undo puts it back', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await page.getByTestId('rule-kind-filter').selectOption('faq');
  const start = await ruleOrder(page);
  expect(start[0]).toBe('damaged-wrong-item');

  // Drag the last rule to the top.
  const last = start[start.length - 1]!;
  await page.getByTestId(`rule-item-${last}`).dragTo(page.getByTestId(`rule-item-${start[0]}`));
  await expect.poll(() => ruleOrder(page)).toEqual([last, ...start.slice(0, -1)]);

  // Keyboard: Alt+↓ moves the focused rule down one place.
  const top = page.getByTestId('rule-list').locator(`[data-rule-id="${last}"]`);
  await top.focus();
  await top.press('Alt+ArrowDown');
  await expect.poll(() => ruleOrder(page)).toEqual([start[0], last, ...start.slice(1, -1)]);

  // The buttons do the same.
  const lastTitle = (await page.getByTestId(`rule-item-${last}`).locator('.rule-name').textContent())!;
  await page.getByRole('button', { name: `Move ${lastTitle} up` }).click();
  await expect.poll(() => ruleOrder(page)).toEqual([last, ...start.slice(0, -1)]);

  // Undo three times (button, then Ctrl+Z) brings the first order back.
  await page.getByTestId('undo').click();
  await expect.poll(() => ruleOrder(page)).toEqual([start[0], last, ...start.slice(1, -1)]);
  await page.locator('body').press('Control+z');
  await page.locator('body').press('Control+z');
  await expect.poll(() => ruleOrder(page)).toEqual(start);
});

test('undo an edited reply with Ctrl+Z and the button; redo', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await openRule(page, 'welcome');
  await page.getByTestId('lang-tab-en').click();
  // inputValue() does not wait: read the reply once the English tab shows (under load it may not yet).
  await expect(page.getByTestId('lang-tab-en')).toHaveAttribute('aria-selected', 'true');
  const reply = page.getByTestId('rule-reply').first();
  // The tab may show before its reply does (a loaded run read the Chinese one): wait for the English text.
  await expect(reply).toHaveValue(/reaching out/);
  const original = await reply.inputValue();
  await reply.fill('Hey {buyer_name}!');
  await reply.press('Tab');
  await expect(page.getByTestId('status')).toHaveText('Saved');
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(reply).toHaveValue(original);
  await page.getByTestId('redo').click();
  await expect(reply).toHaveValue('Hey {buyer_name}!');
  await page.getByTestId('undo').click();
  await expect(reply).toHaveValue(original);
});

test('create a rule, see its problems, delete it and undo the delete', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await page.getByTestId('rule-new').click();
  await page.getByTestId('shopreply.new-rule-title').fill('Gift wrap');
  await expect(page.getByTestId('new-rule-id')).toHaveText('Id: gift-wrap');
  await page.getByTestId('new-rule-reply').fill('Yes, add a note and we wrap it. Add me on whatsapp for photos.');
  await page.getByTestId('new-rule-keyword').fill('gift wrap|wrapping');
  await page.getByTestId('new-rule-create').click();
  await expect(page.getByTestId('rule-editor-id')).toHaveText('gift-wrap');
  await expect(page.getByTestId('reply-problem').first()).toContainText('whatsapp');
  await expect(page.getByTestId('rule-problems')).toContainText('No reply in');
  await page.getByTestId('nav-problems').click();
  await expect(page.getByTestId('problems')).toContainText('Gift wrap');
  await page.getByTestId('problems').getByRole('button', { name: 'Open' }).first().click();
  await page.getByTestId('rule-delete').click();
  await expect(page.getByTestId('rule-list').locator('[data-rule-id="gift-wrap"]')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('rule-list').locator('[data-rule-id="gift-wrap"]')).toHaveCount(1);
});

test('interface in Chinese: follows the browser, and the setting overrides it', async ({ context, extensionId }) => {
  await context.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply 话术库');
  await expect(page.getByTestId('nav-settings')).toHaveText('设置');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-ui-language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply library');
  await page.getByTestId('settings-ui-language').selectOption('zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ShopReply 话术库');
  await page.getByTestId('nav-library').click();
  await openRule(page, 'order-tracking');
  await expect(page.getByText('阈值（%）').first()).toBeVisible();
});

test('settings: working hours, thresholds and errors named by field', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openEditor(page, extensionId);
  await page.getByTestId('nav-settings').click();
  const mon = page.getByTestId('settings-hours-mon');
  await mon.fill('9:00-12:00, 13:00-18:30');
  await mon.press('Enter');
  await expect(page.getByTestId('status')).toHaveText('Settings saved');
  await expect(mon).toHaveValue('09:00-12:00, 13:00-18:30');
  const autoSend = page.getByTestId('settings-auto-send');
  await autoSend.fill('50');
  await autoSend.press('Enter');
  await expect(page.getByTestId('settings-auto-send-error')).toContainText('Auto-send confidence (%): must be higher than the default suggestion threshold (85%)');
  await page.getByTestId('settings-time-zone').fill('Mars/Base');
  await page.getByTestId('settings-time-zone').press('Enter');
  await expect(page.getByTestId('settings-time-zone-error')).toContainText('Time zone: must be a time zone such as Asia/Shanghai');
  await page.reload();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-hours-mon')).toHaveValue('09:00-12:00, 13:00-18:30');
  await expect(page.getByTestId('settings-auto-send')).toHaveValue('92');
});
