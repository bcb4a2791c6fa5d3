import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { createSiteProfiles } from '../../../entrypoints/background/site-profiles';
import { fakeBrowser } from './fake-browser';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';
import { tiktokShopProfileFile } from '../../../lib/sites';

const MANIFEST_HOSTS = [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES];

const fakePlatform = (grantedHosts: string[]) => fakeBrowser(MANIFEST_HOSTS, grantedHosts);

const profile = (id: string, matches: string[]) => ({ ...tiktokShopProfileFile, id, name: id, matches });

let db: ShopReplyDB;
afterEach(async () => {
  await db?.delete();
});

describe('site profiles in the worker', () => {
  it('stores a checked profile and registers the content script for its granted pages only', async () => {
    db = new ShopReplyDB('worker-profiles-1');
    const fake = fakePlatform(['https://chat.example.com/*']);
    const profiles = createSiteProfiles(db, fake.platform);
    expect(await profiles.save(profile('helpdesk', ['https://chat.example.com/inbox/*', 'https://help.example.org/*']), 'helpdesk.json', 1)).toEqual({
      id: 'helpdesk',
      created: true,
    });
    // A loopback page is the manifest's own content script's already: no second registration.
    await profiles.save(profile('demo-v2', ['http://127.0.0.1/redesign/*']), undefined, 2);
    expect(Object.fromEntries(fake.scripts)).toEqual({
      'someone-else': { matches: ['https://x.example/*'], js: ['x.js'] },
      'shopreply-profile:helpdesk': { matches: ['https://chat.example.com/inbox/*'], js: ['content-scripts/chat.js'] },
    });
    // Granted later (the "ask again" button): a re-sync registers the rest.
    fake.granted.add('https://help.example.org/*');
    await profiles.sync();
    expect(fake.scripts.get('shopreply-profile:helpdesk')?.matches).toEqual(['https://chat.example.com/inbox/*', 'https://help.example.org/*']);
    expect((await profiles.forPage('http://127.0.0.1:5555/redesign/chat')).map((p) => p.id)).toEqual(['demo-v2']);
    // A restarted worker re-syncs from the table, leaving a registration that is right alone.
    const before = fake.registrations.length;
    await createSiteProfiles(db, fake.platform).sync();
    expect(fake.registrations.length).toBe(before);
    expect(fake.scripts.get('shopreply-profile:helpdesk')?.matches).toEqual(['https://chat.example.com/inbox/*', 'https://help.example.org/*']);
    expect((await profiles.list()).map((p) => p.profile.id)).toEqual(['demo-v2', 'helpdesk']);
  });

  it('refuses a bad profile whole, storing and registering nothing', async () => {
    db = new ShopReplyDB('worker-profiles-2');
    const fake = fakePlatform(['https://chat.example.com/*']);
    const profiles = createSiteProfiles(db, fake.platform);
    const bad = { ...profile('helpdesk', ['<all_urls>']), selectors: { ...tiktokShopProfileFile.selectors, chatBubble: ['.x'] } };
    await expect(profiles.save(bad, 'bad.json', 1)).rejects.toThrow(/site profile refused: .*(matches\.0|selectors)/);
    await expect(profiles.save(profile('helpdesk', ['<all_urls>']), 'bad.json', 1)).rejects.toThrow('site profile refused: matches.0: is not an allowed match pattern (all-sites)');
    expect(await profiles.list()).toEqual([]);
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
  });

  it('remove unregisters and gives back the hosts no other profile needs', async () => {
    db = new ShopReplyDB('worker-profiles-3');
    const fake = fakePlatform(['https://chat.example.com/*', 'https://help.example.org/*']);
    const profiles = createSiteProfiles(db, fake.platform);
    await profiles.save(profile('helpdesk', ['https://chat.example.com/inbox/*', 'https://help.example.org/*']), undefined, 1);
    await profiles.save(profile('archive', ['https://chat.example.com/archive/*']), undefined, 2);
    expect(await profiles.remove('helpdesk')).toEqual({ removed: true, released: ['https://help.example.org/*'] });
    expect(fake.released).toEqual([['https://help.example.org/*']]);
    expect(fake.scripts.has('shopreply-profile:helpdesk')).toBe(false);
    expect(fake.scripts.get('shopreply-profile:archive')?.matches).toEqual(['https://chat.example.com/archive/*']);
    expect(await profiles.remove('helpdesk')).toEqual({ removed: false, released: [] });
  });

  it('remove keeps the access of a host that is being taught', async () => {
    db = new ShopReplyDB('worker-profiles-4');
    const fake = fakePlatform(['https://help.example.org/*']);
    fake.scripts.set('shopreply-teach:https://help.example.org', { matches: ['https://help.example.org/*'], js: ['content-scripts/chat.js'] });
    const profiles = createSiteProfiles(db, fake.platform);
    await profiles.save(profile('helpdesk', ['https://help.example.org/inbox/*']), undefined, 1);
    expect(await profiles.remove('helpdesk')).toEqual({ removed: true, released: [] });
    expect(fake.released).toEqual([]);
    expect(fake.granted.has('https://help.example.org/*')).toBe(true);
  });
});
