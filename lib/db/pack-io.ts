import Dexie from 'dexie';
import type { AppliedImport } from '../pack/plan';
import type { PackMeta, StoredPack, StoredRule } from '../pack/export';
import type { TextsByLanguage } from '../pack/schema';
import { bumpLibraryRevision, packRecordOf } from './library';
import type { LearnedExampleRecord, PackOrigin, PackRecord, RuleRecord, ShopReplyDB } from './database';

function metaOf(record: PackRecord): PackMeta {
  const { origin: _o, source: _s, importedAt: _i, extra, ...meta } = record;
  return { ...extra, ...meta };
}

/** The rule as the rules table holds it (learned examples live in their own table). */
function recordOf(rule: StoredRule, packId: string, now: number): RuleRecord {
  if (rule.learnedExamples === undefined) return { ...rule, packId, updatedAt: now }; // without a slower rest copy
  const { learnedExamples: _l, ...rest } = rule;
  return { ...rest, packId, updatedAt: now };
}

const packRules = (db: ShopReplyDB, packId: string) => db.rules.where('[packId+id]').between([packId, Dexie.minKey], [packId, Dexie.maxKey]);
const packLearned = (db: ShopReplyDB, packId: string) => db.learned.where('[packId+ruleId]').between([packId, Dexie.minKey], [packId, Dexie.maxKey]);

/** A pack as the library holds it now, with each rule's learned examples, for planning an import or an export. */
export async function loadStoredPack(db: ShopReplyDB, packId: string): Promise<StoredPack | undefined> {
  return db.transaction('r', db.packs, db.rules, db.learned, async () => {
    const record = await db.packs.get(packId);
    if (!record) return undefined;
    const [rules, learned] = await Promise.all([
      packRules(db, packId).toArray(),
      packLearned(db, packId).toArray(),
    ]);
    const byRule = new Map<string, TextsByLanguage>();
    for (const l of learned) {
      if (typeof l.text !== 'string' || typeof l.language !== 'string') continue; // written before the schema
      let examples = byRule.get(l.ruleId);
      if (!examples) byRule.set(l.ruleId, (examples = {}));
      (examples[l.language] ??= []).push(l.text);
    }
    const stored = rules.map((record): StoredRule => {
      const { packId: _p, updatedAt: _u, ...rule } = record;
      const examples = byRule.get(rule.id);
      return examples ? { ...rule, learnedExamples: examples } : rule;
    });
    return { meta: metaOf(record), rules: stored };
  });
}

/** What an import write changed, as it was before: the pieces of the import's undo entry. */
export interface WrittenImport {
  packId: string;
  packBefore?: PackRecord;
  /** Each rule put or deleted; `before` absent: the import created it. */
  rules: Array<{ ruleId: string; before?: RuleRecord }>;
  learnedRemoved: LearnedExampleRecord[];
  learnedAdded: number[];
}

/**
 * Writes the result of an import plan in one transaction: the pack, its rules in place of the old
 * ones, and learned examples that came with the rules. Any failure leaves the library as it was.
 * Where the plan knew the pack as the library held it (`previous`), only what differs is written:
 * removed rules and their learned examples go, changed and new rules are put, learned examples
 * the library lacks are added (those it has keep their date and source).
 */
export async function writeAppliedImport(
  db: ShopReplyDB,
  applied: AppliedImport,
  origin: PackOrigin,
  now: number,
  source?: string,
): Promise<WrittenImport> {
  const { meta, previous } = applied;
  const record = packRecordOf(meta, origin, now, source);
  const unchanged = applied.unchanged ?? new Set<string>();
  return db.transaction('rw', [db.packs, db.rules, db.learned, db.settings], async (): Promise<WrittenImport> => {
    const written: WrittenImport = { packId: meta.id, packBefore: await db.packs.get(meta.id), rules: [], learnedRemoved: [], learnedAdded: [] };
    const had = new Map<string, TextsByLanguage | undefined>();
    if (previous) {
      for (const rule of previous.rules) had.set(rule.id, rule.learnedExamples);
      const kept = new Set(applied.rules.map((r) => r.id));
      const gone = previous.rules.filter((r) => !kept.has(r.id)).map((r) => r.id);
      // Every rule this write puts or deletes, as it was: the import's undo entry.
      const touched = [...gone, ...applied.rules.filter((r) => !unchanged.has(r.id)).map((r) => r.id)];
      const befores = await db.rules.bulkGet(touched.map((id): [string, string] => [meta.id, id]));
      touched.forEach((ruleId, i) => written.rules.push(befores[i] ? { ruleId, before: befores[i] } : { ruleId }));
      if (gone.length) {
        await db.rules.bulkDelete(gone.map((id): [string, string] => [meta.id, id]));
        for (const id of gone) {
          const learned = await db.learned.where('[packId+ruleId]').equals([meta.id, id]).toArray();
          written.learnedRemoved.push(...learned);
          await db.learned.bulkDelete(learned.map((l) => l.id!));
        }
      }
    } else {
      // No pack with this id when the plan was made: normally nothing to delete, but keep what is.
      const [rules, learned] = await Promise.all([packRules(db, meta.id).toArray(), packLearned(db, meta.id).toArray()]);
      const stored = new Set(rules.map((r) => r.id));
      for (const rule of rules) written.rules.push({ ruleId: rule.id, before: rule });
      for (const rule of applied.rules) if (!stored.has(rule.id)) written.rules.push({ ruleId: rule.id });
      written.learnedRemoved.push(...learned);
      await packRules(db, meta.id).delete();
      await packLearned(db, meta.id).delete();
    }
    await db.packs.put(record);
    const learned: LearnedExampleRecord[] = [];
    const puts: RuleRecord[] = [];
    for (const rule of applied.rules) {
      const { learnedExamples } = rule;
      const before = had.get(rule.id);
      for (const [language, texts] of Object.entries(learnedExamples ?? {})) {
        const known = new Set(before?.[language]);
        for (const text of texts) {
          if (!known.has(text)) learned.push({ packId: meta.id, ruleId: rule.id, text, language, source: 'accepted', at: now });
        }
      }
      if (!(previous && unchanged.has(rule.id))) puts.push(recordOf(rule, meta.id, now));
    }
    if (puts.length) await db.rules.bulkPut(puts);
    if (learned.length) written.learnedAdded = (await db.learned.bulkAdd(learned, { allKeys: true })) as number[];
    await bumpLibraryRevision(db);
    return written;
  });
}
