/**
 * Puts text into the chat composer so that the page's own React state sees it (its counter and
 * send button follow). Setting `.value` or `textContent` alone is silently undone by React.
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
  composer.focus();
  // An editor that never had a selection drops the first insertText until focus has settled.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const selection = composer.ownerDocument.getSelection();
  if (selection) {
    const range = composer.ownerDocument.createRange();
    range.selectNodeContents(composer);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (text.includes('\n')) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const handled = !composer.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    if (handled) return;
  }
  composer.ownerDocument.execCommand('insertText', false, text);
}

export function composerText(composer: HTMLElement): string {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement
    ? composer.value
    : (composer.innerText ?? composer.textContent ?? '');
}
