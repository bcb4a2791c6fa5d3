/**
 * Whether a URL matches a manifest match pattern (`scheme://host/path`, `*` wildcards).
 * As in Chrome, a pattern without a port matches any port.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return pattern === '<all_urls>' && /^(https?|wss?|file|ftp):/.test(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    const [hostName, port] = host.split(':');
    if (port && port !== '*' && port !== u.port) return false;
    if (hostName.startsWith('*.')) {
      const base = hostName.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== hostName) {
      return false;
    }
  }
  const glob = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}
