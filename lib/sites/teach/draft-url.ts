/**
 * The hand-off of a taught profile to the editor: `#site-profile-draft=<base64url of the UTF-8
 * JSON>` on the options page's URL (ISSUE11 interface 1). One encoder and one decoder, used by the
 * content script, the worker and the options page alike.
 */
export const DRAFT_HASH_KEY = 'site-profile-draft';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** base64url (no padding) of the UTF-8 JSON of a value. */
export function encodeDraft(value: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

export type DecodedDraft = { ok: true; value: unknown } | { ok: false; code: 'draft-not-base64url' | 'draft-not-utf8' | 'draft-not-json' };

/** The value of an encoded draft, or why it is none. */
export function decodeDraft(encoded: string): DecodedDraft {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return { ok: false, code: 'draft-not-base64url' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded));
  } catch {
    return { ok: false, code: 'draft-not-utf8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, code: 'draft-not-json' };
  }
}

/** `#site-profile-draft=…` for a value. */
export const draftHash = (value: unknown) => `#${DRAFT_HASH_KEY}=${encodeDraft(value)}`;

/** The encoded draft in a URL's hash (`#site-profile-draft=…`, with or without `#`), or null. */
export function draftOfHash(hash: string): DecodedDraft | null {
  const m = new RegExp(`^#?(?:.*&)?${DRAFT_HASH_KEY}=([^&]*)`).exec(hash);
  return m ? decodeDraft(m[1]) : null;
}
