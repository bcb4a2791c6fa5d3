// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { checkProfile, tiktokShopProfile as profile } from '../../../lib/sites';
import { DEMO_CAPTURES, loadCapture } from './captures';

describe('checkProfile', () => {
  it.each(DEMO_CAPTURES)('finds every required role of the demo chat with primary selectors (%s)', (name) => {
    const check = checkProfile(loadCapture(name), profile);
    expect(check.ok).toBe(true);
    expect(check.missingRequired).toEqual([]);
    for (const role of ['conversationCard', 'messageList', 'messageCard', 'sendButton', 'headerBuyerName', 'orderId'] as const) {
      expect(check.selectorIndex[role], role).toBe(0);
    }
  });

  it('reports the textarea or the contenteditable composer, whichever the page has', () => {
    expect(checkProfile(loadCapture('default'), profile).found).toContain('composerTextarea');
    const editable = checkProfile(loadCapture('contenteditable'), profile);
    expect(editable.found).toContain('composerEditable');
    expect(editable.missing).toContain('composerTextarea');
    expect(editable.ok).toBe(true);
  });

  it('reports every required role missing on a redesigned page', () => {
    const check = checkProfile(loadCapture('redesigned'), profile);
    expect(check.ok).toBe(false);
    expect(check.missingRequired).toEqual(['conversationCard', 'messageList', 'messageCard', 'composer', 'sendButton']);
    expect(check.found).toEqual([]);
  });

  it('reports the missing message list when no conversation is open', () => {
    const check = checkProfile(loadCapture('no-conversation'), profile);
    expect(check.found).toContain('conversationCard');
    expect(check.missingRequired).toEqual(['messageList', 'messageCard', 'composer', 'sendButton']);
  });

  it('resolves every role of the fallback-only page through a fallback selector', () => {
    const check = checkProfile(loadCapture('fallback-only'), profile);
    expect(check.ok).toBe(true);
    const used = Object.entries(check.selectorIndex);
    expect(used.length).toBeGreaterThan(10);
    for (const [role, index] of used) expect(index, role).toBeGreaterThan(0);
    expect(check.missing).toEqual(['composerEditable']);
  });
});
