import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { addLearnedExample, importPack, libraryRevision } from '../../../lib/db/library';
import { loadStoredPack } from '../../../lib/db/pack-io';
import { addExample, createRule, deleteRule, removeLearnedExample, restore, ruleOf, setPriorities, updateRule } from '../../../lib/db/edit';
import { planImport } from '../../../lib/pack/plan';
import type { Pack } from '../../../lib/pack/schema';

const pack: Pack = {
  format: 'shopreply.pack', formatVersion: 1, id: 'core', name: 'Core', version: '1.0.0',
  rules: [
    { id: 'track', kind: 'faq', keywords: { en: ['tracking'] }, replies: { en: ['On its way {order_id}'] } },
    { id: 'hi', kind: 'welcome', replies: { en: ['Hi'] } },
  ],
};

let n = 0;
const dbs: ShopReplyDB[] = [];
async function seeded() {
  const db = new ShopReplyDB(`edit-${++n}`);
  dbs.push(db);
  await importPack(db, pack, 'import', 1);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const replies = async (db: ShopReplyDB, id: string) => (await db.rules.get(['core', id]))?.replies;

describe('library edits', () => {
  it('updates a rule, bumps the revision, and the import plan sees a local edit', async () => {
    const db = await seeded();
    const before = await libraryRevision(db);
    const r = await updateRule(db, 'core', 'track', (r) => ({ ...r, replies: { en: ['Shipped: {order_id}'] } }), 5);
    expect(r.ok).toBe(true);
    expect(await replies(db, 'track')).toEqual({ en: ['Shipped: {order_id}'] });
    expect(await libraryRevision(db)).toBe(before + 1);
    const plan = planImport(pack, await loadStoredPack(db, 'core'));
    expect(plan.conflicts).toEqual([{ ruleId: 'track', fields: ['replies'], why: 'edited-here' }]);
  });

  it('refuses an edit that breaks the pack format or names an unknown variable, writing nothing', async () => {
    const db = await seeded();
    const before = await libraryRevision(db);
    const bad = await updateRule(db, 'core', 'track', { ...pack.rules[0], replies: { en: ['Order {order_number}'] } });
    expect(bad).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'replies.en[0]', variable: 'order_number' })] });
    const noKeywords = await updateRule(db, 'core', 'track', { id: 'track', kind: 'faq', replies: { en: ['x'] } });
    expect(noKeywords.ok).toBe(false);
    if (!noKeywords.ok) expect(noKeywords.problems[0].field).toBe('keywords');
    expect(await replies(db, 'track')).toEqual({ en: ['On its way {order_id}'] });
    expect(await libraryRevision(db)).toBe(before);
  });

  it('creates a rule once per id, and undo removes it again', async () => {
    const db = await seeded();
    const rule = { id: 'size', kind: 'faq' as const, keywords: { en: ['size'] }, replies: { en: ['See the chart'] } };
    const created = await createRule(db, 'core', rule);
    expect(created.ok).toBe(true);
    expect((await createRule(db, 'core', rule)).ok).toBe(false);
    if (created.ok) await restore(db, created.undo);
    expect(await db.rules.get(['core', 'size'])).toBeUndefined();
  });

  it('delete removes the learned examples too, and undo brings both back', async () => {
    const db = await seeded();
    await addLearnedExample(db, { packId: 'core', ruleId: 'track', text: 'where is it', language: 'en', source: 'accepted', at: 2 });
    const deleted = await deleteRule(db, 'core', 'track');
    expect(deleted.ok).toBe(true);
    expect(await db.learned.count()).toBe(0);
    if (deleted.ok) await restore(db, deleted.undo);
    expect(await replies(db, 'track')).toEqual({ en: ['On its way {order_id}'] });
    expect((await db.learned.toArray()).map((l) => l.text)).toEqual(['where is it']);
  });

  it('sets priorities in one write; undo and redo go back and forth', async () => {
    const db = await seeded();
    const r = await setPriorities(db, 'core', [{ id: 'track', priority: 3 }, { id: 'hi', priority: 1 }]);
    expect(r.ok).toBe(true);
    expect((await db.rules.get(['core', 'track']))?.priority).toBe(3);
    if (!r.ok) return;
    const redo = await restore(db, r.undo);
    expect((await db.rules.get(['core', 'track']))?.priority).toBeUndefined();
    await restore(db, redo);
    expect((await db.rules.get(['core', 'hi']))?.priority).toBe(1);
    expect((await setPriorities(db, 'core', [{ id: 'nope', priority: 1 }])).ok).toBe(false);
    expect((await setPriorities(db, 'core', [{ id: 'hi', priority: 1.5 }])).ok).toBe(false);
  });

  it('removes a learned example; undo puts it back with the same id', async () => {
    const db = await seeded();
    await addLearnedExample(db, { packId: 'core', ruleId: 'track', text: 'parcel?', language: 'en', source: 'accepted', at: 2 });
    const [example] = await db.learned.toArray();
    const before = await libraryRevision(db);
    const r = await removeLearnedExample(db, example.id!);
    expect(await db.learned.count()).toBe(0);
    expect(await libraryRevision(db)).toBe(before + 1);
    if (!r.ok) throw new Error('not removed');
    const redo = await restore(db, r.undo);
    expect(await db.learned.get(example.id!)).toEqual(example);
    await restore(db, redo);
    expect(await db.learned.count()).toBe(0);
  });

  it('an untouched rule saved as it is counts as no edit', async () => {
    const db = await seeded();
    const record = (await db.rules.get(['core', 'hi']))!;
    await updateRule(db, 'core', 'hi', { ...ruleOf(record), priority: 0, title: '' });
    expect(planImport(pack, await loadStoredPack(db, 'core')).conflicts).toEqual([]);
  });
});

describe('a buyer question made an example', () => {
  it('adds it to the rule as an editor example, refuses it twice or for a rule that is gone, and undo removes it', async () => {
    const db = await seeded();
    const example = { packId: 'core', ruleId: 'track', text: 'Do you ship to Canada?', language: 'en', at: 7 };
    const r = await addExample(db, example);
    expect(r.ok).toBe(true);
    expect(await db.learned.toArray()).toEqual([{ ...example, id: expect.any(Number), source: 'editor' }]);
    expect(await addExample(db, example)).toMatchObject({ ok: false, problems: [{ field: 'text' }] });
    expect(await addExample(db, { ...example, ruleId: 'gone' })).toMatchObject({ ok: false, problems: [{ field: 'ruleId' }] });
    if (r.ok) await restore(db, r.undo);
    expect(await db.learned.count()).toBe(0);
  });
});
