import { afterEach, describe, expect, it } from 'vitest';
import { profileOfPage } from '../../../entrypoints/chat.content/profile';
import { checkProfile, tiktokShopProfileFile } from '../../../lib/sites';

/** The worker as the content script reaches it: `browser.runtime.sendMessage`. */
function worker(answer: (message: { type: string; url: string }) => Promise<unknown>) {
  const asked: unknown[] = [];
  (globalThis as { browser?: unknown }).browser = {
    runtime: {
      sendMessage: (message: { type: string; url: string }) => {
        asked.push(message);
        return answer(message);
      },
    },
  };
  return asked;
}
afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const SELLER = 'https://seller-us.tiktok.com/chat/inbox/current';
const fixed = { ...tiktokShopProfileFile, id: 'tiktok-fixed', name: 'TikTok fixed', matches: ['https://seller-us.tiktok.com/chat/*'], selectors: { ...tiktokShopProfileFile.selectors, messageCard: ['.new-card'] } };

describe('the profile a chat page reads with', () => {
  it('an imported profile for the page overrides the built-in one', async () => {
    const asked = worker(async () => ({ profiles: [fixed] }));
    const profile = await profileOfPage(SELLER, 200);
    expect(asked).toEqual([{ type: 'site-profiles-for-page', url: SELLER }]);
    expect([profile.id, profile.origin, profile.selectors.messageCard]).toEqual(['tiktok-fixed', 'imported', ['.new-card']]);
  });

  it('the built-in one when the worker answers nothing in time, refuses, or answers a profile that does not parse', async () => {
    worker(() => new Promise(() => undefined));
    expect((await profileOfPage(SELLER, 50)).id).toBe('tiktok-shop');
    worker(async () => ({ error: 'starting', code: 'failed' }));
    expect((await profileOfPage(SELLER, 200)).id).toBe('tiktok-shop');
    worker(async () => ({ profiles: [{ ...fixed, matches: ['<all_urls>'] }] }));
    expect((await profileOfPage(SELLER, 200)).id).toBe('tiktok-shop');
  });

  it('on a page no profile matches, one that finds nothing, so the badge names the missing roles', async () => {
    worker(async () => ({ profiles: [] }));
    const profile = await profileOfPage('https://chat.example.com/inbox', 200);
    expect(profile.id).toBe('unknown');
    const empty = { querySelector: () => null, querySelectorAll: () => [] } as unknown as ParentNode;
    expect(checkProfile(empty, profile).missingRequired).toEqual(['messageCard', 'composer', 'sendButton']);
  });
});
