import { describe, expect, it } from 'vitest';
import {
  patternOfTeachScript,
  profileCoversTeachHost,
  teachHostOf,
  teachNeedsRegistration,
  teachOriginsToRelease,
  teachOriginsToRequest,
} from '../../../lib/sites/teach-host';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';

const STORE_HOSTS = SELLER_CHAT_MATCHES;
const DEMO_HOSTS = [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES];

const host = (address: string) => {
  const parsed = teachHostOf(address);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.value;
};

describe('the host of a page to teach, from the address the supervisor typed', () => {
  it('every page of its host, any port, https; http only on loopback', () => {
    expect(teachHostOf('https://chat.example.com/inbox?ticket=1')).toEqual({
      ok: true,
      value: { url: 'https://chat.example.com/inbox?ticket=1', pattern: 'https://chat.example.com/*', id: 'shopreply-teach:https://chat.example.com' },
    });
    // As people type it: no scheme means https; a port is dropped from the pattern (it matches any port).
    expect(host(' Chat.Example.com/inbox ')).toMatchObject({ url: 'https://chat.example.com/inbox', pattern: 'https://chat.example.com/*' });
    expect(host('https://chat.example.com:8443/x').pattern).toBe('https://chat.example.com/*');
    expect(host('http://127.0.0.1:5555/kits/chatscope/?c=cs-1001')).toMatchObject({ pattern: 'http://127.0.0.1/*', url: 'http://127.0.0.1:5555/kits/chatscope/?c=cs-1001' });
    expect(host('http://localhost:3000/').pattern).toBe('http://localhost/*');
    expect(host('localhost:3000/chat').url).toBe('https://localhost:3000/chat');
  });

  it('refuses what the spec does not allow, with a code the editor words', () => {
    expect(teachHostOf('   ')).toEqual({ ok: false, code: 'teach-address-empty' });
    expect(teachHostOf('http://chat.example.com/')).toEqual({ ok: false, code: 'teach-address-http' });
    expect(teachHostOf('ftp://chat.example.com/')).toEqual({ ok: false, code: 'teach-address-scheme' });
    expect(teachHostOf('file:///home/me/chat.html')).toEqual({ ok: false, code: 'teach-address-scheme' });
    expect(teachHostOf('chrome://extensions')).toEqual({ ok: false, code: 'teach-address-scheme' });
    expect(teachHostOf('https://exa mple.com/')).toEqual({ ok: false, code: 'teach-address-invalid' });
    expect(teachHostOf('https://')).toEqual({ ok: false, code: 'teach-address-invalid' });
  });

  it('the registration id names the host and reads back as its pattern', () => {
    const h = host('https://chat.example.com/inbox');
    expect(patternOfTeachScript(h.id)).toBe('https://chat.example.com/*');
    expect(patternOfTeachScript(host('http://127.0.0.1:5555/x').id)).toBe('http://127.0.0.1/*');
    expect(patternOfTeachScript('shopreply-profile:helpdesk')).toBeUndefined();
    expect(patternOfTeachScript('shopreply-teach:http://chat.example.com')).toBeUndefined();
  });
});

describe('what to ask for, register and give back', () => {
  it('asks for the host unless the manifest grants it', () => {
    expect(teachOriginsToRequest(host('https://chat.example.com/inbox'), STORE_HOSTS)).toEqual(['https://chat.example.com/*']);
    expect(teachOriginsToRequest(host('http://127.0.0.1:5555/kits/chatscope/'), DEMO_HOSTS)).toEqual([]);
    expect(teachOriginsToRequest(host('http://127.0.0.1:5555/kits/chatscope/'), STORE_HOSTS)).toEqual(['http://127.0.0.1/*']);
    // A seller chat host is granted, but only its chat folder has the manifest's content script.
    expect(teachOriginsToRequest(host('https://seller-us.tiktok.com/chat/inbox/current'), STORE_HOSTS)).toEqual(['https://seller-us.tiktok.com/*']);
  });

  it('registers only where the manifest’s own content script does not run', () => {
    expect(teachNeedsRegistration(host('https://chat.example.com/'), DEMO_HOSTS)).toBe(true);
    expect(teachNeedsRegistration(host('http://127.0.0.1:5555/kits/lexical/t/t-201'), DEMO_HOSTS)).toBe(false);
    expect(teachNeedsRegistration(host('http://127.0.0.1:5555/kits/lexical/t/t-201'), STORE_HOSTS)).toBe(true);
  });

  it('gives the host back on cancel unless a stored profile or the manifest needs it', () => {
    const h = host('https://chat.example.com/inbox');
    expect(teachOriginsToRelease(h, [], STORE_HOSTS)).toEqual(['https://chat.example.com/*']);
    expect(teachOriginsToRelease(h, [['https://chat.example.com/archive/*']], STORE_HOSTS)).toEqual([]);
    expect(teachOriginsToRelease(h, [['https://other.example.com/*']], STORE_HOSTS)).toEqual(['https://chat.example.com/*']);
    expect(teachOriginsToRelease(host('http://127.0.0.1/x'), [], DEMO_HOSTS)).toEqual([]);
  });

  it('a profile for the host is one with a page on the same scheme and host', () => {
    const h = host('https://chat.example.com/inbox');
    expect(profileCoversTeachHost(h, ['https://chat.example.com/inbox/*'])).toBe(true);
    expect(profileCoversTeachHost(h, ['https://chat.example.com:8443/*'])).toBe(true);
    expect(profileCoversTeachHost(h, ['https://help.example.com/*'])).toBe(false);
    expect(profileCoversTeachHost(h, ['https://*.example.com/*'])).toBe(true);
    expect(profileCoversTeachHost(h, ['http://chat.example.com/*'])).toBe(false);
  });
});
