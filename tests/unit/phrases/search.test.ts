import { describe, expect, it } from 'vitest';
import { searchPhrases } from '../../../lib/phrases/search';
import type { Phrase } from '../../../lib/messages/protocol';

const phrase = (ruleId: string, language: string, text: string, keywords: string[] = [], title?: string): Phrase => ({
  ruleId, packId: 'p', kind: 'faq', language, text, keywords, title,
});

const library = [
  phrase('shipping', 'en', 'Your order ships in 2 days.', ['shipping|delivery'], 'Shipping time'),
  phrase('shipping', 'es', 'Tu pedido se envía en 2 días.', ['envío']),
  phrase('refund', 'zh', '我们会在收到退货后退款。', ['退款|退货'], 'Refund'),
  phrase('thanks', 'en', 'Thanks for your order, we ship fast!', [], 'Thank you'),
];

describe('searchPhrases', () => {
  it('finds by keyword in any language, ignoring accents', () => {
    expect(searchPhrases(library, 'envio').map((p) => `${p.ruleId}/${p.language}`)).toEqual(['shipping/es']);
    expect(searchPhrases(library, '退款').map((p) => p.ruleId)).toEqual(['refund']);
  });

  it('ranks title and keyword hits above hits in the text', () => {
    expect(searchPhrases(library, 'ship').map((p) => `${p.ruleId}/${p.language}`)).toEqual(['shipping/en', 'shipping/es', 'thanks/en']);
  });

  it('puts the buyer\'s language first, with and without a query', () => {
    const found = (q: string, lang?: string) => searchPhrases(library, q, 50, lang).map((p) => `${p.ruleId}/${p.language}`);
    // 'ship' hits the English title first; for a Spanish buyer the Spanish phrase comes first.
    expect(found('ship', 'es')).toEqual(['shipping/es', 'shipping/en', 'thanks/en']);
    expect(found('ship', 'es-MX')).toEqual(['shipping/es', 'shipping/en', 'thanks/en']);
    expect(found('', 'zh')).toEqual(['refund/zh', 'shipping/en', 'shipping/es', 'thanks/en']);
    expect(found('', undefined)).toEqual(['shipping/en', 'shipping/es', 'refund/zh', 'thanks/en']);
  });

  it('needs every word of the query', () => {
    expect(searchPhrases(library, 'order fast').map((p) => p.ruleId)).toEqual(['thanks']);
  });

  it('an empty query lists the library', () => {
    expect(searchPhrases(library, '  ')).toHaveLength(4);
  });
});

describe('phrasesOf', () => {
  it('lists every reply variant with its rule, language and keywords', async () => {
    const { phrasesOf } = await import('../../../lib/phrases/from-rules');
    const phrases = phrasesOf([
      { id: 'hi', kind: 'welcome', packId: 'p', replies: { en: ['Hi', 'Hello'], zh: ['您好'] } },
      { id: 'track', kind: 'faq', packId: 'p', keywords: { en: ['tracking|where'], '*': ['物流'] }, replies: { en: ['On its way'] } },
    ]);
    expect(phrases.map((p) => `${p.ruleId}/${p.language}/${p.text}`)).toEqual(['hi/en/Hi', 'hi/en/Hello', 'hi/zh/您好', 'track/en/On its way']);
    expect(phrases[3].keywords).toEqual(['tracking|where', '物流']);
  });
});
