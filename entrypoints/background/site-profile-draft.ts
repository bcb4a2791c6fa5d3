import { draftHash } from '../../lib/sites/teach/draft-url';

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
