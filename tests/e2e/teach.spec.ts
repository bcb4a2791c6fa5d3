import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { checkProfile, messageCards, readConversation, readMessageCard } from '../../lib/sites';
import { checkedDraft, pageDocument, pointAndClick, saveDraft, teachParts, teachStep } from './teach-helpers';

/**
 * "Teach this page" on the demo chat's redesign (`dom=v2`: hashed class names, no test ids, no ARIA
 * roles), which no profile reads: the supervisor points at each part with the real mouse, the live
 * panel reads the page, and Save hands a working profile to the editor.
 */

function readsThePage(value: unknown, doc: Document, url: string) {
  const { file, profile } = checkedDraft(value, doc);
  expect(checkProfile(doc, profile).missingRequired).toEqual([]);
  expect(readConversation(doc, profile, '127.0.0.1', url)).toMatchObject({ conversationId: '127.0.0.1|name:Emily Carter', buyerName: 'Emily Carter' });
  const reads = messageCards(doc, profile).map((c) => readMessageCard(c, profile));
  return { file, reads };
}

test('teaching the redesigned chat: point with the mouse, the live panel reads it, Save opens the editor with a profile that reads the page', async ({ context, demoUrl, extensionId }) => {
  const page = await context.newPage();
  const url = new URL('/chat/inbox/current?dom=v2', demoUrl).href;
  await page.goto(url);
  await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page");
  // The page counts every click and focus it gets, to show that picking clicks never reach it.
  await page.evaluate(() => {
    const w = window as unknown as { pageClicks: number };
    w.pageClicks = 0;
    document.addEventListener('click', () => w.pageClicks++, true);
    document.addEventListener('mousedown', () => w.pageClicks++, true);
  });
  const pageClicks = () => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);

  await page.getByTestId('shopreply.teach-open').click();
  const panel = page.getByTestId('shopreply.teach');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('shopreply.teach-live-missing')).toContainText('Still missing');
  const step = (name: Parameters<typeof teachStep>[1]) => teachStep(page, name);
  await expect(step('buyerMessage')).toHaveClass(/sr-teach-step--now/);
  const clicksBefore = await pageClicks();

  // A script of the page clicking for the supervisor picks nothing.
  const buyerText = page.locator('main pre', { hasText: 'Is it true to size?' });
  await buyerText.evaluate((el) => (el as HTMLElement).click());
  await expect(step('buyerMessage')).toHaveAttribute('data-picked', 'false');
  const scripted = await pageClicks();

  await pointAndClick(page, buyerText);
  await expect(step('buyerMessage')).toHaveAttribute('data-picked', 'true');
  await pointAndClick(page, page.locator('main pre', { hasText: 'Thank you for your order' }));
  await expect(step('sellerMessage')).toHaveAttribute('data-picked', 'true');
  await expect(page.getByTestId('shopreply.teach-candidates-messageCard').locator('option').first()).toContainText('finds 3');
  await expect(page.getByTestId('shopreply.teach-live-messages')).toContainText('3 (2 from the buyer, 1 from the shop)');

  const textarea = page.getByPlaceholder('Write a reply…');
  await pointAndClick(page, textarea);
  await expect(step('composer')).toHaveAttribute('data-picked', 'true');
  await expect(page.getByTestId('shopreply.teach-candidates-composerTextarea').locator('option').first()).toHaveText('[placeholder="Write a reply…"] — finds 1');
  // The picking click did not reach the page: the reply box did not even get the focus.
  expect(await textarea.evaluate((el) => document.activeElement === el)).toBe(false);

  await pointAndClick(page, page.locator('main button', { hasText: 'Send' }));
  await expect(step('sendButton')).toHaveAttribute('data-picked', 'true');
  expect(await pageClicks()).toBe(scripted);
  expect(scripted).toBe(clicksBefore + 1); // the page's own scripted click, which it did get
  await expect(page.getByTestId('shopreply.teach-highlight')).toHaveCount(0); // every required part picked: picking stops

  // The name above the chat, the only thing this page shows about who the buyer is.
  await page.getByTestId('shopreply.teach-pick-headerBuyerName').click();
  await pointAndClick(page, page.locator('header span', { hasText: 'Emily Carter' }));

  const live = page.getByTestId('shopreply.teach-live');
  await expect(page.getByTestId('shopreply.teach-live-conversation')).toContainText('Emily Carter');
  await expect(page.getByTestId('shopreply.teach-live-name-only')).toContainText('two buyers with the same name would share one conversation');
  await expect(page.getByTestId('shopreply.teach-live-buyer')).toHaveText('Emily Carter');
  await expect(page.getByTestId('shopreply.teach-live-last-buyer')).toHaveText('Is it true to size? I usually wear a M.');
  await expect(page.getByTestId('shopreply.teach-live-composer')).toHaveText('found');
  await expect(page.getByTestId('shopreply.teach-live-missing')).toHaveText('Every required part is found.');
  await page.screenshot({ path: 'test-results/screens/teach-demo-v2-en.png' });

  // The live panel follows the page: a new buyer message (the simulator is under the panel: move it aside).
  await page.getByTestId('shopreply.teach-move').click();
  await page.getByTestId('demo.buyer-select').selectOption('c-7301');
  await page.getByTestId('demo.buyer-text').fill('Do you ship to Canada?');
  await page.getByTestId('demo.buyer-send').click();
  await expect(page.getByTestId('shopreply.teach-live-last-buyer')).toHaveText('Do you ship to Canada?');
  await expect(live).toContainText('4 (3 from the buyer, 1 from the shop)');

  // Download: the second way out, a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('shopreply.teach-download').click()]);
  expect(download.suggestedFilename()).toBe('127-0-0-1.site-profile.json');
  const downloaded = JSON.parse(readFileSync((await download.path())!, 'utf8'));

  // Save: the worker opens the editor with the draft in its URL.
  const value = await saveDraft(context, page, extensionId);
  expect(value).toEqual(downloaded);

  const doc = await pageDocument(page);
  const { file, reads } = readsThePage(value, doc, url);
  expect(file.matches).toEqual(['http://127.0.0.1/chat/inbox/*']);
  expect(file.conversationId).toEqual([{ text: 'headerBuyerName' }]);
  expect(reads.map((r) => [r.author, r.text])).toEqual([
    ['buyer', 'Hi! I just ordered the hoodie.'],
    ['seller', 'Thank you for your order, Emily!'],
    ['buyer', 'Is it true to size? I usually wear a M.'],
    ['buyer', 'Do you ship to Canada?'],
  ]);

  // It survives a re-render: every message node made anew.
  await page.getByTestId('demo.rerender').click();
  await expect(page.getByTestId('demo.state')).toHaveAttribute('data-render-epoch', '1');
  expect(readsThePage(value, await pageDocument(page), url).reads).toHaveLength(4);
});

test('a contenteditable reply box on a page that sends with Enter: the editor role, no Send button in the profile', async ({ context, demoUrl, extensionId }) => {
  const page = await context.newPage();
  const url = new URL('/chat/inbox/current?dom=v2&composer=contenteditable', demoUrl).href;
  await page.goto(url);
  await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page");
  const editor = page.locator('main [contenteditable]');
  await teachParts(page, {
    buyerMessage: page.locator('main pre', { hasText: 'Hi! I just ordered the hoodie.' }),
    sellerMessage: page.locator('main pre', { hasText: 'Thank you for your order' }),
    composer: editor,
  }, { enterSends: true });
  expect(await editor.evaluate((el) => document.activeElement === el)).toBe(false);
  await expect(page.getByTestId('shopreply.teach-step-sendButton')).toHaveCount(0);
  await expect(page.getByTestId('shopreply.teach-live-composer')).toHaveText('found');
  await expect(page.getByTestId('shopreply.teach-live-missing')).toHaveText('Every required part is found.');
  const { file, profile } = checkedDraft(await saveDraft(context, page, extensionId), await pageDocument(page));
  expect(file.send).toBe('enter');
  expect(file.selectors.sendButton).toBeUndefined();
  expect(file.selectors.composerTextarea).toBeUndefined();
  const doc = await pageDocument(page);
  expect(doc.querySelector(file.selectors.composerEditable![0])?.getAttribute('contenteditable')).toBe('true');
  expect(checkProfile(doc, profile).missingRequired).toEqual([]);
});

test('the badge of a page it reads offers no teaching', async ({ context, demoUrl }) => {
  const page = await context.newPage();
  await page.goto(`${demoUrl}/chat/inbox/current?conversation=c-7301`);
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat');
  await expect(page.getByTestId('shopreply.teach-open')).toHaveCount(0);
});
