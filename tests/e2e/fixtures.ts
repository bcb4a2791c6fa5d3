import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { startDemoServer } from '../../scripts/serve-demo';

/** The demo build (`npm run build:demo`): only it reaches the demo chat on loopback. */
export const EXTENSION_DIR = process.env.SHOPREPLY_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3-demo', import.meta.url));

interface WorkerFixtures {
  demoUrl: string;
}
interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
}

/** Chromium with the built extension loaded, and the demo seller chat served on loopback. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  demoUrl: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      args: chromiumArgs(EXTENSION_DIR),
      viewport: { width: 1280, height: 800 },
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});
export const expect = test.expect;

/**
 * Stops the extension's service worker as Chrome does when idle, and waits until it has stopped.
 * Playwright's own worker events do not follow a stop, so this goes through CDP.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
