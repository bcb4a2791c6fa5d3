import { draftHash } from '../../lib/sites/teach/draft-url';
import { TEACH_UI_FILE } from '../chat.content/teach/module';

/** The editor's address for a draft profile: `options.html#site-profile-draft=<base64url JSON>`. */
export const draftEditorUrl = (optionsUrl: string, profile: unknown) => `${optionsUrl}${draftHash(profile)}`;

/**
 * Opens the editor with a taught profile in a new tab (ISSUE11 interface 1). The editor shows it
 * as a preview with Apply; nothing is stored here.
 */
export async function openSiteProfileDraft(
  profile: unknown,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
  optionsUrl: string = browser.runtime.getURL('/options.html'),
): Promise<{ ok: true }> {
  await openTab(draftEditorUrl(optionsUrl, profile));
  return { ok: true };
}

/** The tab and frame a message came from, as the browser tells the worker. */
export interface SenderTab {
  tabId?: number;
  frameId?: number;
}

/**
 * Injects the teaching interface's chunk into the frame that asked, in the content script's
 * isolated world (entrypoints/chat.content/teach/module.ts). Only our own file, only into a tab our
 * content script already runs in (the sender).
 */
export async function injectTeachUi(
  sender: SenderTab,
  inject: (tabId: number, frameId: number, file: string) => Promise<unknown> = (tabId, frameId, file) =>
    browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as '/teach-ui.js'] }),
): Promise<{ ok: true }> {
  if (sender.tabId === undefined) throw new Error('load-teach-ui needs the sender\'s tab');
  await inject(sender.tabId, sender.frameId ?? 0, TEACH_UI_FILE);
  return { ok: true };
}
