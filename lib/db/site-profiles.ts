import { SiteProfileFileSchema, type SiteProfileFile } from '../sites/profile-v1';
import { matchesPattern } from '../sites/match';
import type { ShopReplyDB, SiteProfileRecord } from './database';

/** A stored profile that parses with this release's schema (selectors checked for shape only). */
export interface StoredSiteProfile {
  profile: SiteProfileFile;
  importedAt: number;
  source?: string;
}

/** A record read back, parsed again: one written by another release or edited by hand is left out. */
function parsed(record: SiteProfileRecord): StoredSiteProfile | undefined {
  const result = SiteProfileFileSchema.safeParse(record.profile);
  if (!result.success || result.data.id !== record.id) return undefined;
  return { profile: result.data, importedAt: record.importedAt, ...(record.source ? { source: record.source } : {}) };
}

/** Every imported profile, the most recently imported first (the order they are tried in). */
export async function listSiteProfiles(db: ShopReplyDB): Promise<StoredSiteProfile[]> {
  const records = await db.siteProfiles.orderBy('importedAt').reverse().toArray();
  return records.map(parsed).filter((p): p is StoredSiteProfile => !!p);
}

/** The imported profiles whose `matches` match the URL, the most recently imported first. */
export async function siteProfilesForUrl(db: ShopReplyDB, url: string): Promise<SiteProfileFile[]> {
  return (await listSiteProfiles(db)).map((p) => p.profile).filter((p) => p.matches.some((pattern) => matchesPattern(url, pattern)));
}

/**
 * Stores a checked profile: a new one, or an update of the one with its id (importing again makes
 * it the most recently imported). `created` says which.
 */
export async function saveSiteProfile(db: ShopReplyDB, profile: SiteProfileFile, now: number, source?: string): Promise<{ created: boolean; previous?: SiteProfileFile }> {
  const checked = SiteProfileFileSchema.parse(profile);
  return db.transaction('rw', db.siteProfiles, async () => {
    const before = await db.siteProfiles.get(checked.id);
    await db.siteProfiles.put({ id: checked.id, profile: checked, importedAt: now, ...(source ? { source } : {}) });
    return before ? { created: false, previous: before.profile } : { created: true };
  });
}

/** Removes one profile; resolves to what it was, or undefined when there was none. */
export async function removeSiteProfile(db: ShopReplyDB, id: string): Promise<SiteProfileFile | undefined> {
  return db.transaction('rw', db.siteProfiles, async () => {
    const before = await db.siteProfiles.get(id);
    if (before) await db.siteProfiles.delete(id);
    return before?.profile;
  });
}
