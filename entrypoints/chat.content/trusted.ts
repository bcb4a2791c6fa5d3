/** What a person does with a pointer or keys: the page's own scripts can dispatch every one of them. */
const ACTIONS = [
  'click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
] as const;

/**
 * Stops, before React sees it, every event under `root` that the browser did not make for a
 * person (`isTrusted` false): a script on the chat page clicking "accept", the auto-send switch or
 * "dismiss" in the overlay does nothing. Returns the undo.
 */
export function acceptOnlyTrustedEvents(root: EventTarget): () => void {
  const refuse = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault(); // a synthetic click on a checkbox would otherwise leave it toggled
  };
  for (const type of ACTIONS) root.addEventListener(type, refuse, true);
  return () => {
    for (const type of ACTIONS) root.removeEventListener(type, refuse, true);
  };
}
