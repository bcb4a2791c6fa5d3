import { createRequire } from 'node:module';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { draftOfHash, type TeachStep } from '../../lib/sites/teach';
import { selectorCheckOf, toRuntimeProfile, validateSiteProfile, type SiteProfile, type SiteProfileFile } from '../../lib/sites';

/**
 * "Teach this page" as a supervisor does it, for any chat page the content script runs on (the
 * demo's redesign here; a kits page later): real mouse presses on the parts, then Save.
 */

/** A real click (page.mouse: trusted events) in the middle of an element of the page. */
export async function pointAndClick(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error(`nothing to point at: ${target}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await expect(page.getByTestId('shopreply.teach-highlight')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export const teachStep = (page: Page, step: TeachStep) => page.getByTestId(`shopreply.teach-step-${step}`);

/** Opens teaching from the badge and picks each part given, in the panel's order. */
export async function teachParts(page: Page, parts: Partial<Record<TeachStep, Locator>>, options: { enterSends?: boolean } = {}) {
  if (!(await page.getByTestId('shopreply.teach').isVisible())) await page.getByTestId('shopreply.teach-open').click();
  await expect(page.getByTestId('shopreply.teach')).toBeVisible();
  if (options.enterSends) await page.getByTestId('shopreply.teach-enter-sends').check();
  for (const [step, target] of Object.entries(parts) as [TeachStep, Locator][]) {
    if (!(await teachStep(page, step).getAttribute('class'))?.includes('sr-teach-step--now')) await page.getByTestId(`shopreply.teach-pick-${step}`).click();
    await pointAndClick(page, target);
    await expect(teachStep(page, step)).toHaveAttribute('data-picked', 'true');
  }
}

/** Save: the worker opens the editor; the draft decoded from its URL. */
export async function saveDraft(context: BrowserContext, page: Page, extensionId: string): Promise<unknown> {
  const [editor] = await Promise.all([context.waitForEvent('page'), page.getByTestId('shopreply.teach-save').click()]);
  await expect(page.getByTestId('shopreply.teach-saved')).toContainText('Opened in the editor');
  await editor.waitForLoadState('domcontentloaded');
  const [address, hash] = editor.url().split('#');
  expect(address).toBe(`chrome-extension://${extensionId}/options.html`);
  const draft = draftOfHash(hash ?? '');
  if (!draft?.ok) throw new Error(`no draft in ${editor.url()}`);
  return draft.value;
}

// Loaded untyped on purpose: no ambient `declare module 'jsdom'` that would shadow @types/jsdom.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options?: { url?: string }) => { window: Window & typeof globalThis };
};

/** The page as it is now, parsed by jsdom, to check a profile with the library's own functions. */
export async function pageDocument(page: Page): Promise<Document> {
  const { window } = new JSDOM(await page.content(), { url: page.url() });
  // lib/sites tells elements from documents with `instanceof Element`, a browser global.
  (globalThis as { Element?: unknown }).Element = window.Element;
  return window.document;
}

/** The draft checked as the editor checks it, with the page's HTML as the selector judge. */
export function checkedDraft(value: unknown, doc: Document): { file: SiteProfileFile; profile: SiteProfile } {
  const checked = validateSiteProfile(value, 'draft.json', selectorCheckOf(doc));
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  if (!checked.ok) throw new Error('invalid draft');
  return { file: checked.value, profile: toRuntimeProfile(checked.value) };
}
