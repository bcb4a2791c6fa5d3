import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { buyerSays } from './chat-helpers';

/** Screenshots an agent (or a person) looks at: test-results/screens/overlay-<size>-<lang>.png. */
const SCREENS = fileURLToPath(new URL('../../test-results/screens', import.meta.url));

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
];
const LANGUAGES = [
  { ui: 'en', locale: 'en-US', reading: 'Reading chat', hint: 'Alt+0 dismisses', autoSend: 'Auto-send in this chat', kind: 'FAQ answer', language: 'English', reason: /^(keyword|example|learned example) “.+” \(English\)$/ },
  { ui: 'zh', locale: 'zh-CN', reading: '正在读取聊天', hint: 'Alt+0 关闭', autoSend: '在此聊天中自动发送', kind: '常见问题', language: '英语', reason: /^(关键词|例句|学习到的例句)“.+”（英语）$/ },
];

/** Chromium in the person's language, at one window size. */
async function launch(viewport: { width: number; height: number }, locale: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs(EXTENSION_DIR), `--lang=${locale}`],
    locale,
    viewport,
  });
}

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function rect(locator: Locator): Promise<Rect> {
  const r = await locator.boundingBox();
  expect(r, `${locator} has a box`).not.toBeNull();
  return r!;
}

/** The panel's box, once it has settled where it docks (it is placed again every 300 ms). */
async function settledPanel(page: Page): Promise<Rect> {
  const panel = page.getByTestId('shopreply.overlay');
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await panel.boundingBox());
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [350] })
    .toBe(true);
  return rect(panel);
}

async function expectClearOfChat(page: Page) {
  const panel = await settledPanel(page);
  const newest = page.getByTestId('chat.chatroom.message_card').last();
  const list = await rect(page.getByTestId('chat.chatroom.message_list'));
  const newestBox = await rect(newest);
  expect(overlaps(panel, newestBox), 'the panel covers the newest message').toBe(false);
  // The newest message is in the list's visible part, not scrolled away under the composer.
  expect(newestBox.y + newestBox.height).toBeLessThanOrEqual(list.y + list.height + 1);
  expect(newestBox.y).toBeGreaterThanOrEqual(list.y - 1);
  expect(overlaps(panel, await rect(page.locator('.chat-input-textarea')))).toBe(false);
  expect(overlaps(panel, await rect(page.locator('#chat-input-send-button')))).toBe(false);
  const viewport = page.viewportSize()!;
  expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width);
  expect(panel.y + panel.height).toBeLessThanOrEqual(viewport.height);
  return panel;
}

for (const size of SIZES) {
  for (const lang of LANGUAGES) {
    test(`at ${size.width}×${size.height} in ${lang.ui}, the panel leaves the newest message, the composer and Send free`, async ({ demoUrl }) => {
      const context = await launch(size, lang.locale);
      try {
        const page = await context.newPage();
        // Camille's chat: the shop spoke last, so nothing is owed when it opens.
        await page.goto(`${demoUrl}/chat/inbox/current?conversation=c-7305`);
        await expect(page.getByTestId('shopreply.status')).toHaveText(lang.reading);
        await expect(page.getByTestId('shopreply.autosend').locator('..')).toContainText(lang.autoSend);
        // Nothing to say yet: one line.
        const idle = await expectClearOfChat(page);
        expect(idle.height).toBeLessThan(40);

        await buyerSays(page, 'c-7305', 'where is my order? tracking number please');
        await expect(page.getByTestId('shopreply.suggestion').first()).toBeVisible();
        await expect(page.getByTestId('shopreply.hint')).toContainText(lang.hint);
        await expect(page.getByTestId('shopreply.suggestion-reason').first()).toContainText(lang.kind);
        await expect(page.getByTestId('shopreply.suggestion-reason').first()).toContainText(lang.language);
        // Why it is suggested, in the interface language (from the worker's reason code, not its English).
        await expect(page.getByTestId('shopreply.suggestion-reason-text').first()).toHaveText(lang.reason);
        const open = await expectClearOfChat(page);
        // Wide enough to read a suggestion in.
        expect(open.width).toBeGreaterThanOrEqual(240);
        mkdirSync(SCREENS, { recursive: true });
        await page.screenshot({ path: `${SCREENS}/overlay-${size.width}x${size.height}-${lang.ui}.png` });
      } finally {
        await context.close();
      }
    });
  }
}

test('on a page it cannot read, the panel is one line away from the page\'s Send button', async ({ demoUrl }) => {
  const context = await launch({ width: 1024, height: 640 }, 'en-US');
  try {
    const page = await context.newPage();
    await page.goto(`${demoUrl}/chat/inbox/current?dom=v2`);
    await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page");
    const panel = await settledPanel(page);
    expect(panel.height).toBeLessThan(40);
    const send = page.getByRole('button', { name: /^send$/i });
    expect(overlaps(panel, await rect(send))).toBe(false);
    expect(overlaps(panel, await rect(page.getByPlaceholder(/Write a reply|Send a message/)))).toBe(false);
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/overlay-unreadable-1024x640-en.png` });
  } finally {
    await context.close();
  }
});

test('the first "auto-send on" in a chat asks first; the note names the rule by its title and goes when auto-send is off', async ({ context, demoUrl }) => {
  const page = await context.newPage();
  await page.goto(`${demoUrl}/chat/inbox/current?conversation=c-7301`);
  const toggle = page.getByTestId('shopreply.autosend');
  const confirmation = page.getByTestId('shopreply.autosend-confirmation');
  await toggle.click();
  await expect(confirmation).toContainText('Turn on auto-send in this chat?');
  await expect(confirmation).toContainText('unticking');
  await expect(toggle).not.toBeChecked();
  await page.getByTestId('shopreply.autosend-cancel').click();
  await expect(confirmation).toHaveCount(0);
  await expect(toggle).not.toBeChecked();
  // Cancelled: a buyer message is only suggested, not sent.
  await toggle.click();
  await page.getByTestId('shopreply.autosend-confirm').click();
  await expect(toggle).toBeChecked();
  await expect(confirmation).toHaveCount(0);

  const sent = page.locator('.chatd-bubble-main--self');
  const before = await sent.count();
  await buyerSays(page, 'c-7301', 'where is my order? tracking number please');
  await expect(sent).toHaveCount(before + 1);
  const note = page.getByTestId('shopreply.autonote');
  await expect(note).toContainText(/Sent automatically: “.+”/);
  await expect(note).not.toContainText('order-tracking');
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/overlay-autosent-1280x800-en.png` });

  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(note).toHaveCount(0);
  // Confirmed once in this conversation: on again without asking, also after a reload.
  await page.reload();
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(confirmation).toHaveCount(0);
});

test('in a Chinese browser the popup speaks Chinese, names languages, and lists the buyer\'s language first', async ({ demoUrl }) => {
  const context = await launch({ width: 1280, height: 800 }, 'zh-CN');
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`${demoUrl}/chat/inbox/current?conversation=c-7303`);
    await expect(page.getByTestId('shopreply.status')).toHaveText('正在读取聊天');
    await buyerSays(page, 'c-7303', '¿Cuándo llega mi pedido?');
    await expect(page.getByTestId('shopreply.suggestion').first()).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('shopreply.suggestion-reason').first()).toContainText('西班牙语');
    await expect(popup.getByTestId('shopreply.suggestion-reason-text').first()).toHaveText(/^(关键词|例句|学习到的例句)“.+”（西班牙语）$/);
    await expect(popup.getByRole('heading', { name: '话术库' })).toBeVisible();
    await expect(popup.getByTestId('phrase-search')).toHaveAttribute('placeholder', '搜索话术（任何语言）…');
    await expect(popup.getByTestId('phrase-language').first()).toHaveText('西班牙语');
    await popup.screenshot({ path: `${SCREENS}/popup-zh.png` });
  } finally {
    await context.close();
  }
});
