import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/match';

describe('detectLanguage', () => {
  it('uses script rules: kana → ja, Hangul → ko, Han only → zh', () => {
    expect(detectLanguage('快递到哪了').code).toBe('zh');
    expect(detectLanguage('注文はいつ届きますか').code).toBe('ja');
    expect(detectLanguage('荷物はどこ').code).toBe('ja');
    expect(detectLanguage('주문 취소하고 싶어요').code).toBe('ko');
    expect(detectLanguage('iphone15快递到了吗').code).toBe('zh');
  });

  it('tells Spanish from Portuguese on short messages', () => {
    expect(detectLanguage('¿Dónde está mi pedido?').code).toBe('es');
    expect(detectLanguage('cadê meu pedido?').code).toBe('pt');
    expect(detectLanguage('quiero un reembolso').code).toBe('es');
    expect(detectLanguage('quero reembolso').code).toBe('pt');
    expect(detectLanguage('obrigado').code).toBe('pt');
    expect(detectLanguage('gracias').code).toBe('es');
  });

  it('recognises en, fr, de', () => {
    expect(detectLanguage('where is my order').code).toBe('en');
    expect(detectLanguage('où est ma commande').code).toBe('fr');
    expect(detectLanguage('wo ist meine Bestellung').code).toBe('de');
  });

  it('says "und" with confidence 0 when the text says nothing', () => {
    expect(detectLanguage('12345')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('👍👍')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('ok').code).toBe('und');
  });

  it('returns a confidence in 0..1', () => {
    for (const t of ['hola', 'where is my order please', '快递']) {
      const d = detectLanguage(t);
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gets at least 95% of the labelled chat set right', () => {
    const lines = readFileSync(new URL('../../fixtures/lang/chat-messages.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    const cases = lines.map((l) => JSON.parse(l) as { text: string; lang: string });
    expect(cases.length).toBe(200);
    const right = cases.filter((c) => detectLanguage(c.text).code === c.lang).length;
    expect(right / cases.length).toBeGreaterThanOrEqual(0.95);
  });

  it('gets at least 98% of the held-out chat messages right (written after the lexicon, never tuned on)', () => {
    const lines = readFileSync(new URL('../../fixtures/lang/chat-messages-heldout.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    const cases = lines.map((l) => JSON.parse(l) as { text: string; lang: string });
    expect(cases.length).toBe(50);
    const right = cases.filter((c) => detectLanguage(c.text).code === c.lang).length;
    expect(right / cases.length).toBeGreaterThanOrEqual(0.98);
  });
});
