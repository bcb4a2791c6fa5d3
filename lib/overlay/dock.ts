/** A box on screen, in CSS pixels from the viewport's top left. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DockInput {
  viewport: { width: number; height: number };
  /** The message list as it would be without our reserve (its bottom before we moved it up). */
  list: Box | null;
  composer: Box | null;
  send: Box | null;
  /** The panel's own height as rendered now (0 before the first render). */
  panelHeight: number;
  /** False when giving up list height pushed the composer down (a list that does not shrink). */
  canReserve?: boolean;
}

export type Dock =
  /** Above the composer, as wide as it; the message list gives up `reserve` px at its bottom. */
  | { mode: 'above'; left: number; top: number; width: number; maxHeight: number; reserve: number }
  /** In the column to the right of the chat: nothing of the conversation moves. */
  | { mode: 'side'; left: number; top: number; width: number; maxHeight: number; reserve: 0 }
  /** The page cannot be read: one line at the top right, away from the page's controls. */
  | { mode: 'corner'; left: number; top: number; width: number; maxHeight: number; reserve: 0 };

const GAP = 8;
/** Narrower than this, a panel above the composer wraps every suggestion into a column of words. */
export const MIN_USABLE_WIDTH = 320;
const SIDE_MAX_WIDTH = 300;
const SIDE_MIN_WIDTH = 240;
const CORNER_WIDTH = 300;
/** The message list keeps at least this share of its height (the newest messages stay readable). */
const LIST_KEEPS = 0.4;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;

export function intersects(a: Box, b: Box): boolean {
  return a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);
}

/**
 * Where the panel goes: above the composer and no wider than it, shrinking the message list from
 * the bottom, when the composer is wide enough to read suggestions in; else in the column beside
 * the chat; else (no composer or list found) a single line in the top right corner, clear of the
 * send button.
 */
export function dockPanel({ viewport, list, composer, send, panelHeight, canReserve = true }: DockInput): Dock {
  if (list && composer) {
    const chatTop = list.top;
    const panelBottom = composer.top - GAP;
    if (composer.width >= MIN_USABLE_WIDTH && canReserve) {
      const maxHeight = Math.max(48, Math.floor((panelBottom - chatTop) * (1 - LIST_KEEPS)));
      const height = Math.min(panelHeight, maxHeight);
      const top = panelBottom - height;
      // The list's bottom must end above the panel's top.
      const reserve = Math.max(0, Math.ceil(bottom(list) - top + GAP / 2));
      return { mode: 'above', left: composer.left, top, width: Math.min(composer.width, 560), maxHeight, reserve };
    }
    const columnLeft = Math.max(right(list), right(composer), send ? right(send) : 0) + GAP;
    const room = viewport.width - columnLeft - GAP;
    if (room >= SIDE_MIN_WIDTH) {
      return { mode: 'side', left: columnLeft, top: chatTop, width: Math.min(SIDE_MAX_WIDTH, room), maxHeight: viewport.height - chatTop - GAP, reserve: 0 };
    }
  }
  const width = Math.min(CORNER_WIDTH, viewport.width - 2 * GAP);
  let top = GAP;
  const box = { left: viewport.width - width - GAP, top, width, height: Math.max(panelHeight, 32) };
  if (send && intersects(box, send)) top = bottom(send) + GAP;
  return { mode: 'corner', left: box.left, top, width, maxHeight: Math.max(48, viewport.height - top - GAP), reserve: 0 };
}
