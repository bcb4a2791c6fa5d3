import type { ProfilePlatform } from '../../../entrypoints/background/site-profiles';

/**
 * The browser as the worker's site-profile code sees it: granted hosts, content scripts registered
 * the way `registerContentScripts` keeps them (they outlive a worker), and the hosts given back.
 */
export function fakeBrowser(manifestHosts: string[], grantedHosts: string[]) {
  const granted = new Set(grantedHosts);
  const scripts = new Map<string, { matches: string[]; js: string[] }>([['someone-else', { matches: ['https://x.example/*'], js: ['x.js'] }]]);
  const released: string[][] = [];
  const registrations: string[] = [];
  const opened: string[] = [];
  const platform: ProfilePlatform = {
    manifest: () => ({ hosts: manifestHosts, contentMatches: manifestHosts, js: ['content-scripts/chat.js'] }),
    granted: async (origins) => new Set(origins.filter((o) => granted.has(o))),
    release: async (origins) => {
      released.push(origins);
      origins.forEach((o) => granted.delete(o));
    },
    registered: async () => [...scripts].map(([id, s]) => ({ id, matches: s.matches })),
    register: async (list) =>
      list.forEach((s) => {
        if (scripts.has(s.id)) throw new Error(`duplicate script id ${s.id}`);
        registrations.push(s.id);
        scripts.set(s.id, { matches: s.matches, js: s.js });
      }),
    unregister: async (ids) =>
      ids.forEach((id) => {
        if (!scripts.delete(id)) throw new Error(`nonexistent script id ${id}`);
      }),
  };
  const openTab = async (url: string) => opened.push(url);
  return { platform, scripts, released, granted, registrations, opened, openTab };
}
