import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, changedRuleFields, ruleContent, ruleHash } from '../../../lib/pack/plan-hash';

// The hash as earlier versions computed it, built from objects: rules imported by them hold it as
// importedHash, so the faster hash must give exactly the same value or every rule would look edited.
function legacyCanonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(legacyCanonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = legacyCanonical((value as Record<string, unknown>)[key]);
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[key] = v;
  }
  return out;
}
function legacyHash(rule: object): string {
  const text = JSON.stringify(ruleContent(rule));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `r1-${(h2 >>> 0).toString(16).padStart(8, '0')}${(h1 >>> 0).toString(16).padStart(8, '0')}`;
}

const odd = {
  id: 'odd', kind: 'faq', title: '', priority: 0, threshold: 0.85,
  keywords: { en: [], zh: ['x"\\\n\u0001😀\ud800', '快递|物流'] }, examples: {}, replies: { en: ['é {order_id}'] },
  extra: { a: { b: {} }, c: [null, {}, [], { d: undefined }], e: 1e21, f: -0, g: false, h: 0.1 },
  importedHash: 'r1-x', updatedAt: 5, learnedExamples: { en: ['q'] },
};

describe('ruleHash', () => {
  it('equals the hash earlier versions stored, on every fixture rule and an odd one', () => {
    const rules: object[] = [odd];
    for (const dir of ['tests/fixtures/packs/', 'tests/fixtures/benchmarks/']) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
        const v = JSON.parse(readFileSync(dir + f, 'utf8'));
        for (const p of Array.isArray(v) ? v : [v]) rules.push(...(p.rules ?? []));
      }
    }
    expect(rules.length).toBeGreaterThan(100);
    for (const rule of rules) expect(ruleHash(rule)).toBe(legacyHash(rule));
    expect(canonicalJson(odd)).toBe(JSON.stringify(legacyCanonical(odd)));
  });

  it('equals it on strings with every kind of character JSON escapes', () => {
    const pool = ['a', 'é', '快', '"', '\\', '\n', '\t', '\b', '\f', '\r', '\u0000', '\u001f', '\u007f', '\u2028', '😀', '\ud800', '\udbff', '\udc00', '\udfff', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]).join('');
      const rule = { id: 'r', kind: 'faq', replies: { en: [text] }, [text || 'x']: text };
      expect(ruleHash(rule)).toBe(legacyHash(rule));
    }
  });

  it('ignores key order, storage fields, learned examples and spelled-out defaults', () => {
    const { id, kind, replies, keywords } = odd;
    expect(ruleHash({ replies, keywords, kind, id, extra: odd.extra })).toBe(ruleHash(odd));
    expect(ruleHash({ ...odd, replies: { en: ['other'] } })).not.toBe(ruleHash(odd));
  });

  it('names the fields that differ', () => {
    expect(changedRuleFields(odd, { ...odd, replies: { en: ['other'] }, tags: ['x'], priority: 0 })).toEqual(['replies', 'tags']);
  });
});
