/**
 * The hand-off of a profile made by "Teach this page" to the options page (ISSUE 11, interface 1):
 * `#site-profile-draft=<base64url of the UTF-8 JSON of the v1 file>`.
 */
export const DRAFT_HASH_KEY = 'site-profile-draft';

/** The hash that opens a draft profile for preview: `#site-profile-draft=…`. */
export function draftHash(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#${DRAFT_HASH_KEY}=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/**
 * The draft's JSON text from a location hash: null when the hash holds no draft, an error code
 * when it holds one that cannot be decoded.
 */
export function draftFromHash(hash: string): { ok: true; text: string } | { ok: false; error: 'not-base64url' | 'not-utf8' } | null {
  const m = new RegExp(`^#?${DRAFT_HASH_KEY}=(.*)$`, 's').exec(hash);
  if (!m) return null;
  const data = m[1];
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return { ok: false, error: 'not-base64url' };
  let binary: string;
  try {
    binary = atob(data.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (data.length % 4)) % 4));
  } catch {
    return { ok: false, error: 'not-base64url' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))) };
  } catch {
    return { ok: false, error: 'not-utf8' };
  }
}
