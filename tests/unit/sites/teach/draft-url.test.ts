import { describe, expect, it, vi } from 'vitest';
import { decodeDraft, draftHash, draftOfHash, encodeDraft } from '../../../../lib/sites/teach';
import { receiveRequest } from '../../../../lib/messages/receive';
import { draftEditorUrl, injectTeachUi, openSiteProfileDraft } from '../../../../entrypoints/background/site-profile-draft';
import { tiktokShopProfileFile } from '../../../../lib/sites';

const self = { id: 'ext', origin: 'chrome-extension://ext' };
const contentScript = { id: 'ext', url: 'https://chat.example.com/inbox/1', tab: { id: 3 } };

describe('the draft hand-off to the editor (#site-profile-draft=<base64url JSON>)', () => {
  it('round-trips a profile with Chinese and emoji text, in URL-safe characters only', () => {
    const profile = { ...tiktokShopProfileFile, name: '抖店客服 💬', valueLabels: ['订单号'] };
    const encoded = encodeDraft(profile);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDraft(encoded)).toEqual({ ok: true, value: profile });
    expect(draftOfHash(draftHash(profile))).toEqual({ ok: true, value: profile });
    expect(draftOfHash(`#tab=profiles&site-profile-draft=${encoded}`)).toEqual({ ok: true, value: profile });
    expect(draftOfHash('#tab=profiles')).toBeNull();
  });

  it('says why a hash holds no draft: not base64url, not UTF-8, not JSON', () => {
    expect(decodeDraft('ab+/')).toEqual({ ok: false, code: 'draft-not-base64url' });
    expect(decodeDraft('_w')).toEqual({ ok: false, code: 'draft-not-utf8' }); // 0xff
    expect(decodeDraft(btoa('{"format":').replace(/=+$/, ''))).toEqual({ ok: false, code: 'draft-not-json' });
  });

  it('the worker opens the options page with the draft in its hash, in a new tab', async () => {
    const opened = vi.fn(async (_url: string) => undefined);
    const profile = { format: 'shopreply.site-profile', formatVersion: 1, id: 'chat-example-com', selectors: { messageCard: ['.msg'] } };
    await expect(openSiteProfileDraft(profile, opened, 'chrome-extension://ext/options.html')).resolves.toEqual({ ok: true });
    const url = opened.mock.calls[0][0];
    expect(url).toBe(draftEditorUrl('chrome-extension://ext/options.html', profile));
    expect(url.startsWith('chrome-extension://ext/options.html#site-profile-draft=')).toBe(true);
    expect(draftOfHash(new URL(url).hash)).toEqual({ ok: true, value: profile });
  });

  it('a content script may send it; the worker takes only something that says it is a profile, of a URL\'s size', () => {
    const ok = receiveRequest({ type: 'open-site-profile-draft', profile: { format: 'shopreply.site-profile' } }, contentScript, self);
    expect(ok.ok).toBe(true);
    const pack = receiveRequest({ type: 'open-site-profile-draft', profile: { format: 'shopreply.pack' } }, contentScript, self);
    expect(pack).toMatchObject({ ok: false, code: 'malformed' });
    const huge = receiveRequest({ type: 'open-site-profile-draft', profile: { format: 'shopreply.site-profile', name: 'x'.repeat(100_001) } }, contentScript, self);
    expect(huge).toMatchObject({ ok: false, code: 'malformed', error: expect.stringContaining('longer than 100000 characters') });
  });
});

describe('loading the teaching interface', () => {
  it('injects our own chunk into the frame that asked, and refuses a sender without a tab', async () => {
    const inject = vi.fn(async () => undefined);
    await expect(injectTeachUi({ tabId: 7, frameId: 2 }, inject)).resolves.toEqual({ ok: true });
    expect(inject).toHaveBeenCalledWith(7, 2, '/teach-ui.js');
    await expect(injectTeachUi({}, inject)).rejects.toThrow(/sender's tab/);
    // Only our content script may ask for it: an extension page has no chat to teach.
    expect(receiveRequest({ type: 'load-teach-ui' }, { id: 'ext', url: 'chrome-extension://ext/popup.html' }, self)).toMatchObject({ ok: false, code: 'refused' });
  });
});
