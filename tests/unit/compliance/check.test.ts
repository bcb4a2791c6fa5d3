import { describe, expect, it } from 'vitest';
import { checkCompliance, packComplianceFlags } from '../../../lib/compliance';
import type { Pack } from '../../../lib/pack/schema';

const rules = (text: string, language = 'en') =>
  checkCompliance(text, { language }).violations.map((v) => `${v.rule}:${v.match}`);

describe('checkCompliance: built-in off-platform patterns', () => {
  it.each([
    ['Add me on WhatsApp', 'whatsapp:WhatsApp'],
    ['ｗｈａｔｓＡＰＰ me', 'whatsapp:ｗｈａｔｓＡＰＰ'],
    ['加微信聊', 'wechat:微信'],
    ['VX: shop888', 'wechat:VX'],
    ['my Line ID is shop', 'line:Line ID'],
    ['message us on Telegram', 'telegram:Telegram'],
    ['write to help@shop-mail.com', 'email:help@shop-mail.com'],
    ['order here: https://cheap-deals.shop/x', 'link:https://cheap-deals.shop/x'],
    ['Call +1 415 555 0100', 'phone:+1 415 555 0100'],
    ['Our number 020 7946 0958', 'phone:020 7946 0958'],
    ['联系13812345678', 'phone:13812345678'],
    ['phone 555 0100 99', 'phone:555 0100 99'],
  ])('flags %j', (text, expected) => {
    expect(rules(text)).toContain(expected);
  });

  it('reports the position in the original (full-width) text', () => {
    const text = '请加 ＷｅＣｈａｔ 谢谢';
    const [v] = checkCompliance(text, { language: 'zh' }).violations;
    expect(v).toMatchObject({ rule: 'wechat', category: 'off-platform', index: 3, length: 6 });
    expect(text.slice(v.index, v.index + v.length)).toBe('ＷｅＣｈａｔ');
  });

  it.each([
    'Your order 5769123400987654321 is on its way.',
    'We ship on 2026-01-05 before 18:00.',
    'Tracking number SF 1234 5678 9012',
    '订单号 13812345678 已发货',
    'The delivery line is long, check online',
    'See https://www.tiktok.com/@ourshop for more',
    'We will review your refund request today',
    'iPhone 15 case, 2 pcs for 12.99',
  ])('does not flag ordinary text %j', (text) => {
    expect(checkCompliance(text, { language: 'en' })).toEqual({ ok: true, violations: [] });
  });

  it('checks filled variable values like the rest of the reply and names the variable a finding touches', () => {
    const text = 'Hi 加微信 shop888, message us on Telegram. Telegram';
    const filled = [
      { name: 'buyer_name', index: 3, length: 11 },
      { name: 'product_name', index: 42, length: 8 },
    ];
    const r = checkCompliance(text, { language: 'en', filled });
    expect(r.ok).toBe(false);
    expect(r.violations.map((v) => [v.rule, v.match, v.variable])).toEqual([
      ['wechat', '微信', 'buyer_name'],
      ['telegram', 'Telegram', undefined],
      ['telegram', 'Telegram', 'product_name'],
    ]);
  });

  it('reports an e-mail once, not its domain as a link too', () => {
    expect(rules('mail bob@example.com')).toEqual(['email:bob@example.com']);
  });
});

describe('checkCompliance: cash-back and paid reviews', () => {
  it.each([
    ['好评返现5元', 'zh', 'cashback'],
    ['五星好评送红包', 'zh', 'paid-review'],
    ['Get 10% cashback on your next order', 'en', 'cashback'],
    ['Leave a 5 star review and get a full refund!', 'en', 'paid-review'],
    ['We offer a refund for a 5-star review', 'en', 'paid-review'],
    ['Deja 5 estrellas y te devolvemos el dinero', 'es', 'paid-review'],
    ['Reembolso por uma avaliação positiva', 'pt', 'paid-review'],
    ['Remboursement contre un avis 5 étoiles', 'fr', 'paid-review'],
    ['Gutschein für eine Bewertung', 'de', 'paid-review'],
    ['高評価レビューで返金します', 'ja', 'paid-review'],
    ['리뷰 작성 시 환불해 드립니다', 'ko', 'paid-review'],
  ])('flags %j (%s)', (text, language, rule) => {
    const r = checkCompliance(text, { language });
    expect(r.ok).toBe(false);
    expect(r.violations.map((v) => v.rule)).toContain(rule);
    expect(r.violations.find((v) => v.rule === rule)?.category).toBe('cash-back');
  });
});

describe('checkCompliance: pack banned phrases', () => {
  const bannedPhrases = { '*': ['best price'], zh: ['私聊'], en: ['discount code'] };

  it('applies "*" and the reply language, case- and width-insensitively', () => {
    expect(checkCompliance('ＢＥＳＴ Price guaranteed', { language: 'es', bannedPhrases }).violations).toEqual([
      { rule: 'best price', category: 'banned-phrase', index: 0, length: 10, match: 'ＢＥＳＴ Price' },
    ]);
    expect(checkCompliance('可以私聊吗', { language: 'zh', bannedPhrases }).ok).toBe(false);
    expect(checkCompliance('Use discount code X', { language: 'en', bannedPhrases }).ok).toBe(false);
  });

  it('does not apply another language\'s phrases, nor match inside a word', () => {
    expect(checkCompliance('Use discount code X', { language: 'de', bannedPhrases }).ok).toBe(true);
    expect(checkCompliance('x', { language: 'en', bannedPhrases: { '*': ['line'] } }).ok).toBe(true);
    expect(checkCompliance('check online', { language: 'en', bannedPhrases: { '*': ['line'] } }).ok).toBe(true);
    expect(checkCompliance('add my line', { language: 'en', bannedPhrases: { '*': ['line'] } }).ok).toBe(false);
  });
});

describe('packComplianceFlags', () => {
  it('lists each reply that breaks a rule, with rule id, language and variant', () => {
    const pack: Pick<Pack, 'rules' | 'bannedPhrases'> = {
      bannedPhrases: { zh: ['私聊'] },
      rules: [
        { id: 'ok', kind: 'welcome', replies: { en: ['Hi {buyer_name}!'] } },
        { id: 'bad', kind: 'faq', keywords: { en: ['x'] }, replies: { en: ['Fine', 'Text us on WhatsApp'], zh: ['可以私聊我'] } },
      ],
    };
    const flags = packComplianceFlags(pack);
    expect(flags.map((f) => [f.ruleId, f.language, f.replyIndex])).toEqual([
      ['bad', 'en', 1],
      ['bad', 'zh', 0],
    ]);
    expect(flags[1].violations.map((v) => v.rule)).toEqual(['私聊']);
  });
});
