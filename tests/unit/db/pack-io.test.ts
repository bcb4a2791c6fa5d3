import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { addLearnedExample, importPack, loadLibraryRules } from '../../../lib/db/library';
import { loadStoredPack, writeAppliedImport } from '../../../lib/db/pack-io';
import { applyPlan, planImport } from '../../../lib/pack/plan';
import type { Pack } from '../../../lib/pack/schema';

const v1: Pack = {
  format: 'shopreply.pack', formatVersion: 1, id: 'core', name: 'Core', version: '1.0.0', custom: 'kept',
  rules: [
    { id: 'track', kind: 'faq', keywords: { en: ['tracking'] }, replies: { en: ['On its way'] } },
    { id: 'size', kind: 'faq', keywords: { en: ['size'] }, replies: { en: ['See the size chart'] } },
  ],
};

let n = 0;
const dbs: ShopReplyDB[] = [];
const freshDb = () => { const db = new ShopReplyDB(`pack-io-${++n}`); dbs.push(db); return db; };
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

describe('pack import through a plan', () => {
  it('a freshly imported pack has no local edits and keeps its extra fields', async () => {
    const db = freshDb();
    await importPack(db, v1, 'import', 1);
    const stored = await loadStoredPack(db, 'core');
    expect(stored?.meta).toMatchObject({ id: 'core', custom: 'kept' });
    expect(stored?.meta).not.toHaveProperty('origin');
    const plan = planImport(v1, stored);
    expect(plan.conflicts).toEqual([]);
    expect(plan.changed).toEqual([]);
    expect(plan.metaChanged).toEqual([]);
  });

  it('merge keeps the agent edit and the learned examples; replace takes the pack', async () => {
    const db = freshDb();
    await importPack(db, v1, 'import', 1);
    await db.rules.update(['core', 'size'], { replies: { en: ['Our sizes run small'] } });
    await addLearnedExample(db, { packId: 'core', ruleId: 'track', text: 'wheres my parcel', language: 'en', source: 'accepted', at: 2 });
    const v2: Pack = { ...v1, version: '1.1.0', rules: [v1.rules[0], { ...v1.rules[1], replies: { en: ['Size chart in photos'] } }] };

    const plan = planImport(v2, await loadStoredPack(db, 'core'));
    expect(plan.conflicts.map((c) => c.ruleId)).toEqual(['size']);
    await writeAppliedImport(db, applyPlan(plan, 'merge-keep-local'), 'import', 3, 'v2.json');
    let rules = await loadLibraryRules(db);
    expect(rules.find((r) => r.id === 'size')?.replies.en).toEqual(['Our sizes run small']);
    expect(rules.find((r) => r.id === 'track')?.learnedExamples).toEqual({ en: ['wheres my parcel'] });

    await writeAppliedImport(db, applyPlan(planImport(v2, await loadStoredPack(db, 'core')), 'replace'), 'import', 4);
    rules = await loadLibraryRules(db);
    expect(rules.find((r) => r.id === 'size')?.replies.en).toEqual(['Size chart in photos']);
    expect(rules.every((r) => r.packVersion === '1.1.0')).toBe(true);
    expect(rules.find((r) => r.id === 'track')?.learnedExamples).toEqual({ en: ['wheres my parcel'] });
  });
});
