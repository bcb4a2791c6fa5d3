import type { LibraryRule } from './types';

/**
 * A cheap fingerprint of what the intent model is built from: each faq rule's id, pack, kind,
 * keywords and examples, in order. Learned examples are left out on purpose: the matcher adds the
 * ones a cached model lacks incrementally, so learning one phrasing never invalidates the cache.
 * Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits.
 */
export function fingerprintRules(rules: LibraryRule[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x01000193);
  };
  const feedTexts = (t: Record<string, string[]> | undefined) => {
    if (!t) return feed('-');
    for (const lang of Object.keys(t).sort()) {
      feed(lang);
      for (const s of t[lang]) feed(s);
    }
  };
  feed('v1');
  for (const r of rules) {
    if (r.kind !== 'faq') continue;
    feed(r.packId);
    feed(r.id);
    feedTexts(r.keywords);
    feedTexts(r.examples);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}
