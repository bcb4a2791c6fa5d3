import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { hashed } from '../../demo/src/hooks';
import { draftHash } from '../../lib/sites/draft';
import { ALWAYS_OPEN, buyerSays, configureShop, suggestions } from './chat-helpers';
import { expect, test } from './fixtures';

/**
 * Site profiles as files: imported through the pack import panel, previewed, applied, listed,
 * exported and removed; bad ones refused whole; and a redesigned chat page read again without a
 * release. Loopback pages only: the demo build already holds http://127.0.0.1/*, so no permission
 * prompt (which a headless test cannot click) is needed.
 */

const helpdesk = {
  format: 'shopreply.site-profile',
  formatVersion: 1,
  id: 'e2e-helpdesk',
  name: 'E2E helpdesk',
  version: '1.0.0',
  matches: ['http://127.0.0.1/helpdesk/*'],
  selectors: {
    messageList: ['.thread'],
    messageCard: ['.thread > .msg'],
    buyerBubble: ['.msg--in'],
    sellerBubble: ['.msg--out'],
    composerEditable: ['.reply-box [contenteditable="true"]'],
    sendButton: ['.reply-box button.send'],
  },
  conversationId: [{ url: 'param', name: 'ticket' }],
  send: 'button',
};

const file = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });

async function openSites(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-packs').click();
  await expect(page.getByTestId('shopreply.site-profiles')).toBeVisible();
}

const imported = (page: Page) => page.locator('[data-testid="shopreply.site-profile"][data-origin="imported"]');
const row = (page: Page, id: string) => page.locator(`[data-testid="shopreply.site-profile"][data-profile-id="${id}"][data-origin="imported"]`);

test('a site profile file: preview, Apply, listed with its health, exported as the same JSON, updated, removed', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openSites(page, extensionId);
  // Only the built-in profile to begin with, which can be exported too.
  await expect(page.locator('[data-testid="shopreply.site-profile"][data-origin="built-in"]')).toContainText('TikTok Shop seller chat');
  await expect(imported(page)).toHaveCount(0);

  await page.getByTestId('import-file').setInputFiles(file('e2e-helpdesk.site-profile.json', helpdesk));
  const preview = page.getByTestId('shopreply.site-profile-preview');
  await expect(preview).toHaveAttribute('data-kind', 'new');
  await expect(preview.getByTestId('shopreply.site-profile-preview-summary')).toHaveText('New site profile "E2E helpdesk" (version 1.0.0)');
  await expect(preview.getByTestId('shopreply.site-profile-preview-pages')).toContainText('http://127.0.0.1/helpdesk/*');
  await expect(preview.getByTestId('shopreply.site-profile-role-messageCard')).toContainText('.thread > .msg');
  await expect(preview.getByTestId('shopreply.site-profile-preview-send')).toHaveText('Sending: sends with the send button');
  await expect(preview.getByTestId('shopreply.site-profile-preview-ids')).toHaveText('Conversations are told apart by: the URL parameter ticket');
  await expect(preview.getByTestId('shopreply.site-profile-health')).toHaveAttribute('data-id-kind', 'id');
  // A loopback page of the demo build: nothing to ask the browser for.
  await expect(preview.getByTestId('shopreply.site-profile-preview-access')).toHaveCount(0);
  // Nothing is stored before Apply.
  await expect(imported(page)).toHaveCount(0);
  await preview.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toHaveText('Site profile "E2E helpdesk" 1.0.0 saved.');
  await expect(row(page, 'e2e-helpdesk')).toContainText('Pages: http://127.0.0.1/helpdesk/*');
  await expect(row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-no-access')).toHaveCount(0);

  // Export gives the file back as it was imported.
  const [download] = await Promise.all([page.waitForEvent('download'), row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-export').click()]);
  expect(download.suggestedFilename()).toBe('e2e-helpdesk.site-profile.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported).toEqual(helpdesk);

  // The same file again changes nothing; a fixed one shows each changed role before and after.
  await page.getByTestId('import-file').setInputFiles(file(download.suggestedFilename(), exported));
  await expect(preview).toHaveAttribute('data-kind', 'same');
  await preview.getByTestId('import-cancel').click();
  const fixed = { ...helpdesk, version: '1.1.0', selectors: { ...helpdesk.selectors, buyerBubble: ['.bubble--in', '.msg--in'] }, conversationId: [{ text: 'headerBuyerName' }] };
  await page.getByTestId('import-file').setInputFiles(file('e2e-helpdesk-fixed.json', fixed));
  await expect(preview).toHaveAttribute('data-kind', 'update');
  await expect(preview.getByTestId('shopreply.site-profile-preview-summary')).toHaveText('Updates the site profile "E2E helpdesk" from version 1.0.0 to 1.1.0');
  const buyer = preview.getByTestId('shopreply.site-profile-role-buyerBubble');
  await expect(buyer.locator('td').nth(0)).toHaveText('.msg--in');
  await expect(buyer.locator('td').nth(1)).toHaveText('.bubble--in.msg--in');
  await expect(preview.getByTestId('shopreply.site-profile-role-messageCard')).toHaveCount(0);
  await expect(preview.getByTestId('shopreply.site-profile-health')).toHaveText(/known by name only: two buyers with the same name share a session, auto-send stays off/);
  await preview.getByTestId('import-apply').click();
  await expect(row(page, 'e2e-helpdesk')).toContainText('version 1.1.0');

  // Name only: the supervisor may accept the risk for the profile's site, through the setting.
  await expect(row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-health')).toHaveAttribute('data-id-kind', 'name');
  await row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-accept-risk').click();
  await expect(row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-accept-risk')).toBeChecked();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByLabel('Sites where auto-send may answer buyers known by name only (comma-separated hosts)')).toHaveValue('127.0.0.1');
  await page.getByTestId('nav-packs').click();

  // Remove asks first, then forgets the profile.
  await row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-remove').click();
  await row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-remove-no').click();
  await expect(row(page, 'e2e-helpdesk')).toHaveCount(1);
  await row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-remove').click();
  await row(page, 'e2e-helpdesk').getByTestId('shopreply.site-profile-remove-yes').click();
  await expect(page.getByTestId('shopreply.site-profiles-status')).toHaveText('Site profile "E2E helpdesk" removed.');
  await expect(imported(page)).toHaveCount(0);
});

test('a bad site profile is refused whole, naming the JSON path, and nothing is stored', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openSites(page, extensionId);
  const { composerEditable: _composer, ...noComposer } = helpdesk.selectors;
  const bad: [string, unknown, string][] = [
    ['unknown-role.json', { ...helpdesk, selectors: { ...helpdesk.selectors, chatBubble: ['.bubble'] } }, 'unknown-role.json: selectors.chatBubble: "chatBubble" is not a role of a site profile'],
    ['bad-selector.json', { ...helpdesk, selectors: { ...helpdesk.selectors, messageCard: ['.thread > .msg', 'div[data-x='] } }, 'bad-selector.json: selectors.messageCard[1]: "div[data-x=" is not a valid CSS selector (role messageCard)'],
    ['no-composer.json', { ...helpdesk, selectors: noComposer }, 'no-composer.json: selectors: needs composerTextarea or composerEditable'],
    ['all-sites.json', { ...helpdesk, matches: ['<all_urls>'] }, 'all-sites.json: matches[0]: "<all_urls>" is not an allowed page pattern'],
  ];
  for (const [name, value, message] of bad) {
    await page.getByTestId('import-file').setInputFiles(file(name, value));
    await expect(page.getByTestId('import-errors')).toBeVisible();
    await expect(page.getByTestId('import-error').first()).toContainText(message);
    await expect(page.getByTestId('shopreply.site-profile-preview')).toHaveCount(0);
  }
  await expect(imported(page)).toHaveCount(0);
  await page.reload();
  await page.getByTestId('nav-packs').click();
  await expect(page.locator('[data-testid="shopreply.site-profile"][data-origin="built-in"]')).toHaveCount(1);
  await expect(imported(page)).toHaveCount(0);
});

test('a redesigned chat page is read again by an imported profile, without a release', async ({ context, extensionId, demoUrl }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
  const chatUrl = new URL('/redesign/chat/inbox/current?dom=v2&conversation=c-7301', demoUrl).href;
  const chat = await context.newPage();
  await chat.goto(chatUrl);
  await expect(chat.getByTestId('shopreply.status')).toContainText("Can't read this chat page", { timeout: 10_000 });

  // The redesign's class names (the demo's CSS-in-JS hash): what a supervisor reads in the page's DOM.
  const c = (name: string) => `.${hashed(name)}`;
  const redesign = {
    format: 'shopreply.site-profile',
    formatVersion: 1,
    id: 'demo-redesign',
    name: 'Demo chat after the redesign',
    version: '2.0.0',
    matches: ['http://127.0.0.1/redesign/*'],
    selectors: {
      conversationCard: [c('conversation-card')],
      activeConversationCard: [c('conversation-card--active')],
      conversationName: [c('conversation-card-username')],
      headerBuyerName: [c('chat-header-name')],
      messageList: [c('chatd-message-list')],
      messageCard: [c('chatd-message-card')],
      buyerBubble: [c('chatd-bubble-main--other')],
      sellerBubble: [c('chatd-bubble-main--self')],
      messageText: [`${c('chatd-message-body-info-message')} pre`],
      messageTime: [c('chatd-message-time')],
      composerTextarea: [`${c('chat-input')} textarea`],
      sendButton: [c('chat-input-send-button')],
    },
    conversationId: [{ text: 'headerBuyerName' }],
  };
  const options = await context.newPage();
  await openSites(options, extensionId);
  await options.getByTestId('import-file').setInputFiles(file('demo-redesign.site-profile.json', redesign));
  await options.getByTestId('shopreply.site-profile-preview').getByTestId('import-apply').click();
  await expect(options.getByTestId('import-status')).toHaveText('Site profile "Demo chat after the redesign" 2.0.0 saved.');

  await chat.reload();
  await expect(chat.getByTestId('shopreply.status')).toHaveText('Reading chat', { timeout: 10_000 });
  await buyerSays(chat, 'c-7301', 'how do I return this? I want a refund');
  await expect(suggestions(chat).first()).toBeVisible({ timeout: 15_000 });
  await expect(suggestions(chat).first().getByTestId('shopreply.suggestion-text')).toContainText(/return|refund/i);

  // The original page keeps its built-in profile: the imported one covers only its own pages.
  const original = await context.newPage();
  await original.goto(new URL('/chat/inbox/current?dom=v2', demoUrl).href);
  await expect(original.getByTestId('shopreply.status')).toContainText("Can't read this chat page", { timeout: 10_000 });
});

test('a draft from "Teach this page" opens in the same preview, with Apply', async ({ context, extensionId }) => {
  const draft = { ...helpdesk, id: 'e2e-draft', name: '教学草稿 draft' };
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${draftHash(JSON.stringify(draft))}`);
  const preview = page.getByTestId('shopreply.site-profile-preview');
  await expect(preview).toHaveAttribute('data-kind', 'new', { timeout: 30_000 });
  await expect(preview.getByTestId('shopreply.site-profile-preview-summary')).toHaveText('New site profile "教学草稿 draft" (version 1.0.0)');
  await preview.getByTestId('import-apply').click();
  await expect(page.getByTestId('shopreply.site-profiles-status')).toHaveText('Site profile "教学草稿 draft" 1.0.0 saved.');
  await expect(row(page, 'e2e-draft')).toContainText('http://127.0.0.1/helpdesk/*');
  // Applied: a reload does not offer the draft again.
  expect(new URL(page.url()).hash).toBe('');

  // A draft with a problem shows it, and offers no Apply.
  await page.goto(`chrome-extension://${extensionId}/options.html${draftHash(JSON.stringify({ ...draft, selectors: { ...draft.selectors, sendButton: ['button:has('] } }))}`);
  await expect(page.getByTestId('shopreply.site-profile-draft-errors')).toContainText('draft: selectors.sendButton[0]: "button:has(" is not a valid CSS selector', { timeout: 30_000 });
  await expect(preview).toHaveCount(0);
});
