import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ShopReplyDB } from '../../lib/db/database';
import { restore, type EditResult } from '../../lib/db/edit';
import { emptyHistory, pushEdit, redone, takeRedo, takeUndo, undone, type UndoHistory } from '../../lib/editor/undo';
import type { VariableValues } from '../../lib/templates/variables';

export interface Editor {
  db: ShopReplyDB;
  history: UndoHistory;
  /** Runs an edit; a successful one goes on the undo stack. Returns the result for inline problems. */
  run: (edit: Promise<EditResult>) => Promise<EditResult>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Short status for the page header ("Saved", "Undone: …"). */
  status: string;
  setStatus: (status: string) => void;
  /** Sample variable values for previews (try-it box and rule editor). */
  samples: VariableValues;
  setSamples: (samples: VariableValues) => void;
}

const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside EditorProvider');
  return editor;
}

export const DEFAULT_SAMPLES: VariableValues = {
  buyer_name: 'Alex',
  order_id: '5781234567',
  sku: 'SKU-001',
  product_name: 'Linen shirt',
  agent_name: 'Mia',
  shop_name: 'Demo Shop',
};

export function EditorProvider({ db, children, messages }: { db: ShopReplyDB; children: ReactNode; messages: { saved: string; undone: (label: string) => string } }) {
  const [history, setHistory] = useState<UndoHistory>(emptyHistory);
  const [status, setStatus] = useState('');
  const [samples, setSamples] = useState<VariableValues>(DEFAULT_SAMPLES);

  const run = useCallback(async (edit: Promise<EditResult>) => {
    const result = await edit;
    if (result.ok) {
      setHistory((h) => pushEdit(h, result.undo));
      setStatus(messages.saved);
    }
    return result;
  }, [messages]);

  // The stacks are read from state at call time; a second Ctrl+Z waits for the first to finish.
  const [busy, setBusy] = useState(false);
  const undo = useCallback(async () => {
    const taken = takeUndo(history);
    if (!taken || busy) return;
    setBusy(true);
    try {
      const inverse = await restore(db, taken.entry);
      setHistory(undone(taken.rest, inverse));
      setStatus(messages.undone(taken.entry.label));
    } finally {
      setBusy(false);
    }
  }, [db, history, busy, messages]);
  const redo = useCallback(async () => {
    const taken = takeRedo(history);
    if (!taken || busy) return;
    setBusy(true);
    try {
      const inverse = await restore(db, taken.entry);
      setHistory(redone(taken.rest, inverse));
      setStatus(messages.saved);
    } finally {
      setBusy(false);
    }
  }, [db, history, busy, messages]);

  const value = useMemo(
    () => ({ db, history, run, undo, redo, status, setStatus, samples, setSamples }),
    [db, history, run, undo, redo, status, samples],
  );
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}
