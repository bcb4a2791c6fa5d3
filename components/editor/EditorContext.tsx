import { createContext, useRef, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ShopReplyDB } from '../../lib/db/database';
import { restore, type EditResult, type UndoEntry } from '../../lib/db/edit';
import { emptyHistory, pushEdit, redone, takeRedo, takeUndo, undone, type UndoHistory } from '../../lib/editor/undo';
import type { VariableValues } from '../../lib/templates/variables';

export interface Editor {
  db: ShopReplyDB;
  history: UndoHistory<UndoEntry>;
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
  const [history, setHistory] = useState<UndoHistory<UndoEntry>>(emptyHistory);
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

  // Undo and redo run one after another, each on the stacks the previous one left: a quick second
  // Ctrl+Z is queued, never dropped. The ref holds the stacks as they are now, not as last rendered.
  const historyRef = useRef(history);
  historyRef.current = history;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      queue.current = queue.current.then(async () => {
        const current = historyRef.current;
        const taken = direction === 'undo' ? takeUndo(current) : takeRedo(current);
        if (!taken) return;
        const inverse = await restore(db, taken.entry);
        const next = direction === 'undo' ? undone(taken.rest, inverse) : redone(taken.rest, inverse);
        historyRef.current = next;
        setHistory(next);
        setStatus(direction === 'undo' ? messages.undone(taken.entry.label) : messages.saved);
      }).catch(() => undefined);
      return queue.current;
    },
    [db, messages],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const value = useMemo(
    () => ({ db, history, run, undo, redo, status, setStatus, samples, setSamples }),
    [db, history, run, undo, redo, status, samples],
  );
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}
