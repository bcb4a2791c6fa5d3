import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { ALWAYS_OPEN, configureShop, suggestions, turnOnAutoSend } from './chat-helpers';
import { expect, test } from './fixtures';
import { expectSent, KIT_PROFILE_FILES, NAME_ONLY_PROFILE_FILE, kitBuyerSays, kitState, kitUrl } from './kit-helpers';

/**
 * Site profiles on chat pages ShopReply was never written for (issue 11, docs/kits.md): the kit
 * pages built from chatscope's chat UI kit, and from Lexical with a react-virtuoso list. Each
 * profile is imported as a supervisor does (the options page's import panel: preview, Apply), and
 * what was sent is what the page's own state sent (`kit.state`), not what its DOM shows.
 * Point-and-pick on the chatscope page, end to end: tests/e2e/teach-kits.spec.ts.
 */

async function openImport(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-packs').click();
  return page;
}

/** Imports a profile file through the import panel: preview first, nothing written before Apply. */
async function importProfile(context: BrowserContext, extensionId: string, file: string) {
  const page = await openImport(context, extensionId);
  const name = JSON.parse(readFileSync(file, 'utf8')).name as string;
  const row = page.locator(`[data-testid="shopreply.site-profile"][data-origin="imported"]`).filter({ hasText: name });
  await page.getByTestId('import-file').setInputFiles(file);
  const preview = page.getByTestId('shopreply.site-profile-preview');
  await expect(preview).toBeVisible();
  await expect(row).toHaveCount(0);
  await preview.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText(`"${name}"`);
  await expect(row).toHaveCount(1);
  return page;
}

test.beforeEach(async ({ context, extensionId }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
});

test('before any profile is imported, a kit page gets the badge, and nothing is suggested there', async ({ context, demoUrl }) => {
  for (const kit of ['chatscope', 'lexical'] as const) {
    const page = await context.newPage();
    await page.goto(kitUrl(demoUrl, kit));
    await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page", { timeout: 10_000 });
    await kitBuyerSays(page, kit === 'chatscope' ? 'cs-1001' : 't-201', 'Where is my order? Tracking please');
    // The page itself works: the buyer's line is there, and still nothing is suggested.
    await expect(page.getByText('Where is my order? Tracking please').last()).toBeVisible();
    await expect(suggestions(page)).toHaveCount(0);
    await page.close();
  }
});

const overlay = (page: Page) => page.getByTestId('shopreply.overlay');
/** The overlay's key of the open conversation: the page's own id, as the profile reads it. */
const conversationKey = (id: string) => new RegExp(`\\|id:${id}$`);
const sentCount = async (page: Page) => Number(await kitState(page).getAttribute('data-sent-count'));
/** Longer than the pause before an automatic reply plus its delivery check (as in auto-send.spec). */
const AFTER_AUTO_SEND_WINDOW = 4000;
// The lexical page shows no order: auto-send tests ask what the starter pack answers without one
// (a reply that needs {order_id} is held back, rightly).
const SHIPPING = 'How long does shipping take?';
const DISCOUNT = 'Do you have a discount code?';

/** A buyer asks, and the overlay answers this message (not the one the chat was opened with). */
async function buyerAsks(page: Page, conversationId: string, text: string) {
  await kitBuyerSays(page, conversationId, text);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(text);
  await expect(suggestions(page).first()).toBeVisible();
}

/** Clicks the first suggestion (insert only) and says what it was. */
async function acceptFirst(page: Page): Promise<string> {
  const first = suggestions(page).first().getByTestId('shopreply.suggestion-text');
  const text = (await first.textContent())!;
  await first.click();
  return text;
}

async function openKit(context: BrowserContext, demoUrl: string, kit: 'chatscope' | 'lexical', rest: string) {
  const page = await context.newPage();
  await page.goto(kitUrl(demoUrl, kit, rest));
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat', { timeout: 15_000 });
  return page;
}

test('chatscope: import the profile, a buyer message gets suggestions, one is accepted into the composer and sent', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.chatscope);
  const page = await openKit(context, demoUrl, 'chatscope', '?c=cs-1001');
  await expect(overlay(page)).toHaveAttribute('data-conversation', conversationKey('cs-1001'));
  await buyerAsks(page, 'cs-1001', 'Where is my order? Tracking please');
  await expect(suggestions(page).first()).toContainText('Emily Carter');
  const text = await acceptFirst(page);
  // Into chatscope's own input state: its send button sends exactly that text.
  await expect(page.locator('.cs-message-input__content-editor')).toHaveText(text);
  await expect(page.locator('.cs-message-input button.cs-button--send')).toBeEnabled();
  // Accepting only inserts: nothing is sent until the agent sends it.
  expect(await sentCount(page)).toBe(0);
  await page.locator('.cs-message-input button.cs-button--send').click();
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 'cs-1001');
});

test('chatscope: a second conversation has its own suggestions, and its unread buyer message gets them when opened', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.chatscope);
  const page = await openKit(context, demoUrl, 'chatscope', '?c=cs-1001');
  await buyerAsks(page, 'cs-1001', 'Where is my order? Tracking please');
  await expect(suggestions(page).first()).toContainText('Emily Carter');
  // Sofia writes while Emily's chat is open: the usual case in a busy shop. Emily's suggestions stay.
  await kitBuyerSays(page, 'cs-1004', 'Can I change the delivery address?');
  await expect(page.locator('[data-conversation-id="cs-1004"] .cs-conversation__unread')).toHaveText('1');
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('Where is my order? Tracking please');
  await page.locator('[data-conversation-id="cs-1004"]').click();
  await expect(overlay(page)).toHaveAttribute('data-conversation', conversationKey('cs-1004'));
  // Sofia's own message and suggestions, not Emily's.
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('Can I change the delivery address?');
  await expect(suggestions(page).first()).toContainText('Sofia Rossi');
  await expect(suggestions(page).filter({ hasText: 'Emily' })).toHaveCount(0);
  const text = await acceptFirst(page);
  await expect(page.locator('.cs-message-input__content-editor')).toHaveText(text);
  await page.locator('.cs-message-input button.cs-button--send').click();
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 'cs-1004');
});

test('Lexical + Virtuoso: import the profile, accept a suggestion into the Lexical editor, Enter sends it', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  const page = await openKit(context, demoUrl, 'lexical', 't/t-202');
  await buyerAsks(page, 't-202', 'Where is my order? Tracking please');
  const text = await acceptFirst(page);
  // The editor's own state holds it (text set behind Lexical's back would not be sent).
  await expect(page.locator('[data-lexical-editor="true"]')).toHaveText(text);
  expect(await sentCount(page)).toBe(0);
  await page.locator('[data-lexical-editor="true"]').press('Enter');
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 't-202');
  await expect(page.locator('[data-lexical-editor="true"]')).toHaveText('');
});

test('Lexical + Virtuoso: auto-send presses Enter once, in its own conversation only', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  const page = await openKit(context, demoUrl, 'lexical', 't/t-202');
  await turnOnAutoSend(page);
  await kitBuyerSays(page, 't-202', SHIPPING);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(SHIPPING);
  await expect(kitState(page)).toHaveAttribute('data-sent-count', '1', { timeout: 20_000 });
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 't-202');
  const sent = (await kitState(page).getAttribute('data-last-sent'))!;
  expect(sent).toContain('Ken Watanabe');
  await expect(page.getByTestId('shopreply.autonote')).toContainText('Sent automatically');
  // One Enter, one message: the count never reaches two.
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(1);
  await expect(page.locator('[data-lexical-editor="true"]')).toHaveText('');
  // Amelia writes in a closed conversation: auto-send is on in Ken's only, so nothing goes to her.
  await kitBuyerSays(page, 't-204', SHIPPING);
  await expect(page.locator('[data-thread-id="t-204"] .threads__unread')).toHaveText('1');
  await page.locator('[data-thread-id="t-204"]').click();
  await expect(overlay(page)).toHaveAttribute('data-conversation', conversationKey('t-204'));
  await expect(page.getByTestId('shopreply.autosend')).not.toBeChecked();
  await expect(suggestions(page).first()).toContainText('Amelia Brown');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(1);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 't-202');
});

test('Lexical + Virtuoso: the long, virtualised thread is read from its latest buyer message, also after scrolling', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  const page = await openKit(context, demoUrl, 'lexical', 't/t-201');
  await buyerAsks(page, 't-201', SHIPPING);
  const before = await suggestions(page).allTextContents();
  expect(before[0]).toContain('Maria Garcia');
  // With auto-send on, history taken for a new buyer message would be answered: it must not be.
  await turnOnAutoSend(page);
  // Scrolling reuses the row nodes for old messages: that is not a new buyer message.
  const scroller = page.locator('[data-virtuoso-scroller="true"]');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  await expect(page.locator('[data-item-index="0"]')).toBeAttached();
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(page.locator('[data-item-index="160"]')).toBeAttached();
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(scroller.getByText(SHIPPING)).toBeVisible();
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(SHIPPING);
  await expect(suggestions(page)).toHaveText(before);
  expect(await sentCount(page)).toBe(0);
  // A new buyer message after scrolling is read, and answered once.
  await kitBuyerSays(page, 't-201', DISCOUNT);
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText(DISCOUNT);
  await expect(kitState(page)).toHaveAttribute('data-sent-count', '1', { timeout: 20_000 });
  await expect(kitState(page)).toHaveAttribute('data-last-sent', /discount|coupon|promo/i);
  await expect(page.getByTestId('shopreply.autonote')).toContainText('Sent automatically');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(1);
  // The other Maria Garcia (same name, another thread) has her own conversation, auto-send off.
  await page.locator('[data-thread-id="t-203"]').click();
  await expect(overlay(page)).toHaveAttribute('data-conversation', conversationKey('t-203'));
  await expect(page.getByTestId('shopreply.autosend')).not.toBeChecked();
});

test('a role that goes missing after import shows the badge naming it (?break=composer)', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.chatscope);
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  for (const kit of ['chatscope', 'lexical'] as const) {
    const page = await context.newPage();
    await page.goto(kitUrl(demoUrl, kit, kit === 'lexical' ? 't/t-202?break=composer' : '?break=composer'));
    await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page");
    await expect(page.getByTestId('shopreply.status')).toContainText('reply box');
    await expect(suggestions(page)).toHaveCount(0);
    await page.close();
  }
});

test('a profile that tells conversations apart by name only says so in its health, and auto-send stays off until the risk is accepted', async ({ context, extensionId, demoUrl }) => {
  const options = await importProfile(context, extensionId, NAME_ONLY_PROFILE_FILE);
  const row = options.locator('[data-testid="shopreply.site-profile"][data-profile-id="kit-lexical-virtuoso-name-only"]');
  await expect(row.getByTestId('shopreply.site-profile-health')).toHaveAttribute('data-id-kind', 'name');
  await expect(row.getByTestId('shopreply.site-profile-health')).toContainText('known by name only');
  await expect(row.getByTestId('shopreply.site-profile-accept-risk')).not.toBeChecked();

  const page = await openKit(context, demoUrl, 'lexical', 't/t-202');
  await turnOnAutoSend(page);
  await buyerAsks(page, 't-202', SHIPPING);
  await expect(page.getByTestId('shopreply.autonote')).toContainText('names the buyer only by name');
  await page.waitForTimeout(AFTER_AUTO_SEND_WINDOW);
  expect(await sentCount(page)).toBe(0);

  await row.getByTestId('shopreply.site-profile-accept-risk').click();
  await expect(row.getByTestId('shopreply.site-profile-accept-risk')).toBeChecked();
  await buyerAsks(page, 't-202', DISCOUNT);
  await expect(kitState(page)).toHaveAttribute('data-sent-count', '1', { timeout: 20_000 });
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 't-202');
});
