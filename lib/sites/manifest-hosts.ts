import { DEMO_MATCHES, SELLER_CHAT_HOSTS } from './hosts';

/** The parts of a generated manifest that name the pages the extension reaches. */
export interface ManifestHosts {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: (string | { matches?: string[] })[];
}

const hostOf = (pattern: string) => /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface MatchList {
  where: string;
  list: string[];
  replace: (list: string[]) => void;
}

/** Every list of match patterns in the manifest, with where it is (for error messages). */
function matchLists(manifest: ManifestHosts): MatchList[] {
  const lists: MatchList[] = [];
  if (manifest.host_permissions) {
    lists.push({ where: 'host_permissions', list: manifest.host_permissions, replace: (l) => (manifest.host_permissions = l) });
  }
  if (manifest.optional_host_permissions) {
    const replace = (l: string[]) => (manifest.optional_host_permissions = l);
    lists.push({ where: 'optional_host_permissions', list: manifest.optional_host_permissions, replace });
  }
  manifest.content_scripts?.forEach((s, i) => {
    if (s.matches) lists.push({ where: `content_scripts[${i}].matches`, list: s.matches, replace: (l) => (s.matches = l) });
  });
  manifest.web_accessible_resources?.forEach((r, i) => {
    if (typeof r === 'object' && r.matches) {
      lists.push({ where: `web_accessible_resources[${i}].matches`, list: r.matches, replace: (l) => (r.matches = l) });
    }
  });
  return lists;
}

/** The loopback patterns a manifest holds, each with the field it is in: none in the store build. */
export function loopbackMatches(manifest: ManifestHosts): string[] {
  return matchLists(manifest).flatMap(({ where, list }) =>
    list.filter((p) => LOOPBACK.has(hostOf(p)?.replace(/:\d+$/, '') ?? '')).map((p) => `${where}: ${p}`),
  );
}

/**
 * The demo build (`npm run build:demo`): the store manifest plus the demo's loopback host wherever
 * the seller chat hosts are (host permissions, the content script, and the resources it loads).
 */
export function addDemoHosts(manifest: ManifestHosts): void {
  const sellerHosts = new Set(SELLER_CHAT_HOSTS);
  for (const { list, replace } of matchLists(manifest)) {
    if (list.some((p) => sellerHosts.has(hostOf(p) ?? ''))) replace([...new Set([...list, ...DEMO_MATCHES])]);
  }
}

/**
 * Hosts a person may grant at runtime for an imported site profile (site-profile-v1 allows https,
 * and http on loopback only; the store build offers no loopback host, the demo build does).
 */
export const OPTIONAL_HOSTS: readonly string[] = ['https://*/*'];
export const DEMO_OPTIONAL_HOSTS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Optional hosts for imported profiles: asked for at Apply (a click), never granted at install. The
 * overlay's stylesheet, which the content script loads as a web-accessible resource, must be
 * reachable from those pages too (the resource's URL is dynamic, so pages cannot probe for it).
 */
export function addOptionalHosts(manifest: ManifestHosts, demo: boolean): void {
  const optional = demo ? [...OPTIONAL_HOSTS, ...DEMO_OPTIONAL_HOSTS] : [...OPTIONAL_HOSTS];
  manifest.optional_host_permissions = [...new Set([...(manifest.optional_host_permissions ?? []), ...optional])];
  const sellerHosts = new Set(SELLER_CHAT_HOSTS);
  manifest.web_accessible_resources?.forEach((r) => {
    if (typeof r === 'object' && r.matches?.some((p) => sellerHosts.has(hostOf(p) ?? ''))) r.matches = [...new Set([...r.matches, ...optional])];
  });
}
