import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { createSiteProfiles } from '../../../entrypoints/background/site-profiles';
import { fakeBrowser } from './fake-browser';
import { createTeachHosts } from '../../../entrypoints/background/teach-hosts';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { createLibraryCache } from '../../../entrypoints/background/library-cache';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';
import { tiktokShopProfileFile } from '../../../lib/sites';

/** "Teach a new page" in the worker, against a fake browser (./fake-browser.ts). */

const STORE = SELLER_CHAT_MATCHES;
let db: ShopReplyDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('hosts registered for teaching', () => {
  it('registers the content script once per granted origin, opens the page, and a restarted worker still lists it', async () => {
    const fake = fakeBrowser(STORE, ['https://chat.example.com/*']);
    const teach = createTeachHosts(fake.platform, async () => [], fake.openTab);
    expect(await teach.start('chat.example.com/inbox?ticket=7')).toEqual({ id: 'shopreply-teach:https://chat.example.com', url: 'https://chat.example.com/inbox?ticket=7', registered: true });
    // A second page of the same host: the same registration, no duplicate.
    await teach.start('https://chat.example.com:8443/other');
    expect(Object.fromEntries(fake.scripts)).toEqual({
      'someone-else': { matches: ['https://x.example/*'], js: ['x.js'] },
      'shopreply-teach:https://chat.example.com': { matches: ['https://chat.example.com/*'], js: ['content-scripts/chat.js'] },
    });
    expect(fake.opened).toEqual(['https://chat.example.com/inbox?ticket=7', 'https://chat.example.com:8443/other']);
    const restarted = createTeachHosts(fake.platform, async () => [], fake.openTab);
    expect(await restarted.list()).toEqual([{ id: 'shopreply-teach:https://chat.example.com', pattern: 'https://chat.example.com/*' }]);
  });

  it('refuses a host the person has not granted, and an address the spec does not allow, registering nothing', async () => {
    const fake = fakeBrowser(STORE, []);
    const teach = createTeachHosts(fake.platform, async () => [], fake.openTab);
    await expect(teach.start('https://chat.example.com/')).rejects.toThrow('no access to https://chat.example.com/*');
    await expect(teach.start('http://chat.example.com/')).rejects.toThrow('teach-address-http');
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
    expect(fake.opened).toEqual([]);
  });

  it('on a host the manifest’s own content script covers (the demo’s loopback), it only opens the page', async () => {
    const fake = fakeBrowser([...STORE, ...DEMO_MATCHES], []);
    const teach = createTeachHosts(fake.platform, async () => [], fake.openTab);
    expect(await teach.start('http://127.0.0.1:5555/kits/chatscope/?c=cs-1001')).toMatchObject({ registered: false });
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
    expect(await teach.list()).toEqual([]);
    expect(fake.opened).toEqual(['http://127.0.0.1:5555/kits/chatscope/?c=cs-1001']);
  });

  it('cancel unregisters and gives the host back, unless a stored profile needs it', async () => {
    const fake = fakeBrowser(STORE, ['https://chat.example.com/*', 'https://help.example.org/*']);
    let profiles: string[][] = [['https://help.example.org/tickets/*']];
    const teach = createTeachHosts(fake.platform, async () => profiles, fake.openTab);
    const chat = await teach.start('https://chat.example.com/');
    const help = await teach.start('https://help.example.org/other');
    expect(await teach.cancel(chat.id)).toEqual({ released: ['https://chat.example.com/*'] });
    expect(await teach.cancel(help.id)).toEqual({ released: [] });
    expect(fake.released).toEqual([['https://chat.example.com/*']]);
    expect(fake.granted.has('https://help.example.org/*')).toBe(true);
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
    // Cancelled twice (two editor tabs): nothing more happens.
    expect(await teach.cancel(chat.id)).toEqual({ released: [] });
    profiles = [];
  });

  it('saving a profile for the host ends its teaching registration; the profile’s own takes over and the host stays granted', async () => {
    db = new ShopReplyDB('worker-teach-hosts');
    const fake = fakeBrowser(STORE, ['https://chat.example.com/*', 'https://help.example.org/*']);
    const profiles = createSiteProfiles(db, fake.platform);
    const teach = createTeachHosts(fake.platform, async () => (await profiles.list()).map((p) => p.profile.matches), fake.openTab);
    await teach.start('https://chat.example.com/inbox');
    await teach.start('https://help.example.org/');
    const taught = { ...tiktokShopProfileFile, id: 'chat-example-com', name: 'Chat', matches: ['https://chat.example.com/inbox/*'] };
    await profiles.save(taught, undefined, 1);
    expect(await teach.profileSaved(taught.matches)).toEqual(['shopreply-teach:https://chat.example.com']);
    expect(Object.fromEntries([...fake.scripts].map(([id, s]) => [id, s.matches]))).toEqual({
      'someone-else': ['https://x.example/*'],
      'shopreply-teach:https://help.example.org': ['https://help.example.org/*'],
      'shopreply-profile:chat-example-com': ['https://chat.example.com/inbox/*'],
    });
    expect(fake.released).toEqual([]);
    // The profile's re-sync leaves the teaching registrations alone (another prefix).
    await profiles.sync();
    expect(fake.scripts.has('shopreply-teach:https://help.example.org')).toBe(true);
  });

  it('through the worker’s messages: start, list, and Apply of a profile for the host (save-site-profile) ends the teaching', async () => {
    db = new ShopReplyDB('worker-teach-hosts-handlers');
    const fake = fakeBrowser(STORE, ['https://chat.example.com/*']);
    const profiles = createSiteProfiles(db, fake.platform);
    const teach = createTeachHosts(fake.platform, async () => (await profiles.list()).map((p) => p.profile.matches), fake.openTab);
    const handlers = createHandlers(db, createLibraryCache(db), profiles, teach);
    expect(await handlers.handle({ type: 'teach-host-start', address: 'https://chat.example.com/inbox' })).toMatchObject({ registered: true });
    expect(await handlers.handle({ type: 'teach-hosts' })).toEqual({ hosts: [{ id: 'shopreply-teach:https://chat.example.com', pattern: 'https://chat.example.com/*' }] });
    const taught = { ...tiktokShopProfileFile, id: 'chat-example-com', name: 'Chat', matches: ['https://chat.example.com/inbox/*'] };
    expect(await handlers.handle({ type: 'save-site-profile', profile: taught })).toEqual({ id: 'chat-example-com', created: true });
    expect(await handlers.handle({ type: 'teach-hosts' })).toEqual({ hosts: [] });
    expect(fake.scripts.get('shopreply-profile:chat-example-com')?.matches).toEqual(['https://chat.example.com/inbox/*']);
  });
});
