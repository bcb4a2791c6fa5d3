import type { ShopReplyDB } from '../../lib/db/database';
import { listSiteProfiles, removeSiteProfile, saveSiteProfile, siteProfilesForUrl } from '../../lib/db/site-profiles';
import { SiteProfileFileSchema } from '../../lib/sites/profile-v1';
import { patternOfTeachScript } from '../../lib/sites/teach-host';
import { PROFILE_SCRIPT_PREFIX, originOf, originsToRelease, wantedRegistrations, type ScriptRegistration } from '../../lib/sites/origins';

/** What the worker needs of the browser for site profiles (the real one is in index.ts; tests pass a fake). */
export interface ProfilePlatform {
  /** The manifest's host permissions and its own content script's pages and files. */
  manifest(): { hosts: string[]; contentMatches: string[]; js: string[] };
  /** Which of these origins the person has granted. */
  granted(origins: string[]): Promise<Set<string>>;
  release(origins: string[]): Promise<void>;
  registered(): Promise<ScriptRegistration[]>;
  register(scripts: (ScriptRegistration & { js: string[] })[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/**
 * Imported site profiles in the worker: stored in the database, and the content script registered
 * for their pages outside the manifest (only where the person granted the host). The registrations
 * are derived from the table every time, so a restarted worker or a changed permission re-syncs them.
 */
export function createSiteProfiles(db: ShopReplyDB, platform: ProfilePlatform) {
  let queue: Promise<unknown> = Promise.resolve();

  async function syncNow(): Promise<ScriptRegistration[]> {
    const { contentMatches, js } = platform.manifest();
    const profiles = (await listSiteProfiles(db)).map((p) => p.profile);
    const candidates = wantedRegistrations(profiles, contentMatches, () => true);
    const needed = [...new Set(candidates.flatMap((c) => c.matches.map((m) => originOf(m) ?? '')))].filter(Boolean);
    const granted = needed.length ? await platform.granted(needed) : new Set<string>();
    const wanted = wantedRegistrations(profiles, contentMatches, (o) => granted.has(o));
    // Only what changed: a worker restarts often, and a tab loading meanwhile must still get the script.
    const key = (r: ScriptRegistration) => `${r.id} ${r.matches.join(' ')}`;
    const ours = (await platform.registered()).filter((r) => r.id.startsWith(PROFILE_SCRIPT_PREFIX));
    const keep = new Set(wanted.map(key));
    const stale = ours.filter((r) => !keep.has(key(r)));
    const present = new Set(ours.filter((r) => keep.has(key(r))).map(key));
    const fresh = wanted.filter((w) => !present.has(key(w)));
    if (stale.length) await platform.unregister(stale.map((r) => r.id));
    if (fresh.length) await platform.register(fresh.map((w) => ({ ...w, js })));
    return wanted;
  }

  /** Re-syncs the registrations, one run at a time (a run sees every change before it). */
  function sync(): Promise<ScriptRegistration[]> {
    const run = queue.then(syncNow, syncNow);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    sync,
    list: () => listSiteProfiles(db),
    forPage: (url: string) => siteProfilesForUrl(db, url),
    async save(value: unknown, source: string | undefined, now: number) {
      // Checked again here: whatever the page sent, only a valid profile is stored (no DOM: selectors by shape).
      // The page has already worded each problem for the person (lib/sites/profile-parse.ts); this is the guard.
      const checked = SiteProfileFileSchema.safeParse(value);
      if (!checked.success) {
        const issues = checked.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
        throw new Error(`site profile refused: ${issues.join('; ')}`);
      }
      const { created } = await saveSiteProfile(db, checked.data, now, source);
      await sync();
      return { id: checked.data.id, created };
    },
    async remove(id: string) {
      const removed = await removeSiteProfile(db, id);
      if (!removed) return { removed: false, released: [] };
      // A host being taught ("Teach a new page") still needs its access, whatever profile goes.
      const teaching = (await platform.registered()).flatMap((r) => patternOfTeachScript(r.id) ?? []);
      const remaining = [...(await listSiteProfiles(db)).map((p) => p.profile.matches), teaching];
      const candidates = originsToRelease(removed.matches, remaining, platform.manifest().hosts);
      const held = candidates.length ? await platform.granted(candidates) : new Set<string>();
      const released = candidates.filter((o) => held.has(o));
      await sync();
      if (released.length) await platform.release(released);
      return { removed: true, released };
    },
  };
}
export type SiteProfiles = ReturnType<typeof createSiteProfiles>;
