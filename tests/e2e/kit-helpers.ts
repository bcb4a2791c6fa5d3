import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { KitName } from './kits/names';
import { readPage, type KitProfile, type PageReading } from './kits/profile-oracle';

/** The kit pages' profile files (tests/fixtures/profiles/), by kit. */
export const KIT_PROFILE_FILES: Record<KitName, string> = {
  chatscope: new URL('../fixtures/profiles/chatscope.profile.json', import.meta.url).pathname,
  lexical: new URL('../fixtures/profiles/lexical-virtuoso.profile.json', import.meta.url).pathname,
};

/** The lexical page's profile that tells conversations apart by the buyer's name only. */
export const NAME_ONLY_PROFILE_FILE = new URL('../fixtures/profiles/lexical-virtuoso-name-only.profile.json', import.meta.url).pathname;

export function kitProfile(kit: KitName): KitProfile {
  return JSON.parse(readFileSync(KIT_PROFILE_FILES[kit], 'utf8')) as KitProfile;
}

/** `demoUrl` ends in a slash; `rest` is a path under the kit and an optional query. */
export function kitUrl(demoUrl: string, kit: KitName, rest = ''): string {
  return new URL(`kits/${kit}/${rest}`, demoUrl).href;
}

/** Speaks as a buyer through the kit page's simulator (outside the chat DOM). */
export async function kitBuyerSays(page: Page, conversationId: string, text: string) {
  await page.getByTestId('kit.select-conversation').selectOption(conversationId);
  await page.getByTestId('kit.buyer-text').fill(text);
  await page.getByTestId('kit.buyer-send').click();
}

/** What the page's own state sent, as its `kit.state` element says. */
export const kitState = (page: Page) => page.getByTestId('kit.state');

export async function expectSent(page: Page, count: number, text: string) {
  await expect(kitState(page)).toHaveAttribute('data-sent-count', String(count));
  await expect(kitState(page)).toHaveAttribute('data-last-sent', text);
}

/** The page as the profile reads it now (the live DOM, parsed outside the browser). */
export async function readWithProfile(page: Page, profile: KitProfile): Promise<PageReading> {
  const html = await page.content();
  const { document } = new JSDOM(html).window;
  return readPage(document, page.url(), profile);
}
