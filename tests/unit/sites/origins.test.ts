import { describe, expect, it } from 'vitest';
import { originOf, originsToRelease, originsToRequest, patternCovers, patternsToRegister, profileScriptId, wantedRegistrations } from '../../../lib/sites/origins';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';

const STORE_HOSTS = SELLER_CHAT_MATCHES;
const DEMO_HOSTS = [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES];

describe('which hosts a site profile needs', () => {
  it('covers a narrower pattern by a broader one, and not the other way round', () => {
    expect(patternCovers('https://chat.example.com/*', 'https://chat.example.com/inbox/*')).toBe(true);
    expect(patternCovers('https://chat.example.com/inbox/*', 'https://chat.example.com/*')).toBe(false);
    expect(patternCovers('https://*.example.com/*', 'https://chat.example.com/a')).toBe(true);
    expect(patternCovers('https://*.example.com/*', 'https://*.chat.example.com/*')).toBe(true);
    expect(patternCovers('https://*.example.com/*', 'https://example.org/*')).toBe(false);
    expect(patternCovers('http://127.0.0.1/*', 'http://127.0.0.1:5555/chat/*')).toBe(true);
    expect(patternCovers('http://127.0.0.1/*', 'https://127.0.0.1/*')).toBe(false);
    expect(patternCovers('*://127.0.0.1/*', 'http://127.0.0.1/x')).toBe(true);
    expect(patternCovers('<all_urls>', 'https://a.example/*')).toBe(true);
  });

  it('asks only for origins the manifest does not grant, one per host', () => {
    expect(originOf('https://chat.example.com/inbox/*')).toBe('https://chat.example.com/*');
    expect(originOf('http://localhost:3000/app/*')).toBe('http://localhost/*');
    expect(originsToRequest(['https://chat.example.com/inbox/*', 'https://chat.example.com/archive/*', 'https://help.example.org/*'], STORE_HOSTS)).toEqual([
      'https://chat.example.com/*',
      'https://help.example.org/*',
    ]);
    // The demo build grants loopback, the store build does not.
    expect(originsToRequest(['http://127.0.0.1/redesign/*'], DEMO_HOSTS)).toEqual([]);
    expect(originsToRequest(['http://127.0.0.1/redesign/*'], STORE_HOSTS)).toEqual(['http://127.0.0.1/*']);
    // A seller chat page the manifest reaches needs nothing more; another path on its host does.
    expect(originsToRequest(['https://seller-us.tiktok.com/chat/inbox/current*'], STORE_HOSTS)).toEqual([]);
    expect(originsToRequest(['https://seller-us.tiktok.com/*'], STORE_HOSTS)).toEqual(['https://seller-us.tiktok.com/*']);
  });

  it('gives back only what no remaining profile and not the manifest needs', () => {
    const removed = ['https://chat.example.com/inbox/*', 'https://help.example.org/*', 'https://seller-us.tiktok.com/chat/inbox/*'];
    const remaining = [['https://chat.example.com/other/*']];
    expect(originsToRelease(removed, remaining, STORE_HOSTS)).toEqual(['https://help.example.org/*']);
    expect(originsToRelease(removed, [], STORE_HOSTS)).toEqual(['https://chat.example.com/*', 'https://help.example.org/*']);
  });

  it('registers the content script only where the manifest does not run it and the host is granted', () => {
    const manifestContent = DEMO_HOSTS;
    expect(patternsToRegister(['http://127.0.0.1/redesign/*', 'https://chat.example.com/*'], manifestContent)).toEqual(['https://chat.example.com/*']);
    const profiles = [
      { id: 'demo-v2', matches: ['http://127.0.0.1/redesign/*'] },
      { id: 'helpdesk', matches: ['https://chat.example.com/inbox/*', 'https://help.example.org/*'] },
      { id: 'not-granted', matches: ['https://nope.example.net/*'] },
    ];
    const granted = (o: string) => o === 'https://chat.example.com/*';
    expect(wantedRegistrations(profiles, manifestContent, granted)).toEqual([{ id: profileScriptId('helpdesk'), matches: ['https://chat.example.com/inbox/*'] }]);
  });
});
