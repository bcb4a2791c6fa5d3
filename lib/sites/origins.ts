/**
 * Which hosts a site profile needs beyond what the manifest grants, and which the extension gives
 * back when a profile goes. Pure: the entrypoints make the browser calls (permissions, scripting).
 */

interface Pattern {
  scheme: string;
  host: string;
  path: string;
}

function parse(pattern: string): Pattern | undefined {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  // A port in a pattern is dropped: Chrome's patterns without one match any port.
  return m ? { scheme: m[1], host: m[2].replace(/:(\d+|\*)$/, '').toLowerCase(), path: m[3] } : undefined;
}

const glob = (path: string) => new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

const schemeCovers = (broad: string, narrow: string) => broad === narrow || (broad === '*' && (narrow === 'http' || narrow === 'https'));

function hostCovers(broad: string, narrow: string): boolean {
  if (broad === '*' || broad === narrow) return true;
  if (!broad.startsWith('*.')) return false;
  const base = broad.slice(2);
  const name = narrow.startsWith('*.') ? narrow.slice(2) : narrow;
  return name === base || name.endsWith(`.${base}`);
}

/** Whether every page `narrow` matches is matched by `broad` too (`<all_urls>` covers any web page). */
export function patternCovers(broad: string, narrow: string): boolean {
  if (broad === '<all_urls>') return true;
  const b = parse(broad);
  const n = parse(narrow);
  if (!b || !n) return false;
  // A glob that accepts the narrow path as written (its `*` included) accepts every path it matches.
  return schemeCovers(b.scheme, n.scheme) && hostCovers(b.host, n.host) && glob(b.path).test(n.path);
}

const coveredBy = (list: readonly string[]) => (pattern: string) => list.some((broad) => patternCovers(broad, pattern));

/** The host permission a match pattern needs: its scheme and host, any path (`https://chat.example.com/*`). */
export function originOf(pattern: string): string | undefined {
  const p = parse(pattern);
  return p ? `${p.scheme}://${p.host}/*` : undefined;
}

const unique = (list: (string | undefined)[]) => [...new Set(list.filter((o): o is string => !!o))];

/** The origins to ask the person for: those of the profile's patterns that the manifest does not grant. */
export function originsToRequest(matches: readonly string[], manifestHosts: readonly string[]): string[] {
  return unique(matches.filter((m) => !coveredBy(manifestHosts)(m)).map(originOf));
}

/**
 * The origins to give back when a profile goes: its own, unless the manifest grants them or a
 * profile that stays needs them.
 */
export function originsToRelease(removed: readonly string[], remaining: readonly (readonly string[])[], manifestHosts: readonly string[]): string[] {
  const stillNeeded = new Set(remaining.flatMap((matches) => originsToRequest(matches, manifestHosts)));
  return originsToRequest(removed, manifestHosts).filter((o) => !stillNeeded.has(o));
}

/**
 * The patterns the content script must be registered for: those the manifest's own content script
 * does not already run on (registering those too would start it twice in one tab).
 */
export function patternsToRegister(matches: readonly string[], manifestContentMatches: readonly string[]): string[] {
  return [...new Set(matches.filter((m) => !coveredBy(manifestContentMatches)(m)))];
}

/** The id of a profile's registered content script; the prefix tells ours from any other. */
export const PROFILE_SCRIPT_PREFIX = 'shopreply-profile:';
export const profileScriptId = (profileId: string) => `${PROFILE_SCRIPT_PREFIX}${profileId}`;

/** One content-script registration per profile that needs one and whose hosts are granted. */
export interface ScriptRegistration {
  id: string;
  matches: string[];
}

/**
 * The registrations that should exist: for each profile, the patterns outside the manifest's
 * content script whose origins the person granted (`granted` says whether an origin is).
 */
export function wantedRegistrations(
  profiles: readonly { id: string; matches: readonly string[] }[],
  manifestContentMatches: readonly string[],
  granted: (origin: string) => boolean,
): ScriptRegistration[] {
  return profiles.flatMap((p) => {
    const matches = patternsToRegister(p.matches, manifestContentMatches).filter((m) => {
      const origin = originOf(m);
      return !!origin && granted(origin);
    });
    return matches.length ? [{ id: profileScriptId(p.id), matches }] : [];
  });
}
