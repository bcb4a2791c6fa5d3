import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { listSiteProfiles, removeSiteProfile, saveSiteProfile, siteProfilesForUrl } from '../../../lib/db/site-profiles';
import { tiktokShopProfileFile } from '../../../lib/sites';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES } from './released-schemas';

/** The schema exactly as version 4 declared it (versions 1 to 4 of database.ts). */
function v4(name: string) {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES);
  db.version(3).stores(V3_STORES);
  db.version(4).stores(V4_STORES);
  return db;
}

const name = 'upgrade-v5';
afterEach(async () => {
  await Dexie.delete(name);
});

const helpdesk = {
  ...tiktokShopProfileFile,
  id: 'example-helpdesk',
  name: 'Example helpdesk',
  matches: ['https://chat.example.com/inbox/*'],
};

describe('database version 5 upgrade from version 4', () => {
  it('keeps packs, settings and the bin, and adds an empty site-profile table that works', async () => {
    const old = v4(name);
    await old.open();
    const packs = [{ id: 'p', name: 'P', version: '1', origin: 'local', importedAt: 1 }];
    const binned = [{ id: 3, packId: 'gone', name: 'Gone', ruleCount: 0, deletedAt: 2, pack: { ...packs[0], id: 'gone' }, rules: [], learned: [] }];
    await old.table('packs').bulkAdd(packs);
    await old.table('bin').bulkAdd(binned);
    await old.table('settings').add({ key: 'shop', value: { agentName: 'Mia' } });
    old.close();

    const db = new ShopReplyDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.packs.toArray()).toEqual(packs);
    expect(await db.bin.toArray()).toEqual(binned);
    expect(await db.settings.get('shop')).toEqual({ key: 'shop', value: { agentName: 'Mia' } });
    expect(await listSiteProfiles(db)).toEqual([]);

    // The new table stores a profile, tries the most recently imported first, and forgets a removed one.
    expect(await saveSiteProfile(db, helpdesk, 10, 'helpdesk.json')).toEqual({ created: true });
    const other = { ...helpdesk, id: 'helpdesk-2', name: 'Second' };
    await saveSiteProfile(db, other, 20);
    expect((await siteProfilesForUrl(db, 'https://chat.example.com/inbox/7')).map((p) => p.id)).toEqual(['helpdesk-2', 'example-helpdesk']);
    expect(await siteProfilesForUrl(db, 'https://chat.example.com/other')).toEqual([]);
    const again = await saveSiteProfile(db, { ...helpdesk, version: '1.1.0' }, 30);
    expect(again.created).toBe(false);
    expect(again.previous?.version).toBe(helpdesk.version);
    expect((await listSiteProfiles(db)).map((p) => [p.profile.id, p.profile.version, p.importedAt])).toEqual([
      ['example-helpdesk', '1.1.0', 30],
      ['helpdesk-2', helpdesk.version, 20],
    ]);
    expect((await removeSiteProfile(db, 'helpdesk-2'))?.name).toBe('Second');
    expect(await removeSiteProfile(db, 'helpdesk-2')).toBeUndefined();
    expect((await listSiteProfiles(db)).map((p) => p.profile.id)).toEqual(['example-helpdesk']);
    db.close();
  });

  it('leaves out a stored profile that no longer parses instead of handing it to a page', async () => {
    const db = new ShopReplyDB(name);
    await db.open();
    await db.siteProfiles.put({ id: 'broken', profile: { ...helpdesk, id: 'broken', matches: ['<all_urls>'] } as never, importedAt: 1 });
    await saveSiteProfile(db, helpdesk, 2);
    expect((await listSiteProfiles(db)).map((p) => p.profile.id)).toEqual(['example-helpdesk']);
    db.close();
  });
});
