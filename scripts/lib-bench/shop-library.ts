/**
 * A shop-shaped phrase pack of any size, for timing imports and the first answer after them
 * (scripts/bench.ts, the e2e import test). Rule i answers starter-pack question (i mod 13) about a
 * made-up product of its own: a keyword (product name and the question's first keyword) in every
 * language the rule serves, and a few of
 * the starter question's examples in each of those languages (one naming the product), as a
 * supervisor writes them. Deterministic: the same size gives the same pack.
 */
import { readFileSync } from 'node:fs';

type Texts = Record<string, string[]>;
interface StarterRule { id: string; kind: string; title?: string; keywords?: Texts; examples?: Texts; replies: Texts }

const SYL = ['ka', 'lo', 'mi', 'ren', 'zu', 'ta', 'vex', 'no', 'sil', 'dra', 'pe', 'qui', 'bo', 'mar', 'tex', 'ly'];
/** A made-up product name per index: "kalomi", "zutavex"… */
export function productName(i: number): string {
  let n = i + 17;
  let s = '';
  do {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  } while (n > 0);
  return s;
}

// Read, not imported: Playwright's loader (the e2e test uses this too) wants JSON import attributes.
const starter = JSON.parse(readFileSync(new URL('../../lib/pack/starter/starter.pack.json', import.meta.url), 'utf8')) as { rules: StarterRule[] };
const BASE = starter.rules.filter((r) => r.kind === 'faq');

export interface ShopLibraryOptions {
  /** Languages every rule serves (examples, keyword, replies). */
  languages?: string[];
  /** Examples per language per rule. */
  examplesPerLanguage?: number;
  packId?: string;
}

/** A phrase pack (shared/spec/phrase-pack-v1.md) of `rules` faq rules. */
export function shopLibraryPack(rules: number, options: ShopLibraryOptions = {}) {
  const languages = options.languages ?? ['zh', 'en'];
  const perLanguage = options.examplesPerLanguage ?? 3;
  const out = [];
  for (let i = 0; i < rules; i++) {
    const base = BASE[i % BASE.length];
    const group = Math.floor(i / BASE.length);
    const name = productName(group);
    const keywords: Texts = {};
    const examples: Texts = {};
    const replies: Texts = {};
    for (const lang of languages) {
      const list = base.examples?.[lang] ?? base.examples?.en ?? [];
      const picked = Array.from({ length: Math.min(perLanguage, list.length) }, (_, j) => list[(group + j) % list.length]);
      if (picked.length) picked[0] = `${picked[0]} ${name}`;
      examples[lang] = picked;
      const topic = (base.keywords?.[lang] ?? base.keywords?.en ?? [''])[0].split('|')[0];
      keywords[lang] = [`${name} ${topic}`.trim()];
      replies[lang] = [`${(base.replies[lang] ?? base.replies.en)[0]} (${name})`];
    }
    out.push({ id: `${base.id}.${name}`, kind: 'faq', title: `${base.title ?? base.id} — ${name}`, keywords, examples, replies });
  }
  return {
    format: 'shopreply.pack',
    formatVersion: 1,
    id: options.packId ?? `shop-${rules}`,
    name: `Generated shop library, ${rules} rules`,
    version: '1.0.0',
    defaultLanguage: 'en',
    rules: out,
  };
}
