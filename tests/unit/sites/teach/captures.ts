import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// jsdom replaces the global URL, which node:fs does not take as a file URL: use a plain path.
const CAPTURES = join(import.meta.dirname, '../../../fixtures/captures');

/** A committed capture (`teach/hashed-data`, `redesigned`, …) parsed into its own Document. */
export function loadCapture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(CAPTURES, `${name}.html`), 'utf8'), 'text/html');
}

export function one(doc: ParentNode, selector: string): Element {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`the capture has no ${selector}`);
  return el;
}
