import type { SiteProfile } from './profile-schema';
import { queryFirst, type Root } from './query';

export type ComposerRef =
  | { kind: 'textarea'; el: HTMLTextAreaElement }
  | { kind: 'contenteditable'; el: HTMLElement };

/** The chat composer: a (React-controlled) textarea, or else a contenteditable editor. */
export function findComposer(doc: Root, profile: SiteProfile): ComposerRef | null {
  const textarea = queryFirst(doc, profile.selectors.composerTextarea);
  if (textarea && textarea.tagName === 'TEXTAREA') return { kind: 'textarea', el: textarea as HTMLTextAreaElement };
  const editable = queryFirst(doc, profile.selectors.composerEditable);
  if (editable && (editable as HTMLElement).isContentEditable !== false) {
    return { kind: 'contenteditable', el: editable as HTMLElement };
  }
  return null;
}

export function findSendButton(doc: Root, profile: SiteProfile): HTMLElement | null {
  return queryFirst(doc, profile.selectors.sendButton) as HTMLElement | null;
}

/** Elements that end a line in what an editor shows (its paragraphs, list items, line breaks). */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'SECTION', 'ARTICLE']);

/**
 * Parts of a rich editor that are not the text being written: placeholders drawn as nodes (Slate's
 * `data-slate-placeholder`, ProseMirror widgets, anything the editor marks uneditable) and parts
 * hidden from assistive technology.
 */
const NOT_TEXT = '[contenteditable="false"], [data-slate-placeholder], [data-placeholder-node], [aria-hidden="true"]';

/**
 * The text a contenteditable composer shows, as the person reads it: one line per paragraph (rich
 * editors wrap every line in a block: Lexical and ProseMirror `<p>`, Draft.js and Slate `<div>`),
 * without placeholder nodes and without the empty line an editor keeps at the end (Lexical's and
 * ProseMirror's trailing `<br>`). Read from the live nodes, not `innerText`, which jsdom lacks and
 * which turns a paragraph's margins into blank lines.
 */
export function editableText(root: Element): string {
  let out = '';
  const newline = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return; // comments and the like
    const el = node as Element;
    if (el !== root && el.matches(NOT_TEXT)) return;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = el !== root && BLOCKS.has(el.tagName);
    if (block) newline();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) newline();
  };
  walk(root);
  return out.replace(/\n+$/, '');
}
