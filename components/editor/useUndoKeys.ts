import { useEffect } from 'react';
import { useEditor } from './EditorContext';

/**
 * Ctrl+Z undoes the last saved change and Ctrl+Shift+Z (or Ctrl+Y) redoes it, except while a
 * text field holds unsaved typing: there the browser's own text undo applies.
 */
export function useUndoKeys(): void {
  const { undo, redo } = useEditor();
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const isUndo = key === 'z' && !e.shiftKey;
      const isRedo = (key === 'z' && e.shiftKey) || key === 'y';
      if (!isUndo && !isRedo) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('[data-dirty="true"]') || target?.dataset?.testid === 'try-input') return;
      e.preventDefault();
      void (isUndo ? undo() : redo());
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
