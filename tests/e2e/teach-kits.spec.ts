import { ALWAYS_OPEN, configureShop, suggestions } from './chat-helpers';
import { expect, test } from './fixtures';
import { expectSent, kitBuyerSays, kitState, kitUrl } from './kit-helpers';
import { checkedDraft, pageDocument, saveDraft, teachParts } from './teach-helpers';

/**
 * "The point-and-pick flow makes a working profile for one of those pages" (issue 11), end to end as
 * a supervisor does it on the chatscope kit page (@chatscope/chat-ui-kit-react, docs/kits.md), which
 * no profile reads: Teach → picks with the real mouse → Save → the editor's draft preview → Apply →
 * reload → a buyer message gets suggestions, one goes into chatscope's composer and the page's own
 * Send sends it.
 */

test.beforeEach(async ({ context, extensionId }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
});

test('chatscope: taught with the mouse, saved, applied in the editor, and then it suggests, inserts and sends', async ({ context, demoUrl, extensionId }) => {
  const page = await context.newPage();
  await page.goto(kitUrl(demoUrl, 'chatscope', '?c=cs-1001'));
  await expect(page.getByTestId('shopreply.status')).toContainText("Can't read this chat page", { timeout: 10_000 });

  await teachParts(page, {
    buyerMessage: page.locator('.cs-message--incoming .cs-message__content').first(),
    sellerMessage: page.locator('.cs-message--outgoing .cs-message__content').first(),
    composer: page.locator('.cs-message-input__content-editor'),
    sendButton: page.locator('button.cs-button--send'),
    headerBuyerName: page.locator('.cs-conversation-header__user-name'),
    activeConversationCard: page.locator('.cs-conversation--active .cs-conversation__name'),
  });
  await expect(page.getByTestId('shopreply.teach-live-conversation')).toContainText('cs-1001');
  await expect(page.getByTestId('shopreply.teach-live-buyer')).toHaveText('Emily Carter');
  await expect(page.getByTestId('shopreply.teach-live-composer')).toHaveText('found');
  await expect(page.getByTestId('shopreply.teach-live-missing')).toHaveText('Every required part is found.');

  // Save: the editor opens with the draft; it is a valid profile for this page.
  const editorOpened = context.waitForEvent('page');
  const value = await saveDraft(context, page, extensionId);
  const editor = await editorOpened;
  const { file } = checkedDraft(value, await pageDocument(page));
  expect(file.matches).toEqual(['http://127.0.0.1/kits/chatscope/*']);
  expect(file.send).toBe('button');

  // The editor shows the draft as it shows an imported file; Apply stores it.
  const preview = editor.getByTestId('shopreply.site-profile-preview');
  await expect(preview).toHaveAttribute('data-kind', 'new', { timeout: 30_000 });
  await expect(preview.getByTestId('shopreply.site-profile-preview-pages')).toContainText('http://127.0.0.1/kits/chatscope/*');
  await preview.getByTestId('import-apply').click();
  await expect(editor.getByTestId('shopreply.site-profiles-status')).toContainText(`Site profile "${file.name}" ${file.version} saved.`);
  await expect(editor.locator(`[data-testid="shopreply.site-profile"][data-profile-id="${file.id}"][data-origin="imported"]`)).toBeVisible();

  // From now on the page is read with the taught profile.
  await page.reload();
  await expect(page.getByTestId('shopreply.status')).toHaveText('Reading chat', { timeout: 10_000 });
  await expect(page.getByTestId('shopreply.overlay')).toHaveAttribute('data-conversation', /cs-1001/);
  await kitBuyerSays(page, 'cs-1001', 'Where is my order? Tracking please');
  // The chat opened with suggestions for its last unanswered message: wait for this message's.
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('Where is my order? Tracking please', { timeout: 15_000 });
  const first = suggestions(page).first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const text = (await first.getByTestId('shopreply.suggestion-text').textContent())!;
  expect(text.length).toBeGreaterThan(0);
  await first.getByTestId('shopreply.suggestion-text').click();
  // Into chatscope's own input state: its send button sends exactly that text.
  await expect(page.locator('.cs-message-input__content-editor')).toHaveText(text);
  await page.locator('button.cs-button--send').click();
  await expectSent(page, 1, text);
  await expect(kitState(page)).toHaveAttribute('data-last-sent-conversation', 'cs-1001');
});

test('Teach a new page from the editor: the typed address opens, its badge offers Teach this page, and the Lexical + Virtuoso page taught there suggests, inserts and sends with Enter (loopback: nothing to ask for)', async ({ context, demoUrl, extensionId }) => {
  const editor = await context.newPage();
  await editor.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(editor.getByTestId('pack-shopreply-starter')).toBeVisible({ timeout: 30_000 });
  await editor.getByTestId('nav-packs').click();
  const section = editor.getByTestId('shopreply.teach-new');
  await expect(section).toContainText('Teach a new page');

  // An address the spec does not allow is named, and nothing opens.
  await editor.getByTestId('shopreply.teach-new-address').fill('http://chat.example.com/inbox');
  await editor.getByTestId('shopreply.teach-new-start').click();
  await expect(editor.getByTestId('shopreply.teach-new-status')).toHaveText('Only https:// pages (http:// only on localhost).');

  const address = kitUrl(demoUrl, 'lexical', 't/t-202');
  await editor.getByTestId('shopreply.teach-new-address').fill(address);
  const [chat] = await Promise.all([context.waitForEvent('page'), editor.getByTestId('shopreply.teach-new-start').click()]);
  await expect(editor.getByTestId('shopreply.teach-new-status')).toHaveText(`Opened ${address}.`);
  // The demo build's own content script runs on loopback: no registration to list or cancel.
  await expect(editor.getByTestId('shopreply.teach-host')).toHaveCount(0);

  await chat.waitForLoadState('domcontentloaded');
  expect(chat.url()).toBe(address);
  await expect(chat.getByTestId('shopreply.status')).toContainText("Can't read this chat page", { timeout: 10_000 });
  await chat.getByTestId('shopreply.teach-open').click();
  await expect(chat.getByTestId('shopreply.teach')).toBeVisible();
  await expect(chat.getByTestId('shopreply.teach-live-missing')).toContainText('Still missing');

  // Taught there: a Lexical editor that sends with Enter, over a virtualised list.
  await teachParts(chat, {
    buyerMessage: chat.locator('.bubble--in .bubble__text').last(),
    sellerMessage: chat.locator('.bubble--out .bubble__text').last(),
    composer: chat.locator('.reply-editor__input'),
    headerBuyerName: chat.locator('.conversation__title'),
    activeConversationCard: chat.locator('[aria-current="true"] .threads__name'),
  }, { enterSends: true });
  await expect(chat.getByTestId('shopreply.teach-live-conversation')).toContainText('t-202');
  await expect(chat.getByTestId('shopreply.teach-live-missing')).toHaveText('Every required part is found.');
  const opened = context.waitForEvent('page');
  const { file } = checkedDraft(await saveDraft(context, chat, extensionId), await pageDocument(chat));
  expect(file.send).toBe('enter');
  const draftEditor = await opened;
  const preview = draftEditor.getByTestId('shopreply.site-profile-preview');
  await expect(preview).toHaveAttribute('data-kind', 'new', { timeout: 30_000 });
  await preview.getByTestId('import-apply').click();
  await expect(draftEditor.getByTestId('shopreply.site-profiles-status')).toContainText('saved.');

  // Back to the chat tab: here Virtuoso rendered no rows at all when reloaded in a background tab.
  await chat.bringToFront();
  await chat.reload();
  await expect(chat.getByTestId('shopreply.status')).toHaveText('Reading chat', { timeout: 10_000 });
  await kitBuyerSays(chat, 't-202', 'Where is my order? Tracking please');
  await expect(chat.getByTestId('shopreply.buyer-message')).toContainText('Where is my order? Tracking please', { timeout: 15_000 });
  const first = suggestions(chat).first().getByTestId('shopreply.suggestion-text');
  const text = (await first.textContent())!;
  await first.click();
  // In Lexical's own state: Enter sends exactly that text.
  await expect(chat.locator('[data-lexical-editor="true"]')).toHaveText(text);
  await chat.locator('[data-lexical-editor="true"]').press('Enter');
  await expectSent(chat, 1, text);
  await expect(kitState(chat)).toHaveAttribute('data-last-sent-conversation', 't-202');
});
