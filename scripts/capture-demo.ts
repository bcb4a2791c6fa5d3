import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticCapture } from './capture-html';
import { findChromium } from './chromium';
import { startDemoServer } from './serve-demo';

/**
 * Renders the demo seller chat in Chromium and saves the DOM of several states as static HTML
 * under tests/fixtures/captures/, for the site-profile unit tests (jsdom). Scripts and styles
 * are dropped; the clock and time zone are fixed so captures are reproducible.
 * Usage: npx tsx scripts/capture-demo.ts
 */

const OUT_DIR = fileURLToPath(new URL('../tests/fixtures/captures', import.meta.url));

interface Capture {
  name: string;
  query: string;
  about: string;
  act?: (page: Page) => Promise<void>;
}

async function buyerSays(page: Page, conversationId: string, text: string) {
  await page.getByTestId('demo.buyer-select').selectOption(conversationId);
  await page.getByTestId('demo.buyer-text').fill(text);
  await page.getByTestId('demo.buyer-send').click();
}

const CAPTURES: Capture[] = [
  { name: 'default', query: '', about: 'first conversation (Emily Carter, en), textarea composer' },
  {
    name: 'other-conversation',
    query: '?conversation=c-7303',
    about: 'Sofía Martínez (es) with a shared product card; a new message raised Emily’s unread badge',
    act: (page) => buyerSays(page, 'c-7301', 'Hello? Any update on my order?'),
  },
  {
    name: 'contenteditable',
    query: '?composer=contenteditable&conversation=c-7302',
    about: '李伟 (zh) with a system line, contenteditable composer',
  },
  {
    name: 'duplicates',
    query: '?conversation=c-7304',
    about: 'João Pereira (pt): the buyer sent "ok" three times in one minute',
    act: async (page) => {
      for (let i = 0; i < 3; i++) await buyerSays(page, 'c-7304', 'ok');
    },
  },
  { name: 'zh-locale', query: '?locale=zh&conversation=c-7307', about: '佐藤 美咲 (ja) on a Chinese-language seller center' },
  { name: 'no-conversation', query: '?conversation=none', about: 'chat open, no conversation selected' },
  { name: 'redesigned', query: '?dom=v2', about: 'a redesign with renamed classes and no test ids: no selector finds anything' },
];

function clean(html: string, capture: Capture, url: string): string {
  return staticCapture(html, `Captured from the demo seller chat ${url} by scripts/capture-demo.ts: ${capture.about}.`);
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const capture of CAPTURES) {
      const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1400, height: 800 } });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date('2026-09-04T09:30:00Z'));
      await page.goto(server.url + capture.query);
      await page.getByTestId('demo.simulator').waitFor();
      await capture.act?.(page);
      const html = await page.content();
      const file = join(OUT_DIR, `${capture.name}.html`);
      writeFileSync(file, clean(html, capture, `/${capture.query}`));
      console.log(`captured ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
