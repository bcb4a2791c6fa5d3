import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/chromium';
import { expect, test as base } from './fixtures';
import { expectSent, kitBuyerSays, kitProfile, kitState, kitUrl, readWithProfile } from './kit-helpers';
import { LONG_HISTORY } from './kits/lexical/src/seed';
import { findRole, requiredRoles } from './kits/profile-oracle';

/**
 * The kit chat pages (docs/kits.md) on their own, without the extension: they must behave as the
 * third-party libraries behave for a buyer and an agent, and their profile files must read them.
 */
const test = base.extend<{ page: Page }>({
  page: async ({}, use) => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    await browser.close();
    expect(errors, 'errors thrown by the page').toEqual([]);
  },
});

test.describe('chatscope page', () => {
  const profile = kitProfile('chatscope');
  const editor = (page: Page) => page.locator('.cs-message-input__content-editor');
  const sendButton = (page: Page) => page.locator('.cs-message-input button.cs-button--send');

  test('a buyer message appears in the open conversation and marks a closed one unread', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'chatscope'));
    await expect(page).toHaveURL(/[?&]c=cs-1001\b/);
    await kitBuyerSays(page, 'cs-1001', 'Where is my parcel?');
    await expect(page.locator('.cs-message--incoming').last()).toContainText('Where is my parcel?');

    await kitBuyerSays(page, 'cs-1004', 'Do you have it in blue?');
    const sofia = page.locator('.cs-conversation[data-conversation-id="cs-1004"]');
    await expect(sofia.locator('.cs-conversation__unread')).toHaveText('1');
    await sofia.click();
    await expect(page).toHaveURL(/[?&]c=cs-1004\b/);
    await expect(kitState(page)).toHaveAttribute('data-active-conversation', 'cs-1004');
    await expect(page.locator('.cs-conversation-header__user-name')).toHaveText('Sofia Rossi');
    await expect(page.locator('.cs-message--incoming').last()).toContainText('Do you have it in blue?');
    await expect(sofia.locator('.cs-conversation__unread')).toHaveCount(0);
  });

  test('typing and the send button send what the input holds; Enter sends too', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'chatscope', '?c=cs-1002'));
    await editor(page).click();
    await page.keyboard.type('It ships tomorrow.');
    await sendButton(page).click();
    await expectSent(page, 1, 'It ships tomorrow.');
    await expect(page.locator('.cs-message--outgoing').last()).toContainText('It ships tomorrow.');
    await expect(editor(page)).toHaveText('');
    await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 'cs-1002');

    await editor(page).click();
    await page.keyboard.type('Anything else?');
    await page.keyboard.press('Enter');
    await expectSent(page, 2, 'Anything else?');

    await editor(page).click();
    await page.keyboard.type('Line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await expect(kitState(page)).toHaveAttribute('data-sent-count', '2');
    await sendButton(page).click();
    await expectSent(page, 3, 'Line one\nline two');
  });

  test('text put into the DOM behind the input’s back is not sent; inserted text is', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'chatscope'));
    await editor(page).evaluate((el) => (el.textContent = 'set behind its back'));
    await expect(sendButton(page)).toBeDisabled();
    await editor(page).evaluate((el) => {
      el.textContent = '';
      (el as HTMLElement).focus();
    });
    await editor(page).evaluate(() => document.execCommand('insertText', false, 'Inserted as typing is'));
    await sendButton(page).click();
    await expectSent(page, 1, 'Inserted as typing is');
  });

  test('the profile reads the page: every role it names is found, and what it reads is right', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'chatscope', '?c=cs-1003'));
    await kitBuyerSays(page, 'cs-1003', '我的快递到哪了？');
    await kitBuyerSays(page, 'cs-1001', 'Hello again');
    await expect(page.locator('.cs-message--incoming').last()).toContainText('我的快递到哪了？');
    const read = await readWithProfile(page, profile);
    expect(read.conversationId).toBe('cs-1003');
    expect(read.headerBuyerName).toBe('王小明');
    expect(read.activeName).toBe('王小明');
    expect(read.conversationCount).toBe(4);
    expect(read.unread).toEqual(['1', '', '', '']);
    expect(read.cards.at(-1)).toEqual({ side: 'buyer', text: '我的快递到哪了？', time: expect.stringMatching(/\d\d:\d\d/) });
    expect(read.cards.map((c) => c.side)).toEqual(['buyer', 'shop', 'buyer', 'buyer']);
    expect(read.composer?.getAttribute('contenteditable')).toBe('true');
    expect(read.sendButton?.tagName).toBe('BUTTON');
    expect(read.values).toEqual({ orderId: '580012345678903', productName: 'Ceramic mug set', sku: 'MUG-4-WHT' });
    await expectEveryRoleFound(page, profile);
  });

  test('?break=composer renders a composer the profile does not know, and only that role goes missing', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'chatscope', '?break=composer'));
    await page.getByRole('textbox', { name: 'Reply' }).fill('Sent from the redesign');
    await page.getByRole('button', { name: 'Reply' }).click();
    await expectSent(page, 1, 'Sent from the redesign');
    const { document } = await domOf(page);
    expect(findRole(profile, 'composerEditable', document)).toEqual([]);
    expect(findRole(profile, 'sendButton', document)).toEqual([]);
    expect(findRole(profile, 'messageCard', document).length).toBeGreaterThan(0);
    expect(findRole(profile, 'headerBuyerName', document)).toHaveLength(1);
  });
});

test.describe('Lexical + Virtuoso page', () => {
  const profile = kitProfile('lexical');
  const editor = (page: Page) => page.locator('[data-lexical-editor="true"]');
  const rows = (page: Page) => page.locator('[data-virtuoso-scroller="true"] [data-item-index]');

  test('Enter sends the editor’s own state; Shift+Enter is a new line', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'lexical'));
    await expect(page).toHaveURL(/\/kits\/lexical\/t\/t-201$/);
    await editor(page).click();
    await page.keyboard.type('Your order left our warehouse.');
    await page.keyboard.press('Enter');
    await expectSent(page, 1, 'Your order left our warehouse.');
    await expect(editor(page)).toHaveText('');
    await expect(rows(page).last()).toContainText('Your order left our warehouse.');

    await page.keyboard.type('Line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await expect(kitState(page)).toHaveAttribute('data-sent-count', '1');
    await page.keyboard.press('Enter');
    await expectSent(page, 2, 'Line one\nline two');
  });

  test('text set through the DOM is not in the editor’s state and is not sent; inserted text is', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'lexical'));
    await editor(page).click();
    await editor(page).evaluate((el) => {
      el.querySelector('p')!.textContent = 'set behind its back';
    });
    await page.keyboard.press('Enter');
    await expect(kitState(page)).toHaveAttribute('data-sent-count', '0');

    await editor(page).evaluate((el) => {
      el.textContent = '';
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Control+A');
    await editor(page).evaluate(() => document.execCommand('insertText', false, 'Inserted as typing is'));
    await page.keyboard.press('Enter');
    await expectSent(page, 1, 'Inserted as typing is');
  });

  test('the list is virtualised: only part of the history is in the DOM, and row nodes are reused on scroll', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'lexical'));
    await expect(rows(page).last()).toContainText(`(#${LONG_HISTORY})`);
    const inDom = await rows(page).count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(LONG_HISTORY / 4);
    await expect(rows(page).filter({ hasText: '(#1)' })).toHaveCount(0);

    // A row node near the bottom, then a scroll up by 64 rows (the page's recycling slots).
    const row = await rows(page).last().elementHandle();
    const before = Number(await row!.getAttribute('data-item-index'));
    await page.locator('[data-virtuoso-scroller="true"]').evaluate((el, rows) => (el.scrollTop -= (64 * el.scrollHeight) / rows), LONG_HISTORY);
    // The same node, still in the page, now shows an older message (its index and text agree).
    // Index and text read in one go: the list may re-render between two separate reads.
    let seen = { shift: 0, text: '' };
    const shift = async () => {
      seen = await row!.evaluate((el, before) => {
        const index = Number(el.getAttribute('data-item-index'));
        const ok = el.isConnected && el.textContent!.includes(`(#${index + 1})`);
        return { shift: ok ? before - index : 0, text: el.textContent! };
      }, before);
      return seen.shift;
    };
    await expect.poll(shift).toBeGreaterThan(0);
    expect(seen.text).not.toContain(`(#${LONG_HISTORY})`);

    await page.locator('[data-virtuoso-scroller="true"]').evaluate((el) => (el.scrollTop = 0));
    await expect(rows(page).first()).toContainText('(#1)');
    // At the top, too, only a window of the history is in the DOM.
    expect(await rows(page).count()).toBeLessThan(LONG_HISTORY / 4);
  });

  test('a buyer message follows the list to the bottom; one in a closed thread marks it unread', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'lexical'));
    await kitBuyerSays(page, 't-201', 'Is the blue one back?');
    await expect(rows(page).last()).toContainText('Is the blue one back?');
    await expect(page.locator('.bubble__text', { hasText: 'Is the blue one back?' })).toBeInViewport();

    await kitBuyerSays(page, 't-202', 'ありがとう、届きました');
    const ken = page.locator('[data-thread-id="t-202"]');
    await expect(ken.locator('.threads__unread')).toHaveText('1');
    await ken.click();
    await expect(page).toHaveURL(/\/t\/t-202$/);
    await expect(kitState(page)).toHaveAttribute('data-active-conversation', 't-202');
    await expect(ken.locator('.threads__unread')).toHaveCount(0);
    await expect(rows(page).last()).toContainText('ありがとう、届きました');

    // A reload opens the thread the path names.
    await page.reload();
    await expect(page.locator('.conversation__title')).toHaveText('Ken Watanabe');
  });

  test('the profile reads the page: every role it names is found, and what it reads is right', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'lexical', 't/t-203'));
    await expect(page.locator('.conversation__title')).toHaveText('Maria Garcia');
    await kitBuyerSays(page, 't-203', 'Can I still cancel?');
    await expect(rows(page).last()).toContainText('Can I still cancel?');
    await kitBuyerSays(page, 't-204', 'Hello?');
    const read = await readWithProfile(page, profile);
    expect(read.conversationId).toBe('t-203');
    expect(read.unread).toEqual(['', '', '', '1']);
    expect(read.headerBuyerName).toBe('Maria Garcia');
    expect(read.activeName).toBe('Maria Garcia');
    expect(read.cards.at(-1)).toEqual({ side: 'buyer', text: 'Can I still cancel?', time: expect.stringMatching(/\d\d:\d\d/) });
    expect(read.cards.map((c) => c.side)).toEqual(['buyer', 'shop', 'buyer', 'shop', 'buyer', 'buyer']);
    expect(read.composer?.getAttribute('contenteditable')).toBe('true');
    await expectEveryRoleFound(page, profile);

    // The other Maria Garcia: same name, another id.
    await page.locator('[data-thread-id="t-201"]').click();
    await expect(kitState(page)).toHaveAttribute('data-active-conversation', 't-201');
    const other = await readWithProfile(page, profile);
    expect(other.headerBuyerName).toBe('Maria Garcia');
    expect(other.conversationId).toBe('t-201');
    expect(other.cards.length).toBeLessThan(LONG_HISTORY / 4);
  });

  test('?break=composer renders a composer the profile does not know, and only that role goes missing', async ({ page, demoUrl }) => {
    await page.goto(kitUrl(demoUrl, 'lexical', '?break=composer'));
    await expect(page).toHaveURL(/\/t\/t-201\?break=composer$/);
    await page.getByRole('textbox', { name: 'Reply' }).fill('Sent from the redesign');
    await page.getByRole('button', { name: 'Reply' }).click();
    await expectSent(page, 1, 'Sent from the redesign');
    const { document } = await domOf(page);
    expect(findRole(profile, 'composerEditable', document)).toEqual([]);
    expect(findRole(profile, 'messageCard', document).length).toBeGreaterThan(0);
  });
});

async function domOf(page: Page) {
  const { JSDOM } = await import('jsdom');
  return new JSDOM(await page.content()).window;
}

/** Every role in the profile finds something on the page, required ones included. */
async function expectEveryRoleFound(page: Page, profile: ReturnType<typeof kitProfile>) {
  const { document } = await domOf(page);
  const list = findRole(profile, 'messageList', document)[0] ?? document;
  const cards = findRole(profile, 'messageCard', list);
  const order = findRole(profile, 'orderCard', document)[0] ?? document;
  const active = findRole(profile, 'activeConversationCard', document)[0];
  const where: Record<string, () => boolean> = {
    messageCard: () => cards.length > 0,
    buyerBubble: () => cards.some((c) => findRole(profile, 'buyerBubble', c, true).length > 0),
    sellerBubble: () => cards.some((c) => findRole(profile, 'sellerBubble', c, true).length > 0),
    messageText: () => cards.every((c) => findRole(profile, 'messageText', c).length === 1),
    messageTime: () => cards.every((c) => findRole(profile, 'messageTime', c).length === 1),
    conversationName: () => !!active && findRole(profile, 'conversationName', active).length === 1,
    unreadBadge: () => findRole(profile, 'conversationCard', document).some((c) => findRole(profile, 'unreadBadge', c).length > 0),
    orderId: () => findRole(profile, 'orderId', order).length === 1,
    productName: () => findRole(profile, 'productName', order).length === 1,
    sku: () => findRole(profile, 'sku', order).length === 1,
  };
  const missing = Object.keys(profile.selectors).filter((role) => !(where[role]?.() ?? findRole(profile, role, document).length > 0));
  expect(missing, 'roles whose selectors find nothing').toEqual([]);
  for (const alternatives of requiredRoles(profile)) {
    expect(alternatives.some((role) => role in profile.selectors), `one of ${alternatives.join(', ')}`).toBe(true);
  }
  // Exactly one of these, or the product would not know which to use.
  for (const role of ['messageList', 'activeConversationCard', 'headerBuyerName', 'composerEditable', 'sendButton']) {
    if (role in profile.selectors) expect(findRole(profile, role, document), role).toHaveLength(1);
  }
}
