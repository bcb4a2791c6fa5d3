// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposer, findSendButton, tiktokShopProfile as profile } from '../../../lib/sites';
import { editableText } from '../../../lib/sites/composer';
import { foldText, sameText } from '../../../lib/text/fold';
import { loadCapture } from './captures';

describe('findComposer', () => {
  it('finds the React textarea of the demo chat', () => {
    const found = findComposer(loadCapture('default'), profile);
    expect(found?.kind).toBe('textarea');
    expect(found?.el.getAttribute('placeholder')).toBe('Send a message');
    expect(found?.el.getAttribute('maxlength')).toBe('2000');
  });

  it('finds the contenteditable composer', () => {
    const found = findComposer(loadCapture('contenteditable'), profile);
    expect(found?.kind).toBe('contenteditable');
    expect(found?.el.getAttribute('contenteditable')).toBe('true');
  });

  it('finds a textarea through a fallback selector', () => {
    const found = findComposer(loadCapture('fallback-only'), profile);
    expect(found?.kind).toBe('textarea');
    expect(found?.el.getAttribute('placeholder')).toBe('Nachricht senden');
  });

  it('finds nothing on a redesigned page', () => {
    expect(findComposer(loadCapture('redesigned'), profile)).toBeNull();
    expect(findSendButton(loadCapture('redesigned'), profile)).toBeNull();
  });

  it('finds the send button, disabled while the composer is empty', () => {
    const button = findSendButton(loadCapture('default'), profile);
    expect(button?.id).toBe('chat-input-send-button');
    expect(button?.hasAttribute('disabled')).toBe(true);
    expect(findSendButton(loadCapture('fallback-only'), profile)?.className).toBe('im-send-button');
  });
});

describe('editableText: what a rich editor shows', () => {
  const editor = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild!;
  };
  // Each editor's DOM for "Hello\nSize M is fine", as it renders it.
  const TWO_LINES = 'Hello\nSize M is fine';
  const shapes: Record<string, string> = {
    lexical: '<div contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Hello</span></p><p dir="ltr"><span data-lexical-text="true">Size M is fine</span></p></div>',
    prosemirror: '<div contenteditable="true" class="ProseMirror"><p>Hello</p><p>Size M is fine<br class="ProseMirror-trailingBreak"></p></div>',
    slate: '<div contenteditable="true" data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hello</span></span></span></div><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Size M is fine</span></span></span></div></div>',
    quill: '<div class="ql-editor" contenteditable="true" data-placeholder="Write…"><p>Hello</p><p>Size M is fine</p></div>',
    draft: '<div contenteditable="true" class="public-DraftEditor-content"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">Hello</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="b"><span data-text="true">Size M is fine</span></span></div></div></div></div>',
  };

  it.each(Object.entries(shapes))('reads two paragraphs of %s as two lines', (_, html) => {
    expect(editableText(editor(html))).toBe(TWO_LINES);
  });

  it('reads an empty editor as empty: the trailing <br>, a placeholder node and zero-width marks are not text', () => {
    const empties = [
      '<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>',
      '<div contenteditable="true" class="ProseMirror"><p><br class="ProseMirror-trailingBreak"></p></div>',
      '<div contenteditable="true" data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Type a message</span><span data-slate-zero-width="n">\ufeff<br></span></span></span></div></div>',
      '<div contenteditable="true" class="ProseMirror"><p><span class="placeholder" contenteditable="false">Send a message</span><br></p></div>',
    ];
    for (const html of empties) expect(foldText(editableText(editor(html)))).toBe('');
  });

  it('lets the auto-send echo check accept our text as an editor shows it, and refuse anything else', () => {
    for (const html of Object.values(shapes)) {
      expect(sameText(editableText(editor(html)), TWO_LINES)).toBe(true);
      expect(sameText(editableText(editor(html)), 'Hello')).toBe(false);
      expect(sameText(editableText(editor(html)), `${TWO_LINES} ok`)).toBe(false);
    }
    // The agent's key merged into our line is not our text.
    const typed = editor('<div contenteditable="true" data-lexical-editor="true"><p><span>Hello</span></p><p><span>Size M is fine!</span></p></div>');
    expect(sameText(editableText(typed), TWO_LINES)).toBe(false);
  });
});
