import { DEFAULT_THRESHOLD } from './schema';
import { LEARNED_FIELD, STORAGE_FIELDS } from './export';

const IGNORED = new Set<string>([...STORAGE_FIELDS, LEARNED_FIELD]);

/** Drops undefined, empty lists and empty maps; sorts keys, so that equal content looks equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = canonical((value as Record<string, unknown>)[key]);
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[key] = v;
  }
  return out;
}

/**
 * The rule's content in a canonical form: no storage fields, no learned examples, and spec
 * defaults written out or left out alike (priority 0, threshold 0.85, empty title), so that an
 * editor saving an untouched rule does not count as a local edit.
 */
export function ruleContent(rule: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule)) if (!IGNORED.has(key)) out[key] = value;
  if (out.priority === 0) delete out.priority;
  if (out.threshold === DEFAULT_THRESHOLD) delete out.threshold;
  if (out.title === '') delete out.title;
  return canonical(out) as Record<string, unknown>;
}

// cyrb53 (public domain) widened to 64 bits: fast, synchronous, the same in Node and the browser.
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Stable hash of a rule's content (key order, storage fields and learned examples do not count).
 * Stored as `importedHash` when a rule is imported; a rule whose hash differs from it was edited here.
 */
export function ruleHash(rule: object): string {
  return `r1-${hash64(JSON.stringify(ruleContent(rule)))}`;
}

/** Names of the fields whose content differs, e.g. two rules' ruleContent or two packs' own fields. */
export function changedFields(before: object, after: object, ignore: readonly string[] = []): string[] {
  const a = canonical(before) as Record<string, unknown>;
  const b = canonical(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !ignore.includes(k));
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
