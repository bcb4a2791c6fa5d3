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
// The state is fed piece by piece, so that a rule's canonical JSON is hashed without being built:
// building it (and the objects before it) was most of the time of planning a 10,000-rule import.
let h1 = 0;
let h2 = 0;
function feed(text: string): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  h1 = a;
  h2 = b;
}
function digestHex(): string {
  let a = h1;
  let b = h2;
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0');
}

const HEX = '0123456789abcdef';
const SHORT_ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' };

/** Feeds JSON.stringify(text) to the hash in one pass, escaping as it does, without building it. */
function feedString(text: string): void {
  let a = Math.imul(h1 ^ 34, 2654435761);
  let b = Math.imul(h2 ^ 34, 1597334677);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let escaped: string | undefined;
    if (c < 0x20 || c === 34 || c === 92) escaped = SHORT_ESCAPES[c] ?? `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is written as it is; a lone surrogate as \udxxx (well-formed JSON.stringify).
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        a = Math.imul(Math.imul(a ^ c, 2654435761) ^ next, 2654435761);
        b = Math.imul(Math.imul(b ^ c, 1597334677) ^ next, 1597334677);
        i++;
        continue;
      }
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) escaped = `\\u${c.toString(16)}`;
    }
    if (escaped === undefined) {
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    } else {
      for (let j = 0; j < escaped.length; j++) {
        const e = escaped.charCodeAt(j);
        a = Math.imul(a ^ e, 2654435761);
        b = Math.imul(b ^ e, 1597334677);
      }
    }
  }
  h1 = Math.imul(a ^ 34, 2654435761);
  h2 = Math.imul(b ^ 34, 1597334677);
}

/** True where canonical leaves a map's field out: undefined, an empty list, a map with nothing left. */
function dropped(value: unknown): boolean {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length === 0;
  for (const key in value) if (Object.hasOwn(value, key) && !dropped((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** Feeds canonicalJson(value) to the hash, without building it. */
function feedValue(value: unknown): void {
  if (typeof value === 'string') return feedString(value);
  if (value === undefined) return feed('null'); // only inside lists, as JSON.stringify writes it
  if (value === null || typeof value !== 'object') return feed(JSON.stringify(value));
  if (Array.isArray(value)) {
    feed('[');
    for (let i = 0; i < value.length; i++) {
      if (i) feed(',');
      feedValue(value[i]);
    }
    return feed(']');
  }
  feedFields(value as Record<string, unknown>, false);
}

function feedFields(value: Record<string, unknown>, asRule: boolean): void {
  feed('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const child = value[key];
    if (asRule && (IGNORED.has(key) || (key === 'priority' && child === 0) || (key === 'threshold' && child === DEFAULT_THRESHOLD) || (key === 'title' && child === ''))) continue;
    if (dropped(child)) continue;
    if (!first) feed(',');
    first = false;
    feedString(key);
    feed(':');
    feedValue(child);
  }
  feed('}');
}

/**
 * JSON.stringify(canonical(value)), written directly. Returns undefined where canonical drops the
 * value (undefined, or an empty list or map inside a map). Depth is bounded by the pack guard.
 */
export function canonicalJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v) ?? 'null').join(',')}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (!dropped(child)) parts.push(`${JSON.stringify(key)}:${canonicalJson(child)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Stable hash of a rule's content (key order, storage fields and learned examples do not count).
 * Stored as `importedHash` when a rule is imported; a rule whose hash differs from it was edited here.
 * The same as hashing JSON.stringify(ruleContent(rule)), so hashes stored by earlier versions hold.
 */
export function ruleHash(rule: object): string {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  feedFields(rule as Record<string, unknown>, true);
  return `r1-${digestHex()}`;
}

/** Names of the fields in which two rules' content differs (ruleContent compared field by field). */
export function changedRuleFields(before: object, after: object): string[] {
  const fieldsOf = (rule: object) => {
    const content = ruleContent(rule);
    return new Map(Object.keys(content).map((k) => [k, canonicalJson(content[k])]));
  };
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const out: string[] = [];
  for (const [key, part] of a) if (b.get(key) !== part) out.push(key);
  for (const key of b.keys()) if (!a.has(key)) out.push(key);
  return out;
}

/** Names of the fields whose content differs, e.g. two rules' ruleContent or two packs' own fields. */
export function changedFields(before: object, after: object, ignore: readonly string[] = []): string[] {
  const a = canonical(before) as Record<string, unknown>;
  const b = canonical(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !ignore.includes(k));
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
