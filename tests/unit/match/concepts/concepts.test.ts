import { describe, expect, it } from 'vitest';
import { CONCEPTS, CONCEPT_BLOCKERS, CONCEPT_LANGUAGES, ConceptIndex, conceptIndex, conceptText, conceptsOf } from '../../../../lib/match/concepts';
import { isCjkChar, isHangulChar, normalize } from '../../../../lib/match/normalize';
import { CONCEPT_SENTENCES, NEUTRAL_SENTENCES } from './sentences';

describe('concept data', () => {
  it('has 25 to 40 concepts with unique ids', () => {
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(25);
    expect(CONCEPTS.length).toBeLessThanOrEqual(40);
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
  });

  it('gives every concept terms in all eight languages', () => {
    for (const c of CONCEPTS) {
      for (const lang of CONCEPT_LANGUAGES) expect(c.terms[lang]?.length ?? 0, `${c.id} [${lang}]`).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps terms long enough not to fire inside unrelated words', () => {
    for (const c of CONCEPTS) {
      for (const lang of CONCEPT_LANGUAGES) {
        for (const t of c.terms[lang]) {
          const n = normalize(t.replace(/\*$/, ''));
          expect(n, `${c.id} [${lang}] "${t}" normalises to nothing`).not.toBe('');
          if (isCjkChar(n[0]) || isHangulChar(n[0])) expect([...n].length, `${c.id} [${lang}] "${t}"`).toBeGreaterThanOrEqual(2);
          else if (t.endsWith('*')) expect(n.length, `${c.id} [${lang}] prefix "${t}"`).toBeGreaterThanOrEqual(4);
        }
      }
    }
  });

  it('has a test sentence for every concept (and none for a concept that is gone)', () => {
    expect(Object.keys(CONCEPT_SENTENCES).sort()).toEqual(CONCEPTS.map((c) => c.id).sort());
  });

  it('puts no term in two concepts: the index refuses such data, naming both', () => {
    expect(() => conceptIndex()).not.toThrow();
    const a = { id: 'a', terms: Object.fromEntries(CONCEPT_LANGUAGES.map((l) => [l, ['alpha']])) } as (typeof CONCEPTS)[number];
    const b = { id: 'b', terms: Object.fromEntries(CONCEPT_LANGUAGES.map((l) => [l, ['beta', 'Álpha']])) } as (typeof CONCEPTS)[number];
    expect(() => new ConceptIndex([a, b])).toThrow(/"Álpha" belongs to concept "a" and to concept "b"/);
    expect(() => new ConceptIndex([a], ['alpha'])).toThrow(/belongs to concept "a" and to a blocker/);
  });
});

describe('concept lookup', () => {
  for (const c of CONCEPTS) {
    it(`finds "${c.id}" in a natural sentence of each language, through that language's terms`, () => {
      for (const lang of CONCEPT_LANGUAGES) {
        const text = CONCEPT_SENTENCES[c.id][lang];
        expect(conceptsOf(text, lang), `[${lang}] ${text}`).toContain(c.id);
      }
    });
  }

  it('finds no concept in neutral sentences', () => {
    for (const lang of CONCEPT_LANGUAGES) {
      for (const text of NEUTRAL_SENTENCES[lang]) expect(conceptsOf(text), `[${lang}] ${text}`).toEqual([]);
    }
  });

  it('matches Latin terms as whole words, and a * term as a word start', () => {
    expect(conceptsOf('where is my refund')).toEqual(['refund']);
    expect(conceptsOf('¿dónde está mi reembolso?')).toEqual(['refund']);
    expect(conceptsOf('ils ont remboursé')).toEqual(['refund']);
    expect(conceptsOf('reorder reminders')).toEqual([]); // "order" only as a word
    expect(conceptsOf('the cancellation went through')).toEqual(['cancel']);
  });

  it('matches CJK and Hangul terms inside words, with particles and endings', () => {
    expect(conceptsOf('배송이 너무 늦어요')).toEqual(['delivery', 'delay']);
    expect(conceptsOf('배송은 언제 와요')).toContain('delivery');
    expect(conceptsOf('荷物が届きました')).toEqual(['parcel', 'delivery']);
    expect(conceptsOf('我的快递到哪了')).toEqual(['parcel', 'tracking']);
  });

  it('lets the longer of two overlapping terms win, and blockers silence a term', () => {
    expect(conceptsOf('优惠券用不了')).toEqual(['coupon']); // not the discount "优惠"
    expect(conceptsOf('荷物が届いていません')).toEqual(['parcel', 'not_received']); // not the delivery "届い"
    expect(conceptsOf('is there free shipping')).toEqual(['shipping_cost']); // not delivery "shipping"
    expect(conceptsOf('can I use a gift card')).toEqual(['coupon']);
    expect(CONCEPT_BLOCKERS).toContain('in order to');
    expect(conceptsOf('in order to pay by card')).toEqual(['payment']);
  });

  it('says where each term was found, in the words joined by spaces', () => {
    const words = ['wo', 'ist', 'meine', 'rückerstattung'].map((w) => normalize(w));
    const [hit] = conceptIndex().hits(words);
    expect(hit.concept).toBe('refund');
    expect(conceptText(words).slice(hit.start, hit.end)).toBe('ruckerstattung');
    expect(hit.languages).toEqual(['de']);
  });

  it('finds CJK terms however the words were segmented', () => {
    expect(conceptIndex().conceptIds(['我', '还', '没', '收到', '退款'])).toEqual(['not_received', 'refund']);
    expect(conceptText(['我', '没', '收到', 'ok', '好'])).toBe('我没收到 ok 好');
    const hits = conceptIndex().hits(['订单', '没', '收到']);
    expect(hits.map((h) => conceptText(['订单', '没', '收到']).slice(h.start, h.end))).toEqual(['订单', '没收到']);
  });

  it('keeps only the given language’s terms when a language is given', () => {
    expect(conceptsOf('pedido', 'es')).toEqual(['order']);
    expect(conceptsOf('pedido', 'en')).toEqual([]);
  });
});
