import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { addLearnedExample, importPack, libraryRevision, loadBannedPhrases, loadLibraryRules } from '../../../lib/db/library';
import { createRule, restore } from '../../../lib/db/edit';
import { createPack, packIdBase, updatePackMeta } from '../../../lib/db/pack-edit';
import { deletePack, emptyBin, listBin, purgeBin, restorePack } from '../../../lib/db/bin';
import { planImport } from '../../../lib/pack/plan';
import { loadStoredPack } from '../../../lib/db/pack-io';
import type { Pack } from '../../../lib/pack/schema';

const pack: Pack = {
  format: 'shopreply.pack', formatVersion: 1, id: 'core', name: 'Core', version: '1.0.0',
  bannedPhrases: { '*': ['whatsapp'] },
  rules: [
    { id: 'track', kind: 'faq', keywords: { en: ['tracking'] }, replies: { en: ['On its way {order_id}'] } },
    { id: 'hi', kind: 'welcome', replies: { en: ['Hi'] } },
  ],
};

let n = 0;
const dbs: ShopReplyDB[] = [];
async function seeded() {
  const db = new ShopReplyDB(`pack-bin-${++n}`);
  dbs.push(db);
  await importPack(db, pack, 'import', 1);
  await addLearnedExample(db, { packId: 'core', ruleId: 'track', text: 'where is my parcel', language: 'en', source: 'accepted', at: 2 });
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

const DAY = 24 * 3600_000;
const ruleIds = async (db: ShopReplyDB) => (await loadLibraryRules(db)).map((r) => `${r.packId}/${r.id}`).sort();

describe('creating a pack', () => {
  it('makes a spec-valid id from the name, unique against the library and the bin', async () => {
    expect(packIdBase('Après-vente Ñandú 2026!')).toBe('apres-vente-nandu-2026');
    expect(packIdBase('售后话术')).toBe('pack');
    const db = await seeded();
    const a = await createPack(db, { name: 'Core' }, 10);
    expect(a).toMatchObject({ ok: true, packId: 'core-2' });
    const b = await createPack(db, { name: '售后话术', description: '退换货', defaultLanguage: 'zh' }, 10);
    expect(b).toMatchObject({ ok: true, packId: 'pack' });
    expect(await db.packs.get('pack')).toMatchObject({ name: '售后话术', description: '退换货', defaultLanguage: 'zh', version: '1.0.0', origin: 'local' });
    await deletePack(db, 'pack');
    expect(await createPack(db, { name: '话术' })).toMatchObject({ ok: true, packId: 'pack-2' });
  });

  it('refuses an empty name or a bad language, naming the field, and writes nothing', async () => {
    const db = await seeded();
    const revision = await libraryRevision(db);
    const empty = await createPack(db, { name: '   ' });
    expect(empty).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'name', message: 'must not be empty' })] });
    const badLanguage = await createPack(db, { name: 'X', defaultLanguage: 'english' });
    expect(badLanguage).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'defaultLanguage' })] });
    expect(await db.packs.count()).toBe(1);
    expect(await libraryRevision(db)).toBe(revision);
  });

  it('undo removes the new pack, redo brings it back', async () => {
    const db = await seeded();
    const created = await createPack(db, { name: 'Returns' });
    if (!created.ok) throw new Error('not created');
    const redo = await restore(db, created.undo);
    expect(await db.packs.get('returns')).toBeUndefined();
    await restore(db, redo);
    expect(await db.packs.get('returns')).toMatchObject({ name: 'Returns' });
  });
});

describe('editing a pack', () => {
  it('renames and edits description, default language and banned phrases; the id stays; undo puts it back', async () => {
    const db = await seeded();
    const revision = await libraryRevision(db);
    const r = await updatePackMeta(db, 'core', { name: ' Core replies ', description: 'Main', defaultLanguage: 'zh', bannedPhrases: { '*': ['whatsapp', ' ', 'whatsapp'], zh: [' 加微信 '], en: [] } });
    expect(r.ok).toBe(true);
    expect(await db.packs.get('core')).toMatchObject({ id: 'core', name: 'Core replies', description: 'Main', defaultLanguage: 'zh', bannedPhrases: { '*': ['whatsapp'], zh: ['加微信'] } });
    expect(await libraryRevision(db)).toBe(revision + 1);
    expect(await loadBannedPhrases(db)).toEqual({ '*': ['whatsapp'], zh: ['加微信'] });
    expect((await loadLibraryRules(db))[0]?.defaultLanguage).toBe('zh');
    // The next import of the same pack sees the edited fields.
    expect(planImport(pack, await loadStoredPack(db, 'core')).metaChanged).toEqual(expect.arrayContaining(['name', 'bannedPhrases']));
    if (!r.ok) return;
    await restore(db, r.undo);
    expect(await db.packs.get('core')).toMatchObject({ name: 'Core', bannedPhrases: { '*': ['whatsapp'] } });
    expect((await db.packs.get('core'))?.description).toBeUndefined();
  });

  it('refuses a bad language key in banned phrases, naming the field, and writes nothing', async () => {
    const db = await seeded();
    const revision = await libraryRevision(db);
    const r = await updatePackMeta(db, 'core', { name: 'Renamed', bannedPhrases: { Chinese: ['返现'] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.field).toMatch(/^bannedPhrases/);
    expect(await db.packs.get('core')).toMatchObject({ name: 'Core', bannedPhrases: { '*': ['whatsapp'] } });
    expect(await libraryRevision(db)).toBe(revision);
  });

  it('refuses an unknown pack', async () => {
    const db = await seeded();
    expect(await updatePackMeta(db, 'nope', { name: 'x' })).toMatchObject({ ok: false, problems: [{ field: 'packId', code: 'no-pack' }] });
  });
});

describe('deleting a pack into the bin', () => {
  it('moves the pack, its rules and learned examples out of the library; the matcher and banned phrases no longer see it', async () => {
    const db = await seeded();
    const revision = await libraryRevision(db);
    const r = await deletePack(db, 'core', 100);
    expect(r.ok).toBe(true);
    expect(await db.packs.count()).toBe(0);
    expect(await db.rules.count()).toBe(0);
    expect(await db.learned.count()).toBe(0);
    expect(await ruleIds(db)).toEqual([]);
    expect(await loadBannedPhrases(db)).toEqual({});
    expect(await libraryRevision(db)).toBeGreaterThan(revision);
    expect(await listBin(db)).toEqual([{ id: expect.any(Number), packId: 'core', name: 'Core', ruleCount: 2, deletedAt: 100 }]);
  });

  it('restores from the bin exactly as it was, learned examples included; undo of the restore bins it again', async () => {
    const db = await seeded();
    const learnedBefore = await db.learned.toArray();
    await deletePack(db, 'core', 100);
    const [entry] = await listBin(db);
    const r = await restorePack(db, entry!.id!);
    expect(r.ok).toBe(true);
    expect(await ruleIds(db)).toEqual(['core/hi', 'core/track']);
    expect(await db.learned.toArray()).toEqual(learnedBefore);
    expect((await loadLibraryRules(db)).find((x) => x.id === 'track')?.learnedExamples).toEqual({ en: ['where is my parcel'] });
    expect(await db.bin.count()).toBe(0);
    if (!r.ok) return;
    await restore(db, r.undo);
    expect(await ruleIds(db)).toEqual([]);
    expect(await db.bin.count()).toBe(1);
  });

  it('undo of the delete restores the pack; redo deletes it again', async () => {
    const db = await seeded();
    const r = await deletePack(db, 'core', 100);
    if (!r.ok) throw new Error('not deleted');
    const redo = await restore(db, r.undo);
    expect(await ruleIds(db)).toEqual(['core/hi', 'core/track']);
    expect(await db.bin.count()).toBe(0);
    await restore(db, redo);
    expect(await ruleIds(db)).toEqual([]);
    expect(await db.bin.count()).toBe(1);
  });

  it('a restore is refused while another pack has the same id, and nothing changes', async () => {
    const db = await seeded();
    await deletePack(db, 'core', 100);
    await importPack(db, { ...pack, name: 'Core again', rules: [pack.rules[1]!] }, 'import', 200);
    const [entry] = await listBin(db);
    const r = await restorePack(db, entry!.id!);
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'id', code: 'id-taken' }] });
    expect(await ruleIds(db)).toEqual(['core/hi']);
    expect(await db.bin.count()).toBe(1);
  });

  it('is one transaction: a failure half way leaves the library and the bin as they were', async () => {
    const db = await seeded();
    vi.spyOn(db.learned, 'bulkDelete').mockRejectedValueOnce(new Error('disk full'));
    await expect(deletePack(db, 'core', 100)).rejects.toThrow('disk full');
    expect(await ruleIds(db)).toEqual(['core/hi', 'core/track']);
    expect(await db.learned.count()).toBe(1);
    expect(await db.bin.count()).toBe(0);
  });

  it('an edit after a delete does not bring the pack back: undoing a rule edit of a binned pack puts nothing back', async () => {
    const db = await seeded();
    const created = await createRule(db, 'core', { id: 'wrap', kind: 'quick', replies: { en: ['We wrap gifts'] } });
    await deletePack(db, 'core', 100);
    if (!created.ok) throw new Error('not created');
    await restore(db, created.undo);
    expect(await db.packs.count()).toBe(0);
    expect(await db.rules.count()).toBe(0);
  });

  it('undoing the creation of a pack that has rules by now moves it to the bin rather than losing them', async () => {
    const db = await seeded();
    const created = await createPack(db, { name: 'Gifts' });
    if (!created.ok) throw new Error('not created');
    await createRule(db, 'gifts', { id: 'wrap', kind: 'quick', replies: { en: ['We wrap gifts'] } });
    const redo = await restore(db, created.undo);
    expect(await db.packs.get('gifts')).toBeUndefined();
    expect((await listBin(db)).map((b) => [b.packId, b.ruleCount])).toEqual([['gifts', 1]]);
    await restore(db, redo);
    expect(await ruleIds(db)).toContain('gifts/wrap');
  });

  it('purges entries older than the keep period, and empties the bin on request', async () => {
    const db = await seeded();
    await deletePack(db, 'core', 0);
    await createPack(db, { name: 'Other' });
    await deletePack(db, 'other', 20 * DAY);
    expect(await purgeBin(db, 31 * DAY)).toBe(1);
    expect((await listBin(db)).map((b) => b.packId)).toEqual(['other']);
    expect(await emptyBin(db)).toBe(1);
    expect(await db.bin.count()).toBe(0);
  });

  it('a 6,000-rule pack is deleted and restored whole', async () => {
    const db = new ShopReplyDB(`pack-bin-${++n}`);
    dbs.push(db);
    const rules = Array.from({ length: 6000 }, (_, i) => ({ id: `r${i}`, kind: 'faq' as const, keywords: { en: [`word${i}`] }, replies: { en: [`reply ${i}`] } }));
    await importPack(db, { ...pack, id: 'big', name: 'Big test', rules }, 'import', 1);
    expect(await deletePack(db, 'big', 5)).toMatchObject({ ok: true });
    expect(await db.rules.count()).toBe(0);
    expect((await listBin(db))[0]).toMatchObject({ packId: 'big', ruleCount: 6000 });
    const [entry] = await listBin(db);
    await restorePack(db, entry!.id!);
    expect(await db.rules.where('packId').equals('big').count()).toBe(6000);
  });
});
