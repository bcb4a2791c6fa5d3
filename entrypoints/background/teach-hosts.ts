import {
  patternOfTeachScript,
  profileCoversTeachHost,
  teachHostOf,
  teachNeedsRegistration,
  teachOriginsToRelease,
  teachOriginsToRequest,
} from '../../lib/sites/teach-host';
import type { ProfilePlatform } from './site-profiles';

/** A host registered for teaching, as the options page lists it. */
export interface TeachingHost {
  id: string;
  pattern: string;
}

/**
 * Hosts registered for "Teach a new page": the content script runs there (and, finding no profile,
 * offers "Teach this page") until a profile for the host is saved or the supervisor cancels. The
 * registrations themselves are the record (`registerContentScripts` keeps them across worker and
 * browser restarts), so nothing lives in the worker's memory.
 */
export function createTeachHosts(
  platform: ProfilePlatform,
  profileMatches: () => Promise<string[][]>,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
) {
  async function list(): Promise<TeachingHost[]> {
    return (await platform.registered()).flatMap((r) => {
      const pattern = patternOfTeachScript(r.id);
      return pattern ? [{ id: r.id, pattern }] : [];
    });
  }

  return {
    list,
    /** After the options page got the origin from the person: register there and open the page. */
    async start(address: string): Promise<{ id: string; url: string; registered: boolean }> {
      const parsed = teachHostOf(address);
      if (!parsed.ok) throw new Error(parsed.code);
      const host = parsed.value;
      const { hosts, contentMatches, js } = platform.manifest();
      const needed = teachOriginsToRequest(host, hosts);
      const granted = needed.length ? await platform.granted(needed) : new Set<string>();
      const refused = needed.filter((o) => !granted.has(o));
      if (refused.length) throw new Error(`no access to ${refused.join(', ')}`);
      let registered = false;
      if (teachNeedsRegistration(host, contentMatches)) {
        if (!(await list()).some((t) => t.id === host.id)) {
          await platform.register([{ id: host.id, matches: [host.pattern], js }]);
        }
        registered = true;
      }
      await openTab(host.url);
      return { id: host.id, url: host.url, registered };
    },
    /** The supervisor stops teaching there: unregister, and give the host back unless something needs it. */
    async cancel(id: string): Promise<{ released: string[] }> {
      const host = (await list()).find((t) => t.id === id);
      if (!host) return { released: [] };
      await platform.unregister([id]);
      const candidates = teachOriginsToRelease(host, await profileMatches(), platform.manifest().hosts);
      const held = candidates.length ? await platform.granted(candidates) : new Set<string>();
      const released = candidates.filter((o) => held.has(o));
      if (released.length) await platform.release(released);
      return { released };
    },
    /** A profile was saved: teaching on its hosts is over (the profile's own registration takes over). */
    async profileSaved(matches: readonly string[]): Promise<string[]> {
      const done = (await list()).filter((t) => profileCoversTeachHost(t, matches)).map((t) => t.id);
      if (done.length) await platform.unregister(done);
      return done;
    },
  };
}
export type TeachHosts = ReturnType<typeof createTeachHosts>;
