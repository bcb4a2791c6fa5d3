/** What a press of the pointer is made of: none of it may reach the page while a part is being picked. */
const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu', 'touchstart', 'touchend'] as const;

export interface PickerOptions {
  /** Our own interface (the overlay's shadow host): events there are ours, never picks. */
  isOurs: (target: EventTarget | null) => boolean;
  onHover: (el: Element | null) => void;
  onPick: (el: Element) => void;
  onCancel: () => void;
}

/**
 * Point-and-pick on the page: while on, the element under the pointer is reported for the
 * highlight and a press of the main button picks it. Only the browser's own events (`isTrusted`) count, so the page's
 * scripts cannot pick for the supervisor; and the picking click is taken before the page's own
 * listeners see it (window, capture phase), so it opens, sends or focuses nothing there.
 */
export function createPicker(win: Window, options: PickerOptions) {
  let on = false;
  const pageElement = (e: Event): Element | null => {
    const first = e.composedPath()[0];
    return first instanceof Element ? first : null;
  };
  const hover = (e: Event) => {
    if (!e.isTrusted) return;
    if (options.isOurs(e.target)) return options.onHover(null);
    options.onHover(pageElement(e));
  };
  const press = (e: Event) => {
    if (!e.isTrusted || options.isOurs(e.target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    // The press picks, not the click: a disabled button (Send with an empty reply box) gets no click.
    if (e.type !== 'pointerdown' || (e as PointerEvent).button !== 0) return;
    const el = pageElement(e);
    if (el) options.onPick(el);
  };
  const key = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    options.onCancel();
  };
  return {
    get active() {
      return on;
    },
    start() {
      if (on) return;
      on = true;
      win.addEventListener('pointermove', hover, true);
      win.addEventListener('mouseover', hover, true);
      for (const type of PRESS) win.addEventListener(type, press, { capture: true, passive: false });
      win.addEventListener('keydown', key, true);
    },
    stop() {
      if (!on) return;
      on = false;
      win.removeEventListener('pointermove', hover, true);
      win.removeEventListener('mouseover', hover, true);
      for (const type of PRESS) win.removeEventListener(type, press, { capture: true });
      win.removeEventListener('keydown', key, true);
      options.onHover(null);
    },
  };
}
export type Picker = ReturnType<typeof createPicker>;
