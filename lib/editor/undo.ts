/**
 * The editor's undo and redo stacks. An entry is whatever undoes one edit (lib/db/edit.ts makes
 * them); restoring an entry yields the entry that redoes it, so undo and redo share one shape.
 */
export interface UndoHistory<E> {
  undo: E[];
  redo: E[];
}

export const UNDO_LIMIT = 100;

export const emptyHistory = <E>(): UndoHistory<E> => ({ undo: [], redo: [] });

/** A new edit: it goes on the undo stack and clears redo, as in any editor. */
export function pushEdit<E>(history: UndoHistory<E>, entry: E, limit = UNDO_LIMIT): UndoHistory<E> {
  return { undo: [...history.undo, entry].slice(-limit), redo: [] };
}

/** The entry to undo now, and the history without it; undefined when there is nothing to undo. */
export function takeUndo<E>(history: UndoHistory<E>): { entry: E; rest: UndoHistory<E> } | undefined {
  const entry = history.undo.at(-1);
  return entry && { entry, rest: { undo: history.undo.slice(0, -1), redo: history.redo } };
}

export function takeRedo<E>(history: UndoHistory<E>): { entry: E; rest: UndoHistory<E> } | undefined {
  const entry = history.redo.at(-1);
  return entry && { entry, rest: { undo: history.undo, redo: history.redo.slice(0, -1) } };
}

/** After an undo was applied: its inverse can be redone. */
export const undone = <E>(rest: UndoHistory<E>, inverse: E): UndoHistory<E> => ({ undo: rest.undo, redo: [...rest.redo, inverse] });

/** After a redo was applied: its inverse can be undone again. */
export const redone = <E>(rest: UndoHistory<E>, inverse: E): UndoHistory<E> => ({ undo: [...rest.undo, inverse], redo: rest.redo });
