import type { AppliedImport } from '../pack/plan';
import type { PackMeta, StoredPack, StoredRule } from '../pack/export';
import type { TextsByLanguage } from '../pack/schema';
import { bumpLibraryRevision, packRecordOf } from './library';
import type { LearnedExampleRecord, PackOrigin, PackRecord, ShopReplyDB } from './database';

function metaOf(record: PackRecord): PackMeta {
  const { origin: _o, source: _s, importedAt: _i, extra, ...meta } = record;
  return { ...extra, ...meta };
}

/** A pack as the library holds it now, with each rule's learned examples, for planning an import or an export. */
export async function loadStoredPack(db: ShopReplyDB, packId: string): Promise<StoredPack | undefined> {
  return db.transaction('r', db.packs, db.rules, db.learned, async () => {
    const record = await db.packs.get(packId);
    if (!record) return undefined;
    const [rules, learned] = await Promise.all([
      db.rules.where('packId').equals(packId).toArray(),
      db.learned.where('[packId+ruleId]').between([packId, ''], [packId, '\uffff']).toArray(),
    ]);
    const stored = rules.map((record): StoredRule => {
      const { packId: _p, updatedAt: _u, ...rule } = record;
      const examples: TextsByLanguage = {};
      for (const l of learned) if (l.ruleId === rule.id) (examples[l.language] ??= []).push(l.text);
      return Object.keys(examples).length ? { ...rule, learnedExamples: examples } : rule;
    });
    return { meta: metaOf(record), rules: stored };
  });
}

/**
 * Writes the result of an import plan in one transaction: the pack, its rules in place of the old
 * ones, and learned examples that came with the rules. Any failure leaves the library as it was.
 */
export async function writeAppliedImport(
  db: ShopReplyDB,
  applied: AppliedImport,
  origin: PackOrigin,
  now: number,
  source?: string,
): Promise<void> {
  const { meta } = applied;
  const record = packRecordOf(meta, origin, now, source);
  await db.transaction('rw', [db.packs, db.rules, db.learned, db.settings], async () => {
    await db.rules.where('packId').equals(meta.id).delete();
    await db.learned.where('[packId+ruleId]').between([meta.id, ''], [meta.id, '\uffff']).delete();
    await db.packs.put(record);
    const learned: LearnedExampleRecord[] = [];
    await db.rules.bulkPut(
      applied.rules.map(({ learnedExamples, ...rule }) => {
        for (const [language, texts] of Object.entries(learnedExamples ?? {})) {
          for (const text of texts) learned.push({ packId: meta.id, ruleId: rule.id, text, language, source: 'accepted', at: now });
        }
        return { ...rule, packId: meta.id, updatedAt: now };
      }),
    );
    await db.learned.bulkAdd(learned);
    await bumpLibraryRevision(db);
  });
}
