// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposer, findSendButton, tiktokShopProfile as profile } from '../../../lib/sites';
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
