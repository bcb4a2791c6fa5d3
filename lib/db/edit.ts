import type { Rule } from '../pack/schema';
import { checkRule, type RuleProblem } from '../pack/rule-check';
import type { InputProblemCode } from '../pack/errors';
import type { LearnedExampleRecord, PackRecord, RuleRecord, ShopReplyDB } from './database';
import { bumpLibraryRevision } from './library';
import { binTables, movePackToBin, takePackFromBin } from './bin';

/**
 * Edits made in the library editor. Each one runs in one transaction with the library revision
 * bump (so the worker retrains), and returns the undo entry that puts things back.
 */

/**
 * What one edit changed, as the state before it: undoing writes these back. Restoring an entry
 * yields the entry that redoes it, so undo and redo share one shape.
 */
export interface UndoEntry {
  /** Shown next to the undo button, e.g. "edit where-is-my-order". */
  label: string;
  /** Each rule the edit touched, as it was before; `before` absent: the edit created it. */
  rules: Array<{ packId: string; ruleId: string; before?: RuleRecord }>;
  /** Learned examples the edit removed (put back on undo). */
  learnedRemoved?: LearnedExampleRecord[];
  /** Learned examples the edit added, by id (removed on undo). */
  learnedAdded?: number[];
  /**
   * Each pack record the edit touched, as it was before; `before` absent: the edit created it;
   * `removed`: the edit removed this (empty) pack, so undoing adds it again.
   */
  packs?: Array<{ packId: string; before?: PackRecord; removed?: boolean }>;
  /** The edit moved a pack into the bin: undoing takes this bin entry back out. */
  restoreFromBin?: number;
  /** The edit took this pack out of the bin: undoing moves it back in. */
  moveToBin?: string;
}

/** Refusals of pack edits (`packEdit.problem.<code>`); 'invalid': the pack's fields break the format. */
export const EDIT_REFUSAL_CODES = ['invalid', 'no-pack', 'id-taken', 'not-in-bin'] as const;
export type EditRefusalCode = (typeof EDIT_REFUSAL_CODES)[number];

/**
 * Why an edit was refused; `code` lets the interface say it in the person's language: an edit
 * refusal, or (for a rule that breaks the pack format) the format problem's code.
 */
export type EditProblem = Omit<RuleProblem, 'code'> & { code?: EditRefusalCode | InputProblemCode };

export function isEditRefusal(code: EditProblem['code']): code is EditRefusalCode {
  return (EDIT_REFUSAL_CODES as readonly string[]).includes(code ?? '');
}

export type EditResult = { ok: true; undo: UndoEntry } | { ok: false; problems: EditProblem[] };

const refused = (field: string, message: string): EditResult => ({ ok: false, problems: [{ field, message }] });

/** The rule's content without the library's own fields. */
export function ruleOf(record: RuleRecord): Rule {
  const { packId: _p, importedHash: _h, updatedAt: _u, ...rule } = record;
  return rule as Rule;
}

function tables(db: ShopReplyDB) {
  return binTables(db);
}

export async function createRule(db: ShopReplyDB, packId: string, rule: Rule, now = Date.now()): Promise<EditResult> {
  const problems = checkRule(rule);
  if (problems.length) return { ok: false, problems };
  return db.transaction('rw', tables(db), async (): Promise<EditResult> => {
    if (!(await db.packs.get(packId))) return refused('packId', `there is no pack "${packId}"`);
    if (await db.rules.get([packId, rule.id])) return refused('id', `the pack already has a rule "${rule.id}"`);
    await db.rules.add({ ...rule, packId, updatedAt: now });
    await bumpLibraryRevision(db);
    return { ok: true, undo: { label: `create ${rule.id}`, rules: [{ packId, ruleId: rule.id }] } };
  });
}

/**
 * Replaces a rule's content (its id stays). `change` may be a function of the rule as stored now,
 * so that two quick edits of different fields do not undo each other. The rule keeps its
 * importedHash, so the next import plan sees the edit.
 */
export async function updateRule(
  db: ShopReplyDB,
  packId: string,
  ruleId: string,
  change: Rule | ((current: Rule) => Rule),
  now = Date.now(),
): Promise<EditResult> {
  return db.transaction('rw', tables(db), async (): Promise<EditResult> => {
    const before = await db.rules.get([packId, ruleId]);
    if (!before) return refused('id', `there is no rule "${ruleId}" in pack "${packId}"`);
    const rule = { ...(typeof change === 'function' ? change(ruleOf(before)) : change), id: ruleId };
    const problems = checkRule(rule);
    if (problems.length) return { ok: false, problems };
    const next: RuleRecord = { ...rule, packId, updatedAt: now };
    if (before.importedHash !== undefined) next.importedHash = before.importedHash;
    await db.rules.put(next);
    await bumpLibraryRevision(db);
    return { ok: true, undo: { label: `edit ${ruleId}`, rules: [{ packId, ruleId, before }] } };
  });
}

/** Deletes a rule with its learned examples. */
export async function deleteRule(db: ShopReplyDB, packId: string, ruleId: string): Promise<EditResult> {
  return db.transaction('rw', tables(db), async (): Promise<EditResult> => {
    const before = await db.rules.get([packId, ruleId]);
    if (!before) return refused('id', `there is no rule "${ruleId}" in pack "${packId}"`);
    const learned = await db.learned.where('[packId+ruleId]').equals([packId, ruleId]).toArray();
    await db.rules.delete([packId, ruleId]);
    await db.learned.bulkDelete(learned.map((l) => l.id!));
    await bumpLibraryRevision(db);
    return { ok: true, undo: { label: `delete ${ruleId}`, rules: [{ packId, ruleId, before }], learnedRemoved: learned } };
  });
}

/** Sets several rules' priorities at once (a drag and drop of one rule may renumber others). */
export async function setPriorities(
  db: ShopReplyDB,
  packId: string,
  changes: ReadonlyArray<{ id: string; priority: number }>,
  now = Date.now(),
): Promise<EditResult> {
  if (changes.some((c) => !Number.isInteger(c.priority))) return refused('priority', 'must be a whole number');
  return db.transaction('rw', tables(db), async (): Promise<EditResult> => {
    const befores = await db.rules.bulkGet(changes.map((c) => [packId, c.id] as [string, string]));
    const missing = changes.find((_, i) => !befores[i]);
    if (missing) return refused('id', `there is no rule "${missing.id}" in pack "${packId}"`);
    await db.rules.bulkPut(changes.map((c, i) => ({ ...befores[i]!, priority: c.priority, updatedAt: now })));
    await bumpLibraryRevision(db);
    const rules = changes.map((c, i) => ({ packId, ruleId: c.id, before: befores[i] }));
    return { ok: true, undo: { label: `reorder ${packId}`, rules } };
  });
}

export async function removeLearnedExample(db: ShopReplyDB, id: number): Promise<EditResult> {
  return db.transaction('rw', tables(db), async (): Promise<EditResult> => {
    const record = await db.learned.get(id);
    if (!record) return refused('learned', 'this learned example is already gone');
    await db.learned.delete(id);
    await bumpLibraryRevision(db);
    return { ok: true, undo: { label: `forget "${record.text}"`, rules: [], learnedRemoved: [record] } };
  });
}

/** A buyer's question made an example of a rule (from the metrics' unanswered questions); undo removes it. */
export async function addExample(db: ShopReplyDB, example: Omit<LearnedExampleRecord, 'id' | 'source'>): Promise<EditResult> {
  return db.transaction('rw', tables(db), async (): Promise<EditResult> => {
    if (!(await db.rules.get([example.packId, example.ruleId]))) return refused('ruleId', 'this rule is gone');
    const existing = await db.learned.where('[packId+ruleId]').equals([example.packId, example.ruleId]).toArray();
    if (existing.some((e) => e.text === example.text)) return refused('text', 'this rule already has this example');
    const id = await db.learned.add({ ...example, source: 'editor' });
    await bumpLibraryRevision(db);
    return { ok: true, undo: { label: `example "${example.text}"`, rules: [], learnedAdded: [id as number] } };
  });
}

/**
 * Puts back what an undo entry recorded, in one transaction, and returns the entry that reverses
 * this (for redo). A rule whose pack was removed meanwhile is not brought back.
 */
export async function restore(db: ShopReplyDB, entry: UndoEntry): Promise<UndoEntry> {
  return db.transaction('rw', tables(db), async () => {
    const inverse: UndoEntry = { label: entry.label, rules: [] };
    for (const { packId, ruleId, before } of entry.rules) {
      const now = await db.rules.get([packId, ruleId]);
      inverse.rules.push(now ? { packId, ruleId, before: now } : { packId, ruleId });
      if (before && (await db.packs.get(packId))) await db.rules.put(before);
      else if (!before) await db.rules.delete([packId, ruleId]);
    }
    if (entry.learnedAdded?.length) {
      const added = (await db.learned.bulkGet(entry.learnedAdded)).filter((l): l is LearnedExampleRecord => !!l);
      await db.learned.bulkDelete(entry.learnedAdded);
      if (added.length) inverse.learnedRemoved = added;
    }
    if (entry.learnedRemoved?.length) {
      await db.learned.bulkPut(entry.learnedRemoved);
      inverse.learnedAdded = entry.learnedRemoved.map((l) => l.id!);
    }
    for (const { packId, before, removed } of entry.packs ?? []) {
      const now = await db.packs.get(packId);
      if (removed && before && !now) {
        await db.packs.add(before);
        (inverse.packs ??= []).push({ packId });
      }
      if (!now) continue; // deleted meanwhile (it is in the bin): nothing to put back onto
      if (before) {
        await db.packs.put(before);
        (inverse.packs ??= []).push({ packId, before: now });
      } else if (await db.rules.where('packId').equals(packId).count()) {
        // Undoing the creation of a pack that has rules by now: they go to the bin, never lost.
        inverse.restoreFromBin = await movePackToBin(db, packId, Date.now());
      } else {
        await db.packs.delete(packId);
        (inverse.packs ??= []).push({ packId, before: now, removed: true });
      }
    }
    if (entry.restoreFromBin !== undefined) {
      const taken = await takePackFromBin(db, entry.restoreFromBin);
      if (taken.ok) inverse.moveToBin = taken.packId;
    }
    if (entry.moveToBin !== undefined) {
      const binId = await movePackToBin(db, entry.moveToBin, Date.now());
      if (binId !== undefined) inverse.restoreFromBin = binId;
    }
    await bumpLibraryRevision(db);
    return inverse;
  });
}
