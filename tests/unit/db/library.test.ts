import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { addLearnedExample, importPack, libraryRevision, loadBannedPhrases, loadLibraryRules } from '../../../lib/db/library';
import type { Pack } from '../../../lib/pack/schema';

const pack: Pack = {
  format: 'shopreply.pack',
  formatVersion: 1,
  id: 'demo-core',
  name: 'Demo',
  version: '1.0.0',
  defaultLanguage: 'es',
  bannedPhrases: { '*': ['whatsapp'] },
  rules: [
    { id: 'where', kind: 'faq', keywords: { en: ['tracking'] }, replies: { en: ['On its way {order_id}'] } },
    { id: 'hi', kind: 'welcome', replies: { en: ['Hi'] } },
  ],
};

let n = 0;
const dbs: ShopReplyDB[] = [];
function freshDb() {
  const db = new ShopReplyDB(`test-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('library storage', () => {
  it('keeps which pack and version each rule came from', async () => {
    const db = freshDb();
    await importPack(db, pack, 'import', 1000, 'demo.pack.json');
    const rules = await loadLibraryRules(db);
    expect(rules.map((r) => [r.packId, r.id, r.packVersion, r.defaultLanguage])).toEqual([
      ['demo-core', 'hi', '1.0.0', 'es'],
      ['demo-core', 'where', '1.0.0', 'es'],
    ]);
    expect((await db.packs.get('demo-core'))?.source).toBe('demo.pack.json');
  });

  it('importing a pack with the same id replaces its rules but keeps learned examples', async () => {
    const db = freshDb();
    await importPack(db, pack, 'import', 1000);
    await addLearnedExample(db, { packId: 'demo-core', ruleId: 'where', text: 'wheres my stuff', language: 'en', source: 'accepted', at: 1 });
    await importPack(db, { ...pack, version: '1.1.0', rules: [pack.rules[0]] }, 'import', 2000);
    const rules = await loadLibraryRules(db);
    expect(rules).toHaveLength(1);
    expect(rules[0].packVersion).toBe('1.1.0');
    expect(rules[0].learnedExamples).toEqual({ en: ['wheres my stuff'] });
  });

  it('learns an example once, and each change bumps the library revision', async () => {
    const db = freshDb();
    expect(await libraryRevision(db)).toBe(0);
    await importPack(db, pack, 'import', 1000);
    expect(await libraryRevision(db)).toBe(1);
    const ex = { packId: 'demo-core', ruleId: 'where', text: 'donde esta', language: 'es', source: 'overridden' as const, at: 5 };
    expect(await addLearnedExample(db, ex)).toBe(true);
    expect(await addLearnedExample(db, ex)).toBe(false);
    expect(await libraryRevision(db)).toBe(2);
  });

  it('a failed import leaves the library exactly as it was', async () => {
    const db = freshDb();
    await importPack(db, pack, 'import', 1000);
    const broken = { ...pack, version: '2.0.0', rules: [{ ...pack.rules[0], id: undefined as unknown as string }] };
    await expect(importPack(db, broken, 'import', 2000)).rejects.toThrow();
    const rules = await loadLibraryRules(db);
    expect(rules.map((r) => `${r.id}@${r.packVersion}`)).toEqual(['hi@1.0.0', 'where@1.0.0']);
    expect(await libraryRevision(db)).toBe(1);
  });

  it('merges banned phrases of all packs', async () => {
    const db = freshDb();
    await importPack(db, pack, 'import', 1000);
    await importPack(db, { ...pack, id: 'other', bannedPhrases: { '*': ['telegram'], zh: ['返现'] } }, 'import', 1000);
    expect(await loadBannedPhrases(db)).toEqual({ '*': ['whatsapp', 'telegram'], zh: ['返现'] });
  });
});
