import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parsePackText } from '../../../lib/pack/parse';
import { PRODUCT_LANGUAGES, type Pack } from '../../../lib/pack/schema';

const FILE = 'lib/pack/starter/starter.pack.json';
const text = readFileSync(fileURLToPath(new URL(`../../../${FILE}`, import.meta.url)), 'utf8');

function loadPack(): Pack {
  const result = parsePackText(text, FILE);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

const pack = loadPack();
const matched = pack.rules.filter((r) => r.kind === 'welcome' || r.kind === 'faq' || r.kind === 'offline');
const faqs = pack.rules.filter((r) => r.kind === 'faq');

/** Every reply of the pack with where it sits, for the compliance checks. */
const allReplies = pack.rules.flatMap((rule) =>
  Object.entries(rule.replies).flatMap(([lang, replies]) =>
    replies.map((reply, i) => ({ where: `${rule.id}.replies.${lang}[${i}]`, lang, reply })),
  ),
);

describe('starter pack', () => {
  it('passes parsePackText and carries the starter metadata', () => {
    const result = parsePackText(text, FILE);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.parse(text).formatVersion).toBe(1);
    expect(pack.format).toBe('shopreply.pack');
    expect(pack.id).toBe('shopreply-starter');
    expect(pack.name).toBe('ShopReply starter replies');
    expect(pack.version).toBe('1.0.0');
    expect(pack.defaultLanguage).toBe('en');
  });

  it('has one welcome rule, one offline rule, about twelve faq rules and some quick rules', () => {
    const count = (kind: string) => pack.rules.filter((r) => r.kind === kind).length;
    expect(count('welcome')).toBe(1);
    expect(count('offline')).toBe(1);
    expect(count('faq')).toBeGreaterThanOrEqual(12);
    expect(count('quick')).toBeGreaterThanOrEqual(2);
  });

  it('gives every welcome, faq and offline rule replies in all eight languages', () => {
    for (const rule of matched) {
      for (const lang of PRODUCT_LANGUAGES) {
        expect(rule.replies[lang]?.length ?? 0, `${rule.id} replies.${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives the quick rules replies in all eight languages', () => {
    for (const rule of pack.rules.filter((r) => r.kind === 'quick')) {
      for (const lang of PRODUCT_LANGUAGES) {
        expect(rule.replies[lang]?.length ?? 0, `${rule.id} replies.${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('has at least three welcome variants per language, greeting the buyer by name', () => {
    const welcome = pack.rules.find((r) => r.kind === 'welcome')!;
    for (const lang of PRODUCT_LANGUAGES) {
      const variants = welcome.replies[lang] ?? [];
      expect(variants.length, `welcome replies.${lang}`).toBeGreaterThanOrEqual(3);
      expect(new Set(variants).size, `welcome replies.${lang} are distinct`).toBe(variants.length);
      for (const v of variants) expect(v, `welcome replies.${lang}`).toContain('{buyer_name}');
    }
  });

  it('gives every faq rule keywords and three to five examples in all eight languages', () => {
    for (const rule of faqs) {
      for (const lang of PRODUCT_LANGUAGES) {
        const keywords = (rule.keywords?.[lang] ?? []).flatMap((k) => k.split('|')).map((k) => k.trim());
        expect(keywords.length, `${rule.id} keywords.${lang}`).toBeGreaterThan(0);
        for (const k of keywords) {
          expect(k, `${rule.id} keywords.${lang}`).not.toBe('');
          expect(k, `${rule.id} keywords.${lang} are lower case`).toBe(k.toLowerCase());
        }
        const examples = rule.examples?.[lang] ?? [];
        expect(examples.length, `${rule.id} examples.${lang}`).toBeGreaterThanOrEqual(3);
        expect(examples.length, `${rule.id} examples.${lang}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('has an English title, a tag and unique ids for every rule', () => {
    for (const rule of pack.rules) {
      expect(rule.title, `${rule.id} title`).toMatch(/^[A-Za-z][ -~]*$/);
      expect(rule.tags?.length ?? 0, `${rule.id} tags`).toBeGreaterThan(0);
    }
    for (const rule of faqs) expect(rule.tags).toSatisfy((t: string[]) => t.includes('pre-sale') || t.includes('after-sale'));
    expect(new Set(pack.rules.map((r) => r.id)).size).toBe(pack.rules.length);
  });

  it('ranks damaged or wrong items above a generic return', () => {
    const priority = (id: string) => pack.rules.find((r) => r.id === id)?.priority ?? 0;
    expect(priority('damaged-wrong-item')).toBeGreaterThan(priority('return-refund'));
    expect(priority('exchange-size')).toBeGreaterThan(priority('return-refund'));
  });

  it('bans off-platform contact and cash-back phrases', () => {
    expect(pack.bannedPhrases?.['*']).toEqual(expect.arrayContaining(['whatsapp', 'telegram']));
    expect(pack.bannedPhrases?.zh).toEqual(expect.arrayContaining(['加微信', '返现', '好评返现']));
  });

  it('sends no banned phrase, link, e-mail address or phone-like number in any reply', () => {
    const banned = pack.bannedPhrases ?? {};
    // Every banned phrase of every language is checked against every reply: stricter than the spec.
    const phrases = Object.values(banned)
      .flat()
      .map((p) => p.toLowerCase());
    expect(phrases.length).toBeGreaterThan(0);
    const url = /(?:https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|org|io|me|ly|shop|store|link)\b)/i;
    const email = /[^\s@]+@[^\s@]+\.[^\s@]+/;
    const longDigits = /\d{7,}/;
    const phoneLike = /(?:\d[\s.-]?){7,}/;
    for (const { where, reply } of allReplies) {
      const lower = reply.toLowerCase();
      for (const p of phrases) expect(lower.includes(p), `${where} contains banned "${p}"`).toBe(false);
      expect(reply, `${where} has a link`).not.toMatch(url);
      expect(reply, `${where} has an e-mail address`).not.toMatch(email);
      expect(reply, `${where} has a 7+ digit run`).not.toMatch(longDigits);
      expect(reply, `${where} has a phone-like number`).not.toMatch(phoneLike);
    }
  });

  it('uses order_id in the tracking reply and no variable in the offline reply beyond buyer_name and shop_name', () => {
    const tracking = pack.rules.find((r) => r.id === 'order-tracking')!;
    for (const lang of PRODUCT_LANGUAGES) expect(tracking.replies[lang]?.join(' ')).toContain('{order_id}');
    const offline = pack.rules.find((r) => r.kind === 'offline')!;
    for (const reply of Object.values(offline.replies).flat()) {
      for (const m of reply.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) expect(['buyer_name', 'shop_name']).toContain(m[1]);
    }
  });
});
