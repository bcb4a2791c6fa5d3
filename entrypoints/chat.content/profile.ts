import { createAsk } from '../../lib/messages/ask';
import { profileForUrl, toRuntimeProfile, type SiteProfile } from '../../lib/sites';
import type { SiteProfileFile } from '../../lib/sites/profile-v1';
import { unknownPageProfile } from '../../lib/sites/unknown';

const ask = createAsk((message) => browser.runtime.sendMessage(message));

/** How long the page waits for the worker's profiles before it reads with the built-in ones. */
export const PROFILE_WAIT_MS = 1500;

async function importedProfiles(url: string, waitMs: number): Promise<SiteProfileFile[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), waitMs);
  });
  try {
    return (await Promise.race([ask({ type: 'site-profiles-for-page', url }), late])).profiles;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The profile that reads this page: an imported one whose pages include it (the worker answers
 * them most recent first), else the built-in one; with neither (a host registered for teaching),
 * a profile that finds nothing, so the badge names every role the page must show.
 */
export async function profileOfPage(url: string, waitMs = PROFILE_WAIT_MS): Promise<SiteProfile> {
  let imported: SiteProfile[] = [];
  try {
    imported = (await importedProfiles(url, waitMs)).map((file) => toRuntimeProfile(file, { origin: 'imported' }));
  } catch (error) {
    // The worker is starting or gone: the built-in profiles still read the seller chat.
    console.warn('ShopReply: reading with the built-in profiles:', error instanceof Error ? error.message : error);
  }
  return profileForUrl(url, imported) ?? unknownPageProfile();
}
