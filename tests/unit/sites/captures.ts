import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// jsdom replaces the global URL, which node:fs does not take as a file URL: use a plain path.
const CAPTURES_DIR = join(import.meta.dirname, '../../fixtures/captures');

/** A committed capture of a chat page, parsed into its own Document (scripts never run). */
export function loadCapture(name: string): Document {
  const html = readFileSync(join(CAPTURES_DIR, `${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export const DEMO_CAPTURES = ['default', 'other-conversation', 'contenteditable', 'duplicates', 'zh-locale'] as const;
