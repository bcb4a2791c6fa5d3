/** Anything that can be searched with querySelector: a Document, an Element, a ShadowRoot. */
export type Root = ParentNode;

function safeQuery<T>(run: () => T, fallback: T): T {
  // A malformed fallback selector must not stop the others from being tried.
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** The first element matched by the first selector that matches anything. */
export function queryFirst(root: Root, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = safeQuery(() => root.querySelector(selector), null);
    if (found) return found;
  }
  return null;
}

/** All elements of the first selector that matches anything (selectors are never mixed). */
export function queryAllFirst(root: Root, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = safeQuery(() => Array.from(root.querySelectorAll(selector)), []);
    if (found.length) return found;
  }
  return [];
}

/** Whether the element itself matches one of the selectors. */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => safeQuery(() => el.matches(s), false));
}

/** The element itself if it matches, otherwise its first match inside. */
export function selfOrFirst(el: Element, selectors: readonly string[]): Element | null {
  return matchesAny(el, selectors) ? el : queryFirst(el, selectors);
}

/** Visible text with runs of blank space folded, as the agent reads it. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
