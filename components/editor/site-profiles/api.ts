import type { StoredSiteProfileMessage } from '../../../lib/messages/protocol';
import type { SiteProfileFile } from '../../../lib/sites/profile-v1';
import { originsToRequest } from '../../../lib/sites/origins';
import type { TeachHostApi } from './TeachNewPage';

/** The browser's side, given by the options page (entrypoints/options/site-profile-browser.ts). */
export interface ProfileBrowser {
  /** The manifest's host permissions: what every profile gets without asking. */
  manifestHosts: readonly string[];
  /** Asks the person for the origins: must run inside a click handler. */
  request(origins: string[]): Promise<boolean>;
  /** Which of the origins are granted now. */
  granted(origins: string[]): Promise<string[]>;
}

/** The worker's side: the messages of lib/messages (only our pages may send them). */
export interface ProfileWorker {
  list(): Promise<StoredSiteProfileMessage[]>;
  save(profile: SiteProfileFile, source?: string): Promise<{ id: string; created: boolean }>;
  remove(id: string): Promise<{ removed: boolean; released: string[] }>;
}

/** What the import panel and the site-profiles section do with profiles; `changed` tells the list to reload. */
export interface SiteProfileApi extends ProfileWorker {
  browser: ProfileBrowser;
  /** Origins a profile's pages need beyond the manifest. */
  needs(profile: Pick<SiteProfileFile, 'matches'>): string[];
  /** Origins of a profile not granted yet. */
  missing(profile: Pick<SiteProfileFile, 'matches'>): Promise<string[]>;
  /** Asks for the profile's origins (inside a click: nothing is awaited before the request). */
  allow(profile: Pick<SiteProfileFile, 'matches'>): Promise<boolean>;
  subscribe(listener: () => void): () => void;
  /** teachkit: "Teach a new page" (hosts registered for teaching); absent where it is not offered. */
  teach?: TeachHostApi;
}

export function createSiteProfileApi(worker: ProfileWorker, browser: ProfileBrowser, teach?: TeachHostApi): SiteProfileApi {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const needs = (profile: Pick<SiteProfileFile, 'matches'>) => originsToRequest(profile.matches, browser.manifestHosts);
  return {
    browser,
    teach,
    needs,
    async missing(profile) {
      const wanted = needs(profile);
      if (!wanted.length) return [];
      const held = new Set(await browser.granted(wanted));
      return wanted.filter((o) => !held.has(o));
    },
    async allow(profile) {
      const origins = needs(profile);
      const granted = origins.length ? await browser.request(origins) : true;
      changed();
      return granted;
    },
    list: () => worker.list(),
    async save(profile, source) {
      const saved = await worker.save(profile, source);
      changed();
      return saved;
    },
    async remove(id) {
      const removed = await worker.remove(id);
      changed();
      return removed;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
