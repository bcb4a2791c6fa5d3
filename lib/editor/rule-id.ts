/**
 * A rule id made from the title a supervisor types, so nobody has to invent one. Latin titles
 * give a slug ("Gift wrap" → "gift-wrap"). Titles in Chinese, Japanese or Korean (or any other
 * script) give "rule-" and a short hash of the title: romanising them needs a dictionary far
 * larger than the extension (pinyin alone is hundreds of kilobytes), and an id only has to be
 * stable, valid and unique, not readable. A taken id gets "-2", "-3"…
 */
const MAX_SLUG = 40;

/** FNV-1a (32 bit) of the text, in base 36: short and the same on every run. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/** The id part made from the title alone (before making it unique). */
export function ruleIdBase(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  const latin = slug(trimmed);
  // Letters outside the Latin script would be lost by the slug: the hash keeps titles apart.
  const otherScript = /[^\p{Script=Latin}\P{L}]/u.test(trimmed);
  if (!otherScript && latin) return latin;
  const hash = shortHash(trimmed);
  return latin ? `${latin}-${hash}` : `rule-${hash}`;
}

/** A valid rule id for this title, unique among `taken` (the pack's ids). */
export function ruleIdFromTitle(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = ruleIdBase(title) || 'rule';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
