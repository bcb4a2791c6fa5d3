import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticCapture } from '../../../scripts/capture-html';
import { findChromium } from '../../../scripts/chromium';
import { startDemoServer } from '../../../scripts/serve-demo';

/**
 * Renders the kit chat pages in Chromium and saves their DOM as static HTML under
 * tests/fixtures/captures/kits/, for unit tests of profiles and selector proposals (jsdom).
 * Scripts and styles are dropped. Usage: npx tsx tests/e2e/kits/capture.ts
 */

const OUT_DIR = fileURLToPath(new URL('../../fixtures/captures/kits', import.meta.url));

export interface KitCapture {
  name: string;
  /** Path and query under the server's root: the page's URL in the capture, for the URL id sources. */
  path: string;
  about: string;
  act?: (page: Page) => Promise<void>;
}

async function buyerSays(page: Page, conversationId: string, text: string) {
  await page.getByTestId('kit.select-conversation').selectOption(conversationId);
  await page.getByTestId('kit.buyer-text').fill(text);
  await page.getByTestId('kit.buyer-send').click();
}

export const KIT_CAPTURES: KitCapture[] = [
  {
    name: 'chatscope',
    path: '/kits/chatscope/?c=cs-1001',
    about: 'Emily Carter open (6 messages and a new buyer line); 王小明 and Sofia Rossi unread',
    act: async (page) => {
      await buyerSays(page, 'cs-1001', 'Can you confirm the address?');
      await buyerSays(page, 'cs-1004', 'Hello?');
    },
  },
  { name: 'chatscope-break-composer', path: '/kits/chatscope/?c=cs-1002&break=composer', about: 'Lucas Meyer open; the composer in markup the profile does not know' },
  {
    name: 'lexical',
    path: '/kits/lexical/t/t-201',
    about: 'Maria Garcia (t-201) open: 320 messages, only the last rows in the DOM; the other Maria Garcia (t-203) unread',
  },
  { name: 'lexical-break-composer', path: '/kits/lexical/t/t-202?break=composer', about: 'Ken Watanabe open; the composer in markup the profile does not know' },
];

function clean(html: string, capture: KitCapture): string {
  return staticCapture(html, `Captured from the kit chat page http://127.0.0.1${capture.path} by tests/e2e/kits/capture.ts: ${capture.about}.`);
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const capture of KIT_CAPTURES) {
      const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL(capture.path, server.url).href);
      await page.getByTestId('kit.state').waitFor();
      await capture.act?.(page);
      // Let the virtualised list settle on its measured sizes.
      await page.waitForTimeout(300);
      const file = join(OUT_DIR, `${capture.name}.html`);
      writeFileSync(file, clean(await page.content(), capture));
      console.log(`captured ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
