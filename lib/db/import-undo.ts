import type { UndoEntry } from './edit';
import type { WrittenImport } from './pack-io';

/**
 * An import's undo entry: what the import changed, as it was before Apply, in the shape every other
 * edit's undo has (lib/db/edit.ts), so the editor's Undo button restores it in one transaction with
 * `restore`. Only what the write put or deleted is kept (writeAppliedImport reports it from inside
 * its transaction): a new 10,000-rule pack costs 10,000 ids, an update the changed and removed
 * rules as they were (docs/import-encodings.md has the sizes).
 */
export function importUndoEntry(label: string, writes: readonly WrittenImport[]): UndoEntry {
  const entry: UndoEntry = { label, rules: [], packs: [], learnedRemoved: [], learnedAdded: [] };
  for (const w of writes) {
    entry.packs!.push(w.packBefore ? { packId: w.packId, before: w.packBefore } : { packId: w.packId });
    for (const r of w.rules) entry.rules.push(r.before ? { packId: w.packId, ruleId: r.ruleId, before: r.before } : { packId: w.packId, ruleId: r.ruleId });
    entry.learnedRemoved!.push(...w.learnedRemoved);
    entry.learnedAdded!.push(...w.learnedAdded);
  }
  return entry;
}
