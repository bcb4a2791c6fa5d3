import Dexie from 'dexie';
import type { LearnedExampleRecord, PackRecord, RuleRecord, ShopReplyDB } from './database';
import type { UndoEntry } from './edit';

/**
 * An import's undo entry: what the import changed, as it was before Apply, in the shape every other
 * edit's undo has (lib/db/edit.ts), so the editor's Undo button restores it in one transaction with
 * `restore`. Only what differs is kept: a new 10,000-rule pack costs 10,000 ids, an update the
 * changed and removed rules (see docs/import-encodings.md on memory).
 */

export interface PackState {
  packId: string;
  pack?: PackRecord;
  rules: RuleRecord[];
  learned: LearnedExampleRecord[];
}

/** A pack's records as they are now. Runs inside the caller's transaction. */
export async function readPackState(db: ShopReplyDB, packId: string): Promise<PackState> {
  const [pack, rules, learned] = await Promise.all([
    db.packs.get(packId),
    db.rules.where('[packId+id]').between([packId, Dexie.minKey], [packId, Dexie.maxKey]).toArray(),
    db.learned.where('[packId+ruleId]').between([packId, Dexie.minKey], [packId, Dexie.maxKey]).toArray(),
  ]);
  return { packId, pack, rules, learned };
}

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** The undo entry that takes the library from `after` back to `before`, pack by pack. */
export function importUndoEntry(label: string, before: readonly PackState[], after: readonly PackState[]): UndoEntry {
  const entry: UndoEntry = { label, rules: [], packs: [], learnedRemoved: [], learnedAdded: [] };
  before.forEach((was, i) => {
    const now = after[i];
    entry.packs!.push(was.pack ? { packId: was.packId, before: was.pack } : { packId: was.packId });
    const nowRules = new Map(now.rules.map((r) => [r.id, r]));
    const wasIds = new Set<string>();
    for (const rule of was.rules) {
      wasIds.add(rule.id);
      const current = nowRules.get(rule.id);
      if (!current || !same(current, rule)) entry.rules.push({ packId: was.packId, ruleId: rule.id, before: rule });
    }
    for (const rule of now.rules) if (!wasIds.has(rule.id)) entry.rules.push({ packId: was.packId, ruleId: rule.id });
    const nowLearned = new Set(now.learned.map((l) => l.id));
    const wasLearned = new Set(was.learned.map((l) => l.id));
    entry.learnedRemoved!.push(...was.learned.filter((l) => !nowLearned.has(l.id)));
    entry.learnedAdded!.push(...now.learned.filter((l) => !wasLearned.has(l.id)).map((l) => l.id!));
  });
  return entry;
}
