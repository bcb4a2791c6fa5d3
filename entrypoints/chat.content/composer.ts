import { editableText } from '../../lib/sites/composer';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Puts text into the chat composer so that the page's own state sees it (its counter and send
 * button follow), replacing what the composer held. Setting `.value` or `textContent` alone is
 * silently undone by React and by rich editors (Lexical, ProseMirror, Slate, Quill, Draft.js):
 * they only take input they receive as events (see docs/reading.md).
 */
export async function insertIntoComposer(composer: HTMLElement, text: string): Promise<void> {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const proto = composer instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    setValue?.call(composer, text);
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    composer.focus();
    composer.setSelectionRange(text.length, text.length);
    return;
  }
  const doc = composer.ownerDocument;
  composer.focus();
  // An editor that never had a selection drops the first insertText until focus has settled.
  await settle();
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(composer);
    selection.removeAllRanges();
    selection.addRange(range);
    // Editors copy the page's selection into their own state on `selectionchange`, which
    // fires after this task: without the wait Lexical would insert at its old caret, not over
    // what is selected.
    await settle();
  }
  if (!text) {
    if (editableText(composer)) doc.execCommand('delete', false);
    return;
  }
  if (text.includes('\n')) {
    // Line breaks as a paste: editors turn pasted lines into their own paragraphs.
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const handled = !composer.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    if (handled) return;
  }
  doc.execCommand('insertText', false, text);
}

/** What the composer shows: a field's value, or an editor's text without its placeholder and trailing empty line. */
export function composerText(composer: HTMLElement): string {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : editableText(composer);
}

/**
 * Presses Enter in the composer, for pages that send with Enter (`send: "enter"`). Editors
 * decide on Enter in `keydown` (Lexical, ProseMirror, Slate, Quill, Draft.js, React's
 * onKeyDown), older widgets in `keypress`: all three are raised, as a key press does. A
 * synthetic key has no default action, so where the page does not send nothing is typed either.
 */
export function pressEnter(composer: HTMLElement): void {
  const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, charCode: 0, bubbles: true, cancelable: true, composed: true };
  const target = composer.ownerDocument.activeElement instanceof HTMLElement && composer.contains(composer.ownerDocument.activeElement) ? composer.ownerDocument.activeElement : composer;
  const down = target.dispatchEvent(new KeyboardEvent('keydown', init));
  // A page that took the keydown (preventDefault) has handled it; keypress follows only when it did not, as in a browser.
  if (down) target.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}
