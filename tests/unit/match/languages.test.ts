import { describe, expect, it } from 'vitest';
import { createMatcher, normalize } from '../../../lib/match';
import { analyze, documentTerms, wordTerms } from '../../../lib/match/features';
import { koreanStem } from '../../../lib/match/korean';
import { cjkWords } from '../../../lib/match/segment';
import { DEFAULT_SETTINGS, matcherSettings } from '../../../lib/match/settings';
import { stemFor } from '../../../lib/match/stemmers';
import { explainText } from '../../../lib/match/explain';
import { rule } from './helpers';

const words = (text: string, lang?: string) => analyze(text, lang).words;

describe('inflection in es, pt, fr, de (Snowball stemmers)', () => {
  it.each([
    ['es', ['pedido', 'pedidos'], 'ped'],
    ['pt', ['encomenda', 'encomendas'], 'encomend'],
    ['fr', ['commande', 'commandes', 'commandé'], 'command'],
    ['de', ['bestellung', 'bestellungen'], undefined],
  ])('%s: %j share one stem', (lang, forms, expected) => {
    const stems = new Set(forms.map((f) => stemFor(normalize(f), lang)));
    expect(stems.size).toBe(1);
    if (expected) expect([...stems][0]).toBe(expected);
  });

  it('"¿Dónde está mi pedido?" meets "dónde quedan mis pedidos", which English stemming alone misses', () => {
    const rules = [
      rule({ id: 'where', examples: { es: ['¿Dónde está mi pedido?'] }, replies: { es: ['En camino'] } }),
      rule({ id: 'pay', examples: { es: ['¿Puedo pagar con tarjeta?'] }, replies: { es: ['Sí'] } }),
      rule({ id: 'size', examples: { es: ['¿Qué talla me queda bien?'] }, replies: { es: ['La M'] } }),
    ];
    const message = 'pedidos';
    // Porter (English) leaves "queda" and "quedan" apart; the Spanish stemmer joins them.
    const terms = (w: string, settings = DEFAULT_SETTINGS) => [...documentTerms([w], 'es', settings.features).keys()];
    expect(terms('quedan')).toEqual(terms('queda'));
    const porterOnly = matcherSettings({ features: { stemmers: false } });
    expect(terms('quedan', porterOnly)).not.toEqual(terms('queda', porterOnly));
    expect(createMatcher(rules).match({ text: `dónde quedan mis ${message}`, language: 'es' }).suggestions[0]?.ruleId).toBe('where');
  });
});

describe('Chinese and Japanese words (Intl.Segmenter) besides character grams', () => {
  it('segments words, and keeps the uni- and bigrams', () => {
    expect(cjkWords('注文した商品はいつ届きますか')).toEqual(expect.arrayContaining(['注文', '商品']));
    expect(cjkWords('我的快递到哪了请帮我查一下物流')).toEqual(expect.arrayContaining(['快递', '物流']));
    const terms = wordTerms('请查物流');
    expect(terms).toEqual(expect.arrayContaining(['物', '物流', '§物流']));
    expect(wordTerms('请查物流', undefined, matcherSettings({ features: { segmenter: false } }).features)).not.toContain('§物流');
  });
});

describe('Korean stems without particles and endings', () => {
  it.each([
    ['주문이', '주문'],
    ['주문을', '주문'],
    ['취소했어요', '취소'],
    ['배송은', '배송'],
    ['환불해주세요', '환불'],
  ])('%s → %s', (word, stem) => {
    expect(koreanStem(word)).toBe(stem);
  });

  it('a message meets an example on the stem, whatever particle follows', () => {
    expect(wordTerms('주문이')).toContain('§주문');
    expect(wordTerms('주문을')).toContain('§주문');
  });
});

describe('chat spellings in every language', () => {
  it.each([
    ['vc pode me ajudar pq nao chegou', 'pt', ['voce', 'porque']],
    ['xq no llega q pasa', 'es', ['porque', 'que']],
    ['stp aide moi', 'fr', ['s', 'il', 'te', 'plait']],
    ['svp ma commande', 'fr', ['vous']],
    ['paket bzw bestellung', 'de', ['beziehungsweise']],
    ['pls help u', undefined, ['please', 'you']],
  ])('%s (%s)', (text, lang, expected) => {
    expect(words(text, lang)).toEqual(expect.arrayContaining(expected));
  });

  it('drops crying and laughing marks that carry no topic', () => {
    expect(words('배송 언제 와요 ㅠㅠ', 'ko')).toEqual(['배송', '언제', '와요']);
    expect(words('まだ届かないw', 'ja')).toEqual(['まだ届かない']);
  });

  it('keeps a spelling that is a word of another language in that language ("q" is not English)', () => {
    expect(words('q', 'en')).toEqual(['q']);
    expect(words('q', 'es')).toEqual(['que']);
  });

  it('reads Chinese chat forms (咋, 啥)', () => {
    expect(words('快递咋还没到', 'zh')).toEqual(['快递怎么还没到']);
  });
});

describe('order and tracking numbers, full- and half-width', () => {
  it.each([
    ['tracking 1Z999AA10123456784 pls', 'tracking # pls'],
    ['order SO12345678', 'order #'],
    ['注文番号１２３４５６７８です', '注文番号 # です'],
    ['ＨＥＬＬＯ　ｏｒｄｅｒ', 'hello order'],
  ])('%s → %s', (text, out) => {
    expect(normalize(text)).toBe(out);
  });
});

describe('bounded work on long messages', () => {
  const rules = [
    rule({ id: 'track', examples: { zh: ['我的快递到哪了', '物流信息查一下'], en: ['where is my order'] } }),
    rule({ id: 'refund', examples: { zh: ['我要退款', '怎么退货'], en: ['I want a refund'] } }),
  ];

  it('reads at most maxChars characters of a message', () => {
    const long = '我的快递到哪了请帮我查一下物流信息谢谢'.repeat(600);
    const max = DEFAULT_SETTINGS.features.maxChars;
    const total = (ws: string[]) => ws.reduce((n, w) => n + [...w].length, 0);
    expect(total(words(long, 'zh'))).toBeLessThanOrEqual(max);
    expect(words(long, 'zh')).toEqual(words(long.slice(0, max), 'zh'));
  });

  it('a 10,000-character message costs the matcher no more work than its first maxChars characters', () => {
    const m = createMatcher(rules);
    const long = '我的快递到哪了请帮我查一下物流信息谢谢'.repeat(600).slice(0, 10_000);
    const cost = (text: string) => {
      const before = m.work;
      m.match({ text });
      return m.work - before;
    };
    const head = cost(long.slice(0, DEFAULT_SETTINGS.features.maxChars));
    expect(head).toBeGreaterThan(0);
    expect(cost(long)).toBe(head);
  });

  it('the work grows no faster than the message up to the cap', () => {
    const m = createMatcher(rules);
    const text = 'where is my order please check the refund ';
    const cost = (n: number) => {
      const before = m.work;
      m.match({ text: text.repeat(n) });
      return m.work - before;
    };
    expect(cost(40)).toBeLessThanOrEqual(cost(4) * 10 + 10);
  });
});

describe('why a suggestion was made', () => {
  it('names the example, the words shared and the confidence, in English and Chinese', () => {
    const m = createMatcher([
      rule({ id: 'track', examples: { en: ['where is my parcel', 'track my order', 'tracking number please'] } }),
      rule({ id: 'refund', examples: { en: ['I want a refund', 'money back please', 'refund my order'] } }),
      rule({ id: 'size', examples: { en: ['what size fits me', 'size chart', 'does it run small'] } }),
    ]);
    const s = m.match({ text: 'my tracking number?' }).suggestions[0];
    expect(s.ruleId).toBe('track');
    const en = explainText('en', s);
    expect(en[0]).toBe('like the example “tracking number please” (English)');
    expect(en.some((x) => x.startsWith('shared words:') && x.includes('tracking'))).toBe(true);
    expect(en[en.length - 1]).toMatch(/^about \d+ % likely right$/);
    const zh = explainText('zh', s);
    expect(zh[0]).toBe('与示例“tracking number please”相似（英语）');
  });

  it('does not offer the order-number token or the negation mark as shared words', () => {
    const m = createMatcher([
      rule({ id: 'missing', examples: { en: ['order 5769123400981 did not arrive', 'my parcel never came'] } }),
      rule({ id: 'refund', examples: { en: ['I want a refund', 'money back please'] } }),
      rule({ id: 'size', examples: { en: ['what size fits me', 'size chart'] } }),
    ]);
    const s = m.match({ text: 'order 8800123456789 still did not arrive' }).suggestions[0];
    expect(s.ruleId).toBe('missing');
    expect(s.reason.evidence!.shared.length).toBeGreaterThan(0);
    expect(s.reason.evidence!.shared).not.toContain('#');
    expect(s.reason.evidence!.shared).not.toContain('¬');
  });
});
