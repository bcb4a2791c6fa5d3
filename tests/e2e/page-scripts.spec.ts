import { expect, test } from './fixtures';
import { ALWAYS_OPEN, buyerSays, composer, configureShop, openChat, suggestions } from './chat-helpers';

test.beforeEach(async ({ context, extensionId }) => {
  await configureShop(context, extensionId, ALWAYS_OPEN);
});

/**
 * The chat page's own scripts run next to the overlay. Their events are synthetic (`isTrusted`
 * false): they must not insert a suggestion, switch auto-send on, or dismiss. (The demo build keeps
 * the overlay's shadow root open so that this test can reach it as a page script would; the store
 * build closes it.)
 */
test('a page script’s Alt+1 and clicks on the overlay do nothing; the agent’s own do', async ({ context, demoUrl }) => {
  const page = await openChat(context, demoUrl, 'conversation=c-7301');
  await buyerSays(page, 'c-7301', 'how do I return this? I want a refund');
  // The chat opened with suggestions for its unanswered message: wait for this message's.
  await expect(page.getByTestId('shopreply.buyer-message')).toContainText('I want a refund');
  await expect(suggestions(page).first()).toBeVisible();
  const first = (await suggestions(page).first().getByTestId('shopreply.suggestion-text').textContent())!;
  const shown = await suggestions(page).count();

  await composer(page).focus();
  await page.evaluate(() => {
    const press = (code: string) => {
      for (const target of [document.activeElement ?? document.body, document]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: code.slice(-1), code, altKey: true, bubbles: true, cancelable: true, composed: true }));
      }
    };
    press('Digit1');
    const root = document.querySelector('shopreply-overlay')!.shadowRoot!;
    root.querySelector<HTMLElement>('.sr-accept')!.click();
    root.querySelector<HTMLElement>('[data-testid="shopreply.autosend"]')!.click();
    root.querySelector<HTMLElement>('[data-testid="shopreply.dismiss"]')!.click();
    press('Digit0');
  });
  await page.waitForTimeout(500);
  await expect(composer(page)).toHaveValue('');
  await expect(page.getByTestId('shopreply.autosend')).not.toBeChecked();
  await expect(suggestions(page)).toHaveCount(shown); // not dismissed

  // The same key from the agent's keyboard works.
  await composer(page).click();
  await page.keyboard.press('Alt+1');
  await expect(composer(page)).toHaveValue(first);
});
