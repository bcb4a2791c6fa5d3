import type { Pack, Rule, TextsByLanguage } from '../pack/schema';
import { ruleHash } from '../pack/plan-hash';
import type { PackMeta } from '../pack/export';
import { DEFAULT_LANGUAGE } from '../pack/schema';
import type { LibraryRule } from '../match/types';
import type { LearnedExampleRecord, PackOrigin, PackRecord, RuleRecord, ShopReplyDB } from './database';

const PACK_FIELDS = new Set(['format', 'formatVersion', 'id', 'name', 'version', 'description', 'defaultLanguage', 'rules', 'bannedPhrases']);

/** The pack's own fields as stored; fields this version does not know are kept in `extra`. */
export function packRecordOf(pack: PackMeta, origin: PackOrigin, now: number, source?: string): PackRecord {
  const extra = Object.fromEntries(Object.entries(pack).filter(([k]) => !PACK_FIELDS.has(k)));
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    description: pack.description,
    defaultLanguage: pack.defaultLanguage,
    bannedPhrases: pack.bannedPhrases,
    origin,
    source,
    importedAt: now,
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

/**
 * Writes a pack and its rules in one transaction: the pack's previous rules are replaced, so a
 * failure anywhere leaves the library exactly as it was. Learned examples are kept.
 */
export async function writePack(
  db: ShopReplyDB,
  pack: PackRecord,
  rules: Array<Rule & { importedHash?: string }>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.packs, db.rules, db.settings, async () => {
    await bumpLibraryRevision(db);
    await db.rules.where('packId').equals(pack.id).delete();
    await db.packs.put(pack);
    await db.rules.bulkPut(rules.map((r): RuleRecord => ({ ...r, packId: pack.id, updatedAt: now })));
  });
}

/** Imports a pack as it is (replacing any earlier version of it), remembering each rule's hash. */
export async function importPack(db: ShopReplyDB, pack: Pack, origin: PackOrigin, now: number, source?: string) {
  const rules = pack.rules.map((rule) => ({ ...rule, importedHash: ruleHash(rule) }));
  await writePack(db, packRecordOf(pack, origin, now, source), rules, now);
}

function groupLearned(records: LearnedExampleRecord[]): Map<string, TextsByLanguage> {
  const byRule = new Map<string, TextsByLanguage>();
  for (const r of records) {
    // Records written before learned examples had a schema may hold anything: never trust them.
    if (typeof r.text !== 'string' || typeof r.language !== 'string') continue;
    const key = `${r.packId}\u0000${r.ruleId}`;
    const texts = byRule.get(key) ?? {};
    (texts[r.language] ??= []).push(r.text);
    byRule.set(key, texts);
  }
  return byRule;
}

/** Every rule of every pack, as the matcher and the conversation rules take them. */
export async function loadLibraryRules(db: ShopReplyDB): Promise<LibraryRule[]> {
  return db.transaction('r', db.packs, db.rules, db.learned, async () => {
    const [packs, rules, learned] = await Promise.all([db.packs.toArray(), db.rules.toArray(), db.learned.toArray()]);
    const packById = new Map(packs.map((p) => [p.id, p]));
    const learnedByRule = groupLearned(learned);
    return rules.flatMap((r): LibraryRule[] => {
      const pack = packById.get(r.packId);
      if (!pack) return [];
      const { importedHash: _h, updatedAt: _u, ...rule } = r;
      const learnedExamples = learnedByRule.get(`${r.packId}\u0000${r.id}`);
      return [{ ...rule, packVersion: pack.version, defaultLanguage: pack.defaultLanguage ?? DEFAULT_LANGUAGE, ...(learnedExamples ? { learnedExamples } : {}) }];
    });
  });
}

/** Banned phrases of every pack, merged by language key. */
export async function loadBannedPhrases(db: ShopReplyDB): Promise<TextsByLanguage> {
  const merged: TextsByLanguage = {};
  for (const pack of await db.packs.toArray()) {
    for (const [lang, phrases] of Object.entries(pack.bannedPhrases ?? {})) (merged[lang] ??= []).push(...phrases);
  }
  return merged;
}

export async function addLearnedExample(db: ShopReplyDB, example: Omit<LearnedExampleRecord, 'id'>): Promise<boolean> {
  return db.transaction('rw', db.learned, db.settings, async () => {
    const existing = await db.learned.where('[packId+ruleId]').equals([example.packId, example.ruleId]).toArray();
    if (existing.some((e) => e.text === example.text)) return false;
    await db.learned.add(example);
    await bumpLibraryRevision(db);
    return true;
  });
}

const REVISION_KEY = 'libraryRevision';

/** Every write to the library bumps this counter, inside the write's own transaction. */
export async function bumpLibraryRevision(db: ShopReplyDB): Promise<void> {
  const current = await libraryRevision(db);
  await db.settings.put({ key: REVISION_KEY, value: current + 1 });
}

/** Changes whenever the library does: the key under which the trained intent model is cached. */
export async function libraryRevision(db: ShopReplyDB): Promise<number> {
  const record = await db.settings.get(REVISION_KEY);
  return typeof record?.value === 'number' ? record.value : 0;
}
