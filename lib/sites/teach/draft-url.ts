import { DRAFT_HASH_KEY, draftFromHash, fromBase64Url, toBase64Url } from '../draft';

/**
 * The teaching side of the draft hand-off (lib/sites/draft.ts is the codec): a taught profile as
 * `#site-profile-draft=…` on the options page's URL, and back to a value.
 */
export { DRAFT_HASH_KEY };

/** base64url (no padding) of the UTF-8 JSON of a value. */
export function encodeDraft(value: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

export type DecodedDraft = { ok: true; value: unknown } | { ok: false; code: 'draft-not-base64url' | 'draft-not-utf8' | 'draft-not-json' };

function valueOf(text: { ok: true; text: string } | { ok: false; error: 'not-base64url' | 'not-utf8' }): DecodedDraft {
  if (!text.ok) return { ok: false, code: text.error === 'not-utf8' ? 'draft-not-utf8' : 'draft-not-base64url' };
  try {
    return { ok: true, value: JSON.parse(text.text) };
  } catch {
    return { ok: false, code: 'draft-not-json' };
  }
}

/** The value of an encoded draft, or why it is none. */
export function decodeDraft(encoded: string): DecodedDraft {
  return valueOf(draftFromHash(`#${DRAFT_HASH_KEY}=${encoded}`)!);
}

/** `#site-profile-draft=…` for a value. */
export const draftHash = (value: unknown) => `#${DRAFT_HASH_KEY}=${encodeDraft(value)}`;

/** The encoded draft in a URL's hash (`#site-profile-draft=…`, with or without `#`), or null. */
export function draftOfHash(hash: string): DecodedDraft | null {
  const text = draftFromHash(hash);
  return text ? valueOf(text) : null;
}
