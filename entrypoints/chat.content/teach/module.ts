import type { OverlayStore } from '../overlay-store';

/**
 * The teaching UI is a chunk of its own (entrypoints/teach-ui, built as /teach-ui.js): the content
 * script loads in every chat tab and stays small, and the chunk is injected into the same isolated
 * world only when a supervisor presses "Teach this page". It hands itself over on this global, which
 * the page's own scripts (another world) cannot see.
 */
export const TEACH_GLOBAL = '__shopreplyTeachUi';
export const TEACH_UI_FILE = '/teach-ui.js' as const;

export interface MountedTeaching {
  open(): void;
  close(): void;
  unmount(): void;
}

export interface TeachModule {
  /** Renders the teaching panel into `container` (inside the overlay's shadow root). */
  mount(container: HTMLElement, options: { store: OverlayStore; host: Element }): MountedTeaching;
}
