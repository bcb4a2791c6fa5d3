import type { SelectorCheck } from './profile-v1';

/**
 * A selector check by a document's own selector engine: what the page will run is what judges it.
 * (A fragment, so nothing is searched.)
 */
export function selectorCheckOf(doc: Document): SelectorCheck {
  const fragment = doc.createDocumentFragment();
  return (selector) => {
    try {
      fragment.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}
