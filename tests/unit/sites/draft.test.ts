import { describe, expect, it } from 'vitest';
import { draftFromHash, draftHash } from '../../../lib/sites/draft';

describe('the draft hand-off in the options page hash', () => {
  it('gives back the JSON it was given, Chinese included, with a URL-safe hash', () => {
    const json = JSON.stringify({ id: 'shop-chat', name: '客服聊天 ✓', selectors: { messageCard: ['li[data-x="a/b+c"]'] } });
    const hash = draftHash(json);
    expect(hash).toMatch(/^#site-profile-draft=[A-Za-z0-9_-]+$/);
    expect(draftFromHash(hash)).toEqual({ ok: true, text: json });
  });

  it('no draft, a broken one, and bytes that are not UTF-8', () => {
    expect(draftFromHash('')).toBeNull();
    expect(draftFromHash('#other=1')).toBeNull();
    expect(draftFromHash('#site-profile-draft=a b')).toEqual({ ok: false, error: 'not-base64url' });
    expect(draftFromHash('#site-profile-draft=_w')).toEqual({ ok: false, error: 'not-utf8' });
  });
});
