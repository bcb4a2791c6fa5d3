import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Open every day, all day: suggestions tests must not depend on the hour CI runs at. */
export const ALWAYS_OPEN = {
  timeZone: 'UTC',
  workingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]])),
};
/** Never open: every buyer message is outside working hours. */
export const ALWAYS_CLOSED = {
  timeZone: 'UTC',
  workingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, []])),
};

/**
 * Arranges the shop's settings before a test, as a supervisor would have saved them: written into
 * the extension's database from one of its own pages (the same origin as the worker's).
 */
export async function configureShop(context: BrowserContext, extensionId: string, settings: Record<string, unknown>) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(async (value) => {
    // The popup's first question: the worker has created its database and seeded the starter pack.
    await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'list-phrases' });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('shopreply');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'shop', value });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, settings);
  await page.close();
}

export async function openChat(context: BrowserContext, demoUrl: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${demoUrl}/chat/inbox/current${query ? `?${query}` : ''}`);
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  return page;
}

/** Speaks as a buyer through the demo's simulator (outside the chat DOM). */
export async function buyerSays(page: Page, conversationId: string, text: string) {
  await page.getByTestId('demo.buyer-select').selectOption(conversationId);
  await page.getByTestId('demo.buyer-text').fill(text);
  await page.getByTestId('demo.buyer-send').click();
}

export async function openConversation(page: Page, buyerName: string) {
  await page.getByTestId('chat.chatroom.conversation_card').filter({ hasText: buyerName }).click();
  await expect(page.getByTestId('chat.chatroom.header_username')).toHaveText(buyerName);
}

export const suggestions = (page: Page) => page.getByTestId('shopreply.suggestion');
export const composer = (page: Page) => page.getByPlaceholder('Send a message');
export const sellerBubbles = (page: Page) => page.locator('.chatd-bubble-main--self');

/**
 * Turns auto-send on as an agent does: tick the switch and, the first time in a conversation,
 * confirm what it will do.
 */
export async function turnOnAutoSend(page: Page, switchId = 'shopreply.autosend') {
  const toggle = page.getByTestId(switchId);
  await toggle.click();
  const confirm = page.getByTestId('shopreply.autosend-confirm');
  await expect(confirm.or(page.locator(`[data-testid="${switchId}"]:checked`))).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(toggle).toBeChecked();
}
