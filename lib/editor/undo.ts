import type { LearnedExampleRecord, RuleRecord } from '../db/database';

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
}

export interface UndoHistory {
  undo: UndoEntry[];
  redo: UndoEntry[];
}

export const UNDO_LIMIT = 100;

export const emptyHistory = (): UndoHistory => ({ undo: [], redo: [] });

/** A new edit: it goes on the undo stack and clears redo, as in any editor. */
export function pushEdit(history: UndoHistory, entry: UndoEntry, limit = UNDO_LIMIT): UndoHistory {
  return { undo: [...history.undo, entry].slice(-limit), redo: [] };
}

/** The entry to undo now, and the history without it; undefined when there is nothing to undo. */
export function takeUndo(history: UndoHistory): { entry: UndoEntry; rest: UndoHistory } | undefined {
  const entry = history.undo.at(-1);
  return entry && { entry, rest: { undo: history.undo.slice(0, -1), redo: history.redo } };
}

export function takeRedo(history: UndoHistory): { entry: UndoEntry; rest: UndoHistory } | undefined {
  const entry = history.redo.at(-1);
  return entry && { entry, rest: { undo: history.undo, redo: history.redo.slice(0, -1) } };
}

/** After an undo was applied: its inverse can be redone. */
export const undone = (rest: UndoHistory, inverse: UndoEntry): UndoHistory => ({ undo: rest.undo, redo: [...rest.redo, inverse] });

/** After a redo was applied: its inverse can be undone again. */
export const redone = (rest: UndoHistory, inverse: UndoEntry): UndoHistory => ({ undo: [...rest.undo, inverse], redo: rest.redo });
