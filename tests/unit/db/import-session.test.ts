import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { ImportSession } from '../../../lib/db/import-session';
import { addLearnedExample, libraryRevision, loadLibraryRules } from '../../../lib/db/library';
import { updateRule } from '../../../lib/db/edit';

// Lets a test hold back one read of the library, to finish two plans in the other order.
const hold: { next?: Promise<void> } = {};
vi.mock('../../../lib/db/pack-io', async (original) => {
  const actual = await original<typeof import('../../../lib/db/pack-io')>();
  return {
    ...actual,
    loadStoredPack: async (...args: Parameters<typeof actual.loadStoredPack>) => {
      const wait = hold.next;
      hold.next = undefined;
      const result = await actual.loadStoredPack(...args);
      if (wait) await wait;
      return result;
    },
  };
});

let n = 0;
const dbs: ShopReplyDB[] = [];
const freshDb = () => { const db = new ShopReplyDB(`import-session-${++n}`); dbs.push(db); return db; };
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

const pack = (version: string, rules: object[]) =>
  JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'shop', name: 'Shop', version, rules });
const faq = (id: string, reply: string) => ({ id, kind: 'faq', keywords: { en: [id] }, replies: { en: [reply] } });

async function importText(db: ShopReplyDB, text: string, now: number, mode: 'replace' | 'merge-keep-local' = 'merge-keep-local') {
  const session = new ImportSession(db);
  const prepared = await session.prepare('shop.pack.json', text);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared));
  await session.apply(mode, now);
  return prepared;
}

describe('ImportSession', () => {
  it('an update writes only the rules that differ; learned examples keep their date and source', async () => {
    const db = freshDb();
    await importText(db, pack('1.0.0', [faq('a', 'A'), faq('b', 'B'), faq('c', 'C')]), 1);
    await addLearnedExample(db, { packId: 'shop', ruleId: 'a', text: 'where is a', language: 'en', source: 'overridden', at: 7 });
    const prepared = await importText(db, pack('1.1.0', [faq('a', 'A'), faq('b', 'B2'), faq('d', 'D')]), 2);
    expect(prepared.ok && prepared.plans[0]).toMatchObject({ added: ['d'], removed: ['c'], unchanged: 1, packName: 'Shop' });
    // The preview gets ids, counts and the texts that change: no whole rules, no hashes (they would be copied to the page).
    expect(prepared.ok && Object.keys(prepared.plans[0]).sort()).toEqual(
      ['added', 'changed', 'conflicts', 'diffs', 'existingVersion', 'incomingVersion', 'kind', 'metaChanged', 'packId', 'packName', 'removed', 'unchanged'],
    );
    expect(prepared.ok && prepared.plans[0].diffs).toEqual([
      { ruleId: 'd', change: 'added', texts: [{ field: 'keywords', language: 'en', before: [], after: ['d'] }, { field: 'replies', language: 'en', before: [], after: ['D'] }] },
      { ruleId: 'b', change: 'changed', texts: [{ field: 'replies', language: 'en', before: ['B'], after: ['B2'] }] },
      { ruleId: 'c', change: 'removed', texts: [{ field: 'keywords', language: 'en', before: ['c'], after: [] }, { field: 'replies', language: 'en', before: ['C'], after: [] }] },
    ]);
    const rules = await db.rules.where('packId').equals('shop').toArray();
    expect(Object.fromEntries(rules.map((r) => [r.id, r.updatedAt]))).toEqual({ a: 1, b: 2, d: 2 });
    expect((await db.learned.toArray()).map(({ text, source, at }) => ({ text, source, at }))).toEqual([{ text: 'where is a', source: 'overridden', at: 7 }]);
    expect((await loadLibraryRules(db)).find((r) => r.id === 'a')?.learnedExamples).toEqual({ en: ['where is a'] });
  });

  it('a library change between preview and apply is planned again, so a local edit is not lost', async () => {
    const db = freshDb();
    await importText(db, pack('1.0.0', [faq('a', 'A'), faq('b', 'B')]), 1);
    const session = new ImportSession(db);
    const prepared = await session.prepare('shop.pack.json', pack('1.1.0', [faq('a', 'A'), faq('b', 'B2')]));
    expect(prepared.ok && prepared.plans[0].changed.map((c) => c.ruleId)).toEqual(['b']);
    await updateRule(db, 'shop', 'b', (r) => ({ ...r, replies: { en: ['Mine'] } }));
    await session.apply('merge-keep-local', 3);
    expect((await db.rules.get(['shop', 'b']))?.replies).toEqual({ en: ['Mine'] });
  });

  it('refuses a file over the size limit before parsing it, and lists at most 100 problems with the total', async () => {
    const db = freshDb();
    const session = new ImportSession(db);
    expect(await session.prepare('huge.json', 'x'.repeat(21 * 1024 * 1024))).toMatchObject({ ok: false, reason: 'too-large', limit: 20 * 1024 * 1024 });
    const bad = await session.prepare('bad.json', pack('1', Array.from({ length: 150 }, (_, i) => ({ id: `r${i}`, kind: 'faq', replies: { en: ['x'] } }))));
    expect(bad).toMatchObject({ ok: false, reason: 'problems', total: 150 });
    expect(!bad.ok && bad.reason === 'problems' && bad.problems.length).toBe(100);
    await expect(session.apply('replace')).rejects.toThrow(/choose a file first/);
    expect(await libraryRevision(db)).toBe(0);
  });
});

describe('learned examples stored before they had a schema', () => {
  it('are left out of the library the matcher loads, instead of breaking it', async () => {
    const db = freshDb();
    await importText(db, pack('1.0.0', [faq('a', 'A')]), 1);
    await db.learned.bulkAdd([
      { packId: 'shop', ruleId: 'a', text: 123 as unknown as string, language: 'en', source: 'accepted', at: 1 },
      { packId: 'shop', ruleId: 'a', text: 'where is a', language: 'en', source: 'accepted', at: 1 },
    ]);
    expect((await loadLibraryRules(db))[0].learnedExamples).toEqual({ en: ['where is a'] });
  });
});

describe('two files chosen one after the other', () => {
  it('apply writes the file chosen last, even if the first one finishes planning later', async () => {
    const db = freshDb();
    const session = new ImportSession(db);
    let release = () => {};
    hold.next = new Promise<void>((resolve) => (release = resolve));
    const first = session.prepare('first.pack.json', pack('1.0.0', [faq('a', 'A'), faq('b', 'B')]));
    await session.prepare('second.pack.json', pack('2.0.0', [faq('only', 'Only')]));
    release();
    await first;
    await session.apply('replace', 5);
    expect((await db.packs.get('shop'))?.version).toBe('2.0.0');
    expect(await db.rules.count()).toBe(1);
  });
});

describe('compliance flags of the preview', () => {
  it('are computed in slices, and an Apply sent meanwhile is not kept waiting for them', async () => {
    const db = freshDb();
    const session = new ImportSession(db);
    const rules = Array.from({ length: 300 }, (_, i) => faq(`r${i}`, i % 100 === 0 ? 'Add me on WhatsApp' : 'Fine'));
    await session.prepare('shop.pack.json', pack('1.0.0', rules));
    const order: string[] = [];
    const flags = session.compliance(1).then((f) => (order.push('compliance'), f));
    const applied = session.apply('replace', 3).then(() => order.push('apply'));
    const [all] = await Promise.all([flags, applied]);
    expect(order).toEqual(['apply', 'compliance']);
    expect(all[0].map((f) => f.ruleId)).toEqual(['r0', 'r100', 'r200']);
  });
});

describe('learned examples in a backup', () => {
  it('are stored once each, even when the file repeats one', async () => {
    const db = freshDb();
    await importText(db, pack('1.0.0', [{ ...faq('a', 'A'), learnedExamples: { en: ['where is a', 'where is a'], '*': ['??'] } }]), 1);
    expect((await db.learned.toArray()).map((l) => `${l.language}:${l.text}`).sort()).toEqual(['*:??', 'en:where is a']);
  });
});

describe('problems sent from the import worker to the page', () => {
  it('keep their codes, values and places through the message schema, so the page words them', async () => {
    const { PreparedSchema } = await import('../../../lib/db/import-protocol');
    const session = new ImportSession(freshDb());
    const json = await session.prepare('bad.json', '{\n  "format": "shopreply.pack",\n  oops\n}');
    const deep = await session.prepare('deep.json', pack('1', [{ ...faq('a', 'x'), extra: JSON.parse('['.repeat(100) + ']'.repeat(100)) }]));
    const csv = await session.prepare('team.csv', 'pack_id,pack_name,pack_version,rule_id,kind,threshold,replies.en\r\np,P,1,,pack,,\r\n,,,w,faq,85,Hi\r\n');
    for (const prepared of [json, deep, csv]) {
      if (prepared.ok || prepared.reason !== 'problems') throw new Error('expected problems');
      expect(PreparedSchema.parse(prepared)).toEqual(prepared);
      for (const p of prepared.problems) expect(p.code).toBeDefined();
    }
    const at = (p: typeof json) => (!p.ok && p.reason === 'problems' ? p.problems[0] : undefined);
    expect(PreparedSchema.parse(json)).toMatchObject({ problems: [{ code: 'json-syntax', at: { line: 3, column: 3 } }] });
    expect(at(deep)).toMatchObject({ code: 'too-deep', values: { max: 64 } });
    expect(at(csv)).toMatchObject({ code: 'csv-threshold-percent', cell: { row: 3, column: 'threshold' } });
  });
});
