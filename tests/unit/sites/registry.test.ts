// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matchesPattern, profileForUrl } from '../../../lib/sites';
import { SELLER_CHAT_HOSTS } from '../../../lib/sites/hosts';

describe('profileForUrl', () => {
  it('gives the TikTok Shop profile on every seller chat host', () => {
    for (const host of SELLER_CHAT_HOSTS) {
      expect(profileForUrl(`https://${host}/chat/inbox/current?shop_region=US`)?.id, host).toBe('tiktok-shop');
    }
  });

  it('gives it on the demo chat on loopback, any port', () => {
    expect(profileForUrl('http://127.0.0.1:5555/')?.id).toBe('tiktok-shop');
    expect(profileForUrl('http://127.0.0.1:41234/?composer=contenteditable')?.id).toBe('tiktok-shop');
  });

  it('gives nothing elsewhere', () => {
    expect(profileForUrl('https://seller-us.tiktok.com/order/list')).toBeNull();
    expect(profileForUrl('http://seller-us.tiktok.com/chat/inbox/current')).toBeNull();
    expect(profileForUrl('https://evil.example/seller-us.tiktok.com/chat/inbox/')).toBeNull();
    expect(profileForUrl('https://seller-us.tiktok.com.evil.example/chat/inbox/current')).toBeNull();
    expect(profileForUrl('http://localhost:5555/')).toBeNull();
    expect(profileForUrl('not a url')).toBeNull();
  });
});

describe('matchesPattern', () => {
  it('handles wildcard hosts, schemes and ports as Chrome does', () => {
    expect(matchesPattern('https://a.b.example/x', 'https://*.example/*')).toBe(true);
    expect(matchesPattern('https://example/x', 'https://*.example/*')).toBe(true);
    expect(matchesPattern('http://x.test/', '*://x.test/*')).toBe(true);
    expect(matchesPattern('ftp://x.test/', '*://x.test/*')).toBe(false);
    expect(matchesPattern('http://x.test:8080/', 'http://x.test:9090/*')).toBe(false);
    expect(matchesPattern('https://x.test/a.b', 'https://x.test/a.b')).toBe(true);
    expect(matchesPattern('https://x.test/aXb', 'https://x.test/a.b')).toBe(false);
  });
});
