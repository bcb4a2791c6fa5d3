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
