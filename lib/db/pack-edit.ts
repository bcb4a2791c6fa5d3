import { z } from 'zod';
import { PackSchema, type TextsByLanguage } from '../pack/schema';
import { jsonPath } from '../pack/errors';
import type { PackRecord, ShopReplyDB } from './database';
import type { EditProblem, EditResult } from './edit';
import { binTables } from './bin';
import { bumpLibraryRevision } from './library';

/** The pack fields a supervisor edits, checked with the pack format's own field schemas. */
const PackMetaSchema = z.object({
  id: PackSchema.shape.id,
  name: PackSchema.shape.name,
  version: PackSchema.shape.version,
  description: PackSchema.shape.description,
  defaultLanguage: PackSchema.shape.defaultLanguage,
  bannedPhrases: PackSchema.shape.bannedPhrases,
});

export interface PackMetaChange {
  name?: string;
  /** An empty string removes the description. */
  description?: string;
  defaultLanguage?: string;
  /** The whole set of banned phrases, per language key ("*" for every language). */
  bannedPhrases?: TextsByLanguage;
}

export const NEW_PACK_VERSION = '1.0.0';
const ID_MAX = 40;

/** The pack's fields as the format checks them: problems name the field (`bannedPhrases.zh[0]`). */
export function checkPackMeta(meta: Pick<PackRecord, 'id' | 'name' | 'version' | 'description' | 'defaultLanguage' | 'bannedPhrases'>): EditProblem[] {
  const parsed = PackMetaSchema.safeParse(meta);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: jsonPath(issue.path), code: 'invalid' as const, message: issue.message }));
}

/**
 * A pack id (`[a-z0-9][a-z0-9-]*`, as the format requires) made from a name: accents dropped,
 * anything else that is not a letter or digit becomes "-". A name with no Latin letters or digits
 * (a Chinese name) gives "pack"; the caller makes it unique.
 */
export function packIdBase(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, ID_MAX)
    .replace(/^-+|-+$/g, '');
  return slug || 'pack';
}

/** The first of `base`, `base-2`, `base-3`… not taken by a pack in the library or in the bin. */
async function uniquePackId(db: ShopReplyDB, base: string): Promise<string> {
  const taken = new Set([...(await db.packs.toCollection().primaryKeys()), ...(await db.bin.toArray()).map((b) => b.packId)]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Normalised banned phrases: trimmed, no empty phrases, no duplicates, no empty languages. */
export function tidyBannedPhrases(banned: TextsByLanguage): TextsByLanguage {
  const out: TextsByLanguage = {};
  for (const [lang, phrases] of Object.entries(banned)) {
    const kept = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
    if (kept.length) out[lang.trim()] = kept;
  }
  return out;
}

function withChange(record: PackRecord, change: PackMetaChange): PackRecord {
  const next: PackRecord = { ...record };
  if (change.name !== undefined) next.name = change.name.trim();
  if (change.description !== undefined) {
    if (change.description.trim()) next.description = change.description.trim();
    else delete next.description;
  }
  if (change.defaultLanguage !== undefined) next.defaultLanguage = change.defaultLanguage.trim();
  if (change.bannedPhrases !== undefined) {
    const banned = tidyBannedPhrases(change.bannedPhrases);
    if (Object.keys(banned).length) next.bannedPhrases = banned;
    else delete next.bannedPhrases;
  }
  return next;
}

/** Creates an empty pack made here, its id made from its name; undoing it removes the pack. */
export async function createPack(db: ShopReplyDB, meta: PackMetaChange & { name: string }, now = Date.now()): Promise<EditResult & { packId?: string }> {
  return db.transaction('rw', binTables(db), async () => {
    const id = await uniquePackId(db, packIdBase(meta.name.trim()));
    const record = withChange({ id, name: '', version: NEW_PACK_VERSION, origin: 'local', importedAt: now }, meta);
    const problems = checkPackMeta(record);
    if (problems.length) return { ok: false as const, problems };
    await db.packs.add(record);
    await bumpLibraryRevision(db);
    return { ok: true as const, packId: id, undo: { label: `create pack ${record.name}`, rules: [], packs: [{ packId: id }] } };
  });
}

/** Changes a pack's name, description, default language or banned phrases; its id stays. */
export async function updatePackMeta(db: ShopReplyDB, packId: string, change: PackMetaChange): Promise<EditResult> {
  return db.transaction('rw', binTables(db), async (): Promise<EditResult> => {
    const before = await db.packs.get(packId);
    if (!before) return { ok: false, problems: [{ field: 'packId', code: 'no-pack', message: `there is no pack "${packId}"` }] };
    const next = withChange(before, change);
    const problems = checkPackMeta(next);
    if (problems.length) return { ok: false, problems };
    await db.packs.put(next);
    await bumpLibraryRevision(db);
    return { ok: true, undo: { label: `edit pack ${next.name}`, rules: [], packs: [{ packId, before }] } };
  });
}
