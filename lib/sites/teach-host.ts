import { patternProblem } from './profile-v1';
import { originOf, originsToRelease, originsToRequest, patternCovers, patternsToRegister } from './origins';

/**
 * "Teach a new page" from the editor: a chat page on a host no profile covers yet. From the address
 * the supervisor types: the match pattern of its host (https only; http only on loopback, as the
 * spec's patterns), the origin to ask the browser for, and the id of the content-script
 * registration that lets "Teach this page" start there. Pure: the entrypoints call the browser.
 */

export type TeachAddressProblem = 'teach-address-empty' | 'teach-address-invalid' | 'teach-address-scheme' | 'teach-address-http';

/** The page to teach and what its host needs. */
export interface TeachHost {
  /** The address to open (https:// added when none was typed). */
  url: string;
  /** Every page of the host, any port: `https://chat.example.com/*`. */
  pattern: string;
  /** The id of its registration (one per taught origin). */
  id: string;
}

/** The prefix of teaching registrations; profiles' own are `shopreply-profile:` (lib/sites/origins.ts). */
export const TEACH_SCRIPT_PREFIX = 'shopreply-teach:';

export const teachScriptId = (pattern: string) => `${TEACH_SCRIPT_PREFIX}${pattern.replace(/\/\*$/, '')}`;

/** The pattern a teaching registration id stands for, or undefined when it is not one. */
export function patternOfTeachScript(id: string): string | undefined {
  if (!id.startsWith(TEACH_SCRIPT_PREFIX)) return undefined;
  const pattern = `${id.slice(TEACH_SCRIPT_PREFIX.length)}/*`;
  return patternProblem(pattern) ? undefined : pattern;
}

export function teachHostOf(address: string): { ok: true; value: TeachHost } | { ok: false; code: TeachAddressProblem } {
  const typed = address.trim();
  if (!typed) return { ok: false, code: 'teach-address-empty' };
  // "chat.example.com/inbox" as people type it: https is meant.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) && !/^[^/]+:\d+(\/|$)/.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, code: 'teach-address-invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'teach-address-scheme' };
  if (!url.hostname) return { ok: false, code: 'teach-address-invalid' };
  const pattern = `${url.protocol.slice(0, -1)}://${url.hostname}/*`;
  const problem = patternProblem(pattern);
  if (problem === 'http-not-loopback') return { ok: false, code: 'teach-address-http' };
  if (problem) return { ok: false, code: 'teach-address-invalid' };
  return { ok: true, value: { url: url.href, pattern, id: teachScriptId(pattern) } };
}

/** The origins to ask the person for before teaching there (none when the manifest grants the host). */
export const teachOriginsToRequest = (host: Pick<TeachHost, 'pattern'>, manifestHosts: readonly string[]) => originsToRequest([host.pattern], manifestHosts);

/** Whether the content script must be registered there (the manifest's own does not run on it). */
export const teachNeedsRegistration = (host: Pick<TeachHost, 'pattern'>, manifestContentMatches: readonly string[]) =>
  patternsToRegister([host.pattern], manifestContentMatches).length > 0;

/**
 * The origins to give back when teaching there is cancelled: its own, unless the manifest grants it
 * or a stored profile needs it.
 */
export const teachOriginsToRelease = (host: Pick<TeachHost, 'pattern'>, profileMatches: readonly (readonly string[])[], manifestHosts: readonly string[]) =>
  originsToRelease([host.pattern], profileMatches, manifestHosts);

/** Whether a profile with these pages is "a profile for" the taught host (a page of its scheme and host). */
export const profileCoversTeachHost = (host: Pick<TeachHost, 'pattern'>, profileMatches: readonly string[]) =>
  profileMatches.some((m) => {
    const origin = originOf(m);
    return !!origin && patternCovers(origin, host.pattern);
  });
