import { describe, expect, it } from 'vitest';
import { WORKER_CONTRACTS } from '../../../lib/messages/contract';
import { createAsk } from '../../../lib/messages/ask';
import { receiveRequest, type MessageSender } from '../../../lib/messages/receive';
import { tiktokShopProfileFile } from '../../../lib/sites';

const self = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid' };
const contentScript: MessageSender = { id: self.id, url: 'https://chat.example.com/inbox/1', tab: { id: 7 } };
const options: MessageSender = { id: self.id, url: `${self.origin}/options.html`, tab: { id: 8 } };

const helpdesk = { ...tiktokShopProfileFile, id: 'example-helpdesk', matches: ['https://chat.example.com/inbox/*'] };

describe('site-profile messages', () => {
  it('a chat page may not add, change or remove a profile, nor list them all', () => {
    for (const request of [
      { type: 'save-site-profile', profile: helpdesk },
      { type: 'remove-site-profile', id: 'tiktok-shop' },
      { type: 'site-profiles' },
    ]) {
      expect(receiveRequest(request, contentScript, self)).toMatchObject({ ok: false, code: 'refused' });
      expect(receiveRequest(request, options, self)).toMatchObject({ ok: true });
    }
  });

  it('a chat page asks for its own profiles; our pages have no reason to', () => {
    const ask = { type: 'site-profiles-for-page', url: contentScript.url };
    expect(receiveRequest(ask, contentScript, self)).toMatchObject({ ok: true });
    expect(receiveRequest(ask, options, self)).toMatchObject({ ok: false, code: 'refused' });
  });

  it('the content script parses the profiles it is given: a bad one makes the reply unusable, not half-read', async () => {
    const good = createAsk(async () => ({ profiles: [helpdesk] }));
    expect((await good({ type: 'site-profiles-for-page', url: 'https://chat.example.com/inbox/1' })).profiles[0].id).toBe('example-helpdesk');
    const bad = createAsk(async () => ({ profiles: [{ ...helpdesk, selectors: { ...helpdesk.selectors, chatBubble: ['.x'] } }] }));
    await expect(bad({ type: 'site-profiles-for-page', url: 'https://chat.example.com/inbox/1' })).rejects.toMatchObject({ code: 'bad-reply' });
    const allSites = createAsk(async () => ({ profiles: [{ ...helpdesk, matches: ['<all_urls>'] }] }));
    await expect(allSites({ type: 'site-profiles-for-page', url: 'https://chat.example.com/inbox/1' })).rejects.toMatchObject({ code: 'bad-reply' });
  });

  it('the list answers each profile with when it was imported', () => {
    expect(WORKER_CONTRACTS['site-profiles'].response.safeParse({ profiles: [{ profile: helpdesk, importedAt: 5, source: 'helpdesk.json' }] }).success).toBe(true);
    expect(WORKER_CONTRACTS['site-profiles'].response.safeParse({ profiles: [{ profile: { id: 'x' }, importedAt: 5 }] }).success).toBe(false);
  });
});
