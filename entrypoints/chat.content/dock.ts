import { dockPanel, type Box, type Dock } from '../../lib/overlay/dock';
import type { ChatPage } from './page';

const boxOf = (el: Element | null | undefined): Box | null => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width || r.height ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
};

/**
 * Docks the panel where the page has room (lib/overlay/dock.ts decides). Above the composer, the
 * message list gives up the panel's height at its bottom (a bottom margin on the page's list), and
 * a list that showed its newest message keeps showing it.
 */
export function createDocking(page: ChatPage, win: Window = window) {
  let reservedOn: HTMLElement | null = null;
  let reserved = 0;
  let originalMargin = '';
  /** Cleared for good when the page's list did not shrink but pushed the composer down instead. */
  let canReserve = true;

  function setReserve(list: HTMLElement | null, px: number) {
    if (reservedOn && (reservedOn !== list || px === 0)) {
      reservedOn.style.marginBottom = originalMargin;
      reservedOn = null;
      reserved = 0;
    }
    if (!list || px === 0 || (list === reservedOn && Math.abs(px - reserved) < 2)) return;
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    if (reservedOn !== list) originalMargin = list.style.marginBottom;
    reservedOn = list;
    reserved = px;
    const composerTop = page.composer()?.getBoundingClientRect().top;
    list.style.marginBottom = `${px}px`;
    const movedDown = (page.composer()?.getBoundingClientRect().top ?? 0) - (composerTop ?? 0);
    if (composerTop !== undefined && movedDown > 1) {
      canReserve = false;
      setReserve(null, 0);
      return;
    }
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  return {
    /** Where the panel goes now, given its rendered height; moves the message list as needed. */
    place(panelHeight: number, visible: boolean): Dock {
      const listEl = page.messageList();
      const list = boxOf(listEl);
      // The list as it would be without our reserve.
      if (list && listEl === reservedOn) list.height += reserved;
      const dock = dockPanel({
        viewport: { width: win.innerWidth, height: win.innerHeight },
        list,
        composer: boxOf(page.composer()),
        send: boxOf(page.sendButton()),
        panelHeight,
        canReserve,
      });
      setReserve(listEl instanceof HTMLElement ? listEl : null, visible ? dock.reserve : 0);
      return dock;
    },
    release: () => setReserve(null, 0),
  };
}
export type Docking = ReturnType<typeof createDocking>;
