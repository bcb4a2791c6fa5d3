/**
 * The hand-off of a profile made by "Teach this page" to the options page (ISSUE 11, interface 1):
 * `#site-profile-draft=<base64url of the UTF-8 JSON of the v1 file>`. The one codec: the teaching
 * side (lib/sites/teach/draft-url.ts) builds on it.
 */
export const DRAFT_HASH_KEY = 'site-profile-draft';

/** base64url without padding; chunked so a long profile does not overflow the argument list. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The hash that opens a draft profile for preview: `#site-profile-draft=…`. */
export function draftHash(json: string): string {
  return `#${DRAFT_HASH_KEY}=${toBase64Url(new TextEncoder().encode(json))}`;
}

/**
 * The draft's JSON text from a location hash: null when the hash holds no draft, an error code
 * when it holds one that cannot be decoded.
 */
export function draftFromHash(hash: string): { ok: true; text: string } | { ok: false; error: 'not-base64url' | 'not-utf8' } | null {
  const m = new RegExp(`^#?(?:.*&)?${DRAFT_HASH_KEY}=([^&]*)`, 's').exec(hash);
  if (!m) return null;
  const bytes = fromBase64Url(m[1]);
  if (!bytes) return { ok: false, error: 'not-base64url' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not-utf8' };
  }
}
