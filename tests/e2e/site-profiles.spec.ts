import type { BrowserContext, Page } from '@playwright/test';
import { ALWAYS_OPEN, configureShop, suggestions } from './chat-helpers';
import { expect, test } from './fixtures';
import { expectSent, KIT_PROFILE_FILES, kitBuyerSays, kitState, kitUrl } from './kit-helpers';

/**
 * Site profiles on chat pages ShopReply was never written for (issue 11, docs/kits.md): the kit
 * pages built from chatscope's chat UI kit, and from Lexical with a react-virtuoso list.
 *
 * The tests marked fixme wait for the product's profile import and its reading of imported
 * profiles; their bodies say what they must show once those are merged (the import panel's test
 * ids are today's pack import's, as the issue asks profiles to use the same panel). The integrator
 * turns each into a `test` when the feature is there.
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
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-plan')).toBeVisible();
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toBeVisible();
  await page.close();
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

test.fixme('chatscope: import the profile, a buyer message gets suggestions, one is accepted into the composer and sent', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.chatscope);
  const page = await context.newPage();
  await page.goto(kitUrl(demoUrl, 'chatscope', '?c=cs-1001'));
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  await kitBuyerSays(page, 'cs-1001', 'Where is my order? Tracking please');
  const first = suggestions(page).first();
  await expect(first).toBeVisible();
  const text = (await first.getByTestId('shopreply.suggestion-text').textContent())!;
  await first.getByTestId('shopreply.suggestion-text').click();
  // Into chatscope's own input state: its send button sends exactly that text.
  await expect(page.locator('.cs-message-input__content-editor')).toHaveText(text);
  await page.locator('.cs-message-input button.cs-button--send').click();
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 'cs-1001');
});

test.fixme('chatscope: a second conversation has its own suggestions, and its unread buyer message gets them when opened', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.chatscope);
  const page = await context.newPage();
  await page.goto(kitUrl(demoUrl, 'chatscope', '?c=cs-1001'));
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  // Sofia writes while Emily's chat is open: the usual case in a busy shop.
  await kitBuyerSays(page, 'cs-1004', 'Where is my order? Tracking please');
  await expect(page.locator('[data-conversation-id="cs-1004"] .cs-conversation__unread')).toHaveText('1');
  await page.locator('[data-conversation-id="cs-1004"]').click();
  await expect(page.getByTestId('shopreply.overlay')).toHaveAttribute('data-conversation', 'cs-1004');
  const first = suggestions(page).first();
  await expect(first).toBeVisible();
  const text = (await first.getByTestId('shopreply.suggestion-text').textContent())!;
  await first.getByTestId('shopreply.suggestion-text').click();
  await page.locator('.cs-message-input button.cs-button--send').click();
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 'cs-1004');
});

test.fixme('Lexical + Virtuoso: import the profile, accept a suggestion into the Lexical editor, Enter sends it', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  const page = await context.newPage();
  await page.goto(kitUrl(demoUrl, 'lexical', 't/t-202'));
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  await kitBuyerSays(page, 't-202', 'Where is my order? Tracking please');
  const first = suggestions(page).first();
  await expect(first).toBeVisible();
  const text = (await first.getByTestId('shopreply.suggestion-text').textContent())!;
  await first.getByTestId('shopreply.suggestion-text').click();
  // The editor's own state holds it (text set behind Lexical's back would not be sent).
  await expect(page.locator('[data-lexical-editor="true"]')).toHaveText(text);
  await page.locator('[data-lexical-editor="true"]').press('Enter');
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 't-202');
});

test.fixme('Lexical + Virtuoso: the long, virtualised thread is read from its latest buyer message, also after scrolling', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  const page = await context.newPage();
  await page.goto(kitUrl(demoUrl, 'lexical', 't/t-201'));
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  await kitBuyerSays(page, 't-201', 'Where is my order? Tracking please');
  await expect(suggestions(page).first()).toBeVisible();
  // Scrolling reuses the row nodes for old messages: that is not a new buyer message.
  const before = await suggestions(page).allTextContents();
  await page.locator('[data-virtuoso-scroller="true"]').evaluate((el) => (el.scrollTop = 0));
  await page.locator('[data-virtuoso-scroller="true"]').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(suggestions(page)).toHaveText(before);
  // The other Maria Garcia (same name, another thread) has her own conversation.
  await page.locator('[data-thread-id="t-203"]').click();
  await expect(page.getByTestId('shopreply.overlay')).toHaveAttribute('data-conversation', 't-203');
});

test.fixme('a role that goes missing after import shows the badge naming it (?break=composer)', async ({ context, extensionId, demoUrl }) => {
  await importProfile(context, extensionId, KIT_PROFILE_FILES.chatscope);
  await importProfile(context, extensionId, KIT_PROFILE_FILES.lexical);
  for (const kit of ['chatscope', 'lexical'] as const) {
    const page = await context.newPage();
    await page.goto(kitUrl(demoUrl, kit, '?break=composer'));
    await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page");
    await expect(page.getByTestId('shopreply.status')).toHaveAttribute('title', /composer/i);
    await page.close();
  }
});

test.fixme('a profile that tells conversations apart by name only says so in its health (two Maria Garcias)', async () => {
  // tests/fixtures/profiles/lexical-virtuoso-name-only.profile.json on /kits/lexical/: t-201 and
  // t-203 are both "Maria Garcia"; the profile's health warns and auto-send stays off there.
});

test.fixme('point-and-pick makes a working profile for the chatscope page', async () => {
  // Teach this page on /kits/chatscope/, pick each role, save, export: the saved profile reads the
  // page as tests/fixtures/profiles/chatscope.profile.json does (see tests/e2e/kits.spec.ts).
});
