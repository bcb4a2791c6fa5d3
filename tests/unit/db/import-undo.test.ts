import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { ImportSession } from '../../../lib/db/import-session';
import { AppliedSchema } from '../../../lib/db/import-protocol';
import { restore } from '../../../lib/db/edit';
import { addLearnedExample } from '../../../lib/db/library';

let n = 0;
const dbs: ShopReplyDB[] = [];
const freshDb = () => { const db = new ShopReplyDB(`import-undo-${++n}`); dbs.push(db); return db; };
afterEach(async () => { vi.restoreAllMocks(); for (const db of dbs.splice(0)) await db.delete(); });

const pack = (version: string, rules: object[], name = 'Shop') =>
  JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'shop', name, version, rules });
const faq = (id: string, reply: string, extra: object = {}) => ({ id, kind: 'faq', keywords: { zh: [id] }, replies: { zh: [reply] }, ...extra });

async function importText(db: ShopReplyDB, text: string, now: number) {
  const session = new ImportSession(db);
  const prepared = await session.prepare('shop.pack.json', text);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared));
  return session.apply('replace', now);
}

async function snapshot(db: ShopReplyDB) {
  return {
    packs: await db.packs.toArray(),
    rules: await db.rules.toArray(),
    learned: (await db.learned.toArray()).sort((a, b) => a.id! - b.id!),
  };
}

describe('undoing an import', () => {
  it('puts the pack, its rules and learned examples back exactly as they were before Apply, and redo applies it again', async () => {
    const db = freshDb();
    await importText(db, pack('1.0.0', [faq('order', '订单已发出'), faq('refund', '可以退款'), faq('size', '偏小')]), 1);
    await addLearnedExample(db, { packId: 'shop', ruleId: 'refund', text: '能退吗', language: 'zh', source: 'accepted', at: 2 });
    const before = await snapshot(db);

    const done = await importText(db, pack('2.0.0', [faq('order', '订单今天发出'), faq('size', '偏小'), faq('new', '新规则', { learnedExamples: { zh: ['新问题'] } })], 'Shop 2'), 5);
    const after = await snapshot(db);
    expect(after.rules.map((r) => r.id).sort()).toEqual(['new', 'order', 'size']);
    // Only what the import changed is kept: the unchanged rule "size" is not in the entry.
    expect(done.undo.rules.map((r) => r.ruleId).sort()).toEqual(['new', 'order', 'refund']);
    // What crosses from the worker to the page is parsed there.
    expect(() => AppliedSchema.parse(structuredClone(done))).not.toThrow();

    const redo = await restore(db, done.undo);
    expect(await snapshot(db)).toEqual(before);

    await restore(db, redo);
    const again = await snapshot(db);
    expect(again.packs).toEqual(after.packs);
    expect(again.rules).toEqual(after.rules);
    expect(again.learned.map((l) => l.text).sort()).toEqual(after.learned.map((l) => l.text).sort());
  });

  it('removes a new pack whole, with its learned examples', async () => {
    const db = freshDb();
    const done = await importText(db, pack('1.0.0', [faq('order', '订单已发出', { learnedExamples: { zh: ['到哪了'] } })]), 1);
    expect(await db.learned.count()).toBe(1);
    await restore(db, done.undo);
    expect(await snapshot(db)).toEqual({ packs: [], rules: [], learned: [] });
  });

  it('runs in one transaction: a failure part way changes nothing', async () => {
    const db = freshDb();
    await importText(db, pack('1.0.0', [faq('order', '订单已发出'), faq('refund', '可以退款')]), 1);
    await addLearnedExample(db, { packId: 'shop', ruleId: 'refund', text: '能退吗', language: 'zh', source: 'accepted', at: 2 });
    const done = await importText(db, pack('2.0.0', [faq('order', '订单今天发出')]), 5);
    const after = await snapshot(db);
    // The learned example of the removed rule is put back after the rules: make that step fail.
    vi.spyOn(db.learned, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(restore(db, done.undo)).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(after);
  });
});
