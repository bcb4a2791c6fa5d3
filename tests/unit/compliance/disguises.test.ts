import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../lib/compliance';

/**
 * Disguised contact details and paid-review offers, in the eight product languages. Each row:
 * the reply, its language, the rule that must catch it and the part of the original text the
 * agent must see marked (the whole disguise, with its spaces and look-alike letters).
 */
const ZW = '\u200b';
const DISGUISES: Array<[text: string, language: string, rule: string, marked: string]> = [
  // zh
  ['加 微 信 shop888', 'zh', 'wechat', '微 信'],
  [`加微${ZW}信聊`, 'zh', 'wechat', `微${ZW}信`],
  ['亲，加V：shop888', 'zh', 'wechat', '加V'],
  ['我的vx是shop888', 'zh', 'wechat', 'vx'],
  ['微.信号 shop888', 'zh', 'wechat', '微.信'],
  ['电话：一三八一二三四五六七八', 'zh', 'phone', '一三八一二三四五六七八'],
  ['联系 １３８ １２３４ ５６７８', 'zh', 'phone', '１３８ １２３４ ５６７８'],
  ['手机 1 3 8 1 2 3 4 5 6 7 8', 'zh', 'phone', '1 3 8 1 2 3 4 5 6 7 8'],
  ['怎么联系：13812345678', 'zh', 'phone', '13812345678'],
  ['买两13812345678', 'zh', 'phone', '13812345678'],
  ['好 评 返 现 5元', 'zh', 'cashback', '好 评 返 现'],
  ['五星好评送红包', 'zh', 'paid-review', '五星好评送红包'],
  ['晒图返现哦', 'zh', 'cashback', '返现'],
  ['加我QQ号 12345678', 'zh', 'other-messenger', 'QQ号'],
  ['纸飞机 @shopx 找我', 'zh', 'telegram', '纸飞机'],
  ['加 WеChat 聊', 'zh', 'wechat', 'WеChat'], // Cyrillic е
  // en
  ['Add me on W h a t s A p p', 'en', 'whatsapp', 'W h a t s A p p'],
  ['Message me on WhаtsApp', 'en', 'whatsapp', 'WhаtsApp'], // Cyrillic а
  ['Whats App me anytime', 'en', 'whatsapp', 'Whats App'],
  ['Wh4tsApp me for the deal', 'en', 'whatsapp', 'Wh4tsApp'],
  ['ＷｈａｔｓＡｐｐ me', 'en', 'whatsapp', 'ＷｈａｔｓＡｐｐ'],
  ['ping me on 𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩', 'en', 'whatsapp', '𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩'],
  ['IG: shopx', 'en', 'instagram', 'IG:'],
  ['follow us on insta @shopx', 'en', 'instagram', 'insta'],
  ['My LINE ID: shopx', 'en', 'line', 'LINE ID'],
  ['ｔｅｌｅｇｒａｍ @shopx', 'en', 'telegram', 'ｔｅｌｅｇｒａｍ'],
  [`T${ZW}e${ZW}l${ZW}e${ZW}g${ZW}r${ZW}a${ZW}m me`, 'en', 'telegram', `T${ZW}e${ZW}l${ZW}e${ZW}g${ZW}r${ZW}a${ZW}m`],
  ['Tele\u00adgram: shopx', 'en', 'telegram', 'Tele\u00adgram'],
  ['Call me: 415 555 0100', 'en', 'phone', '415 555 0100'],
  ['shopx at gmail dot com', 'en', 'email', 'shopx at gmail dot com'],
  ['write to shopx (at) mailbox (dot) com', 'en', 'email', 'shopx (at) mailbox (dot) com'],
  ['Email me: s h o p x @ g m a i l . c o m', 'en', 'email', 's h o p x @ g m a i l . c o m'],
  ['better prices on cheapdeals dot com', 'en', 'link', 'cheapdeals dot com'],
  ['Leave 5 stars and get a full refund', 'en', 'paid-review', '5 stars and get a full refund'],
  ['Give us a five-star review to get a $10 gift card', 'en', 'paid-review', 'five-star review to get a $10 gift card'],
  // es
  ['Escríbeme al guasap 612 345 678', 'es', 'whatsapp', 'guasap'],
  ['Mi número: +34 612 345 678', 'es', 'phone', '+34 612 345 678'],
  ['Te devolvemos el dinero por una reseña de 5 estrellas', 'es', 'paid-review', 'devolvemos el dinero por una reseña'],
  ['Agrégame en T e l e g r a m', 'es', 'telegram', 'T e l e g r a m'],
  ['llámame al 612345678', 'es', 'phone', '612345678'],
  ['Sígueme en IG @tiendax', 'es', 'instagram', 'IG @'],
  // pt
  ['Me chama no zap: 11 91234-5678', 'pt', 'whatsapp', 'no zap'],
  ['Chama no W h a t s', 'pt', 'whatsapp', 'no W h a t s'],
  ['Reembolso por uma avaliação 5 estrelas', 'pt', 'paid-review', 'Reembolso por uma avaliação'],
  ['Avaliação 5 estrelas e ganhe um Pix de R$10', 'pt', 'paid-review', 'Avaliação 5 estrelas e ganhe um Pix'],
  ['meu insta: lojax', 'pt', 'instagram', 'insta'],
  ['Fale com a gente pelo Telegrаm', 'pt', 'telegram', 'Telegrаm'], // Cyrillic а
  // fr
  ['Ajoutez-moi sur W h a t s A p p', 'fr', 'whatsapp', 'W h a t s A p p'],
  ['Remboursement contre un avis 5 étoiles', 'fr', 'paid-review', 'Remboursement contre un avis'],
  ['Écrivez à boutique(at)mail(dot)fr', 'fr', 'email', 'boutique(at)mail(dot)fr'],
  ['Appelez le 06 12 34 56 78', 'fr', 'phone', '06 12 34 56 78'],
  ['Suivez-nous sur Insta', 'fr', 'instagram', 'Insta'],
  // de
  ['Schreib mir auf WhatsApp: 0151 2345 6789', 'de', 'whatsapp', 'WhatsApp'],
  ['Gutschein für eine 5-Sterne-Bewertung', 'de', 'paid-review', 'Gutschein für eine 5-Sterne'],
  ['Geld zurück für 5 Sterne', 'de', 'paid-review', 'Geld zurück für 5 Sterne'],
  ['Kontakt: t.me/shopx', 'de', 'link', 't.me/shopx'],
  ['Telefon: ０１５１ ２３４５６７８９', 'de', 'phone', '０１５１ ２３４５６７８９'],
  // ja
  ['LINEで友だち追加してください', 'ja', 'line', 'LINEで'],
  ['ラ イ ン ID: shopx', 'ja', 'line', 'ラ イ ン ID'],
  ['高評価レビューで返金します', 'ja', 'paid-review', '高評価レビューで返金'],
  ['インスタのDMで連絡して', 'ja', 'instagram', 'インスタ'],
  ['電話番号は〇九〇 一二三四 五六七八', 'ja', 'phone', '〇九〇 一二三四 五六七八'],
  ['★5レビューでキャッシュバック', 'ja', 'paid-review', '★5レビューでキャッシュバック'],
  // ko
  ['카 톡 으로 연락주세요', 'ko', 'other-messenger', '카 톡'],
  ['카카오톡 ID: shopx', 'ko', 'other-messenger', '카카오톡'],
  ['라인 아이디 shopx', 'ko', 'line', '라인 아이디'],
  ['전화 공일공 일이삼사 오육칠팔', 'ko', 'phone', '공일공 일이삼사 오육칠팔'],
  ['리뷰 작성 시 환불해 드립니다', 'ko', 'paid-review', '리뷰 작성 시 환불'],
  ['텔레그램 @shopx', 'ko', 'telegram', '텔레그램'],
  ['인스타 팔로우 해주세요', 'ko', 'instagram', '인스타'],
  ['W h a t s A p p 으로 연락', 'ko', 'whatsapp', 'W h a t s A p p'],
  ['威 信：shop888', 'zh', 'wechat', '威 信：'],
  ['有問題加賴 shop888', 'zh', 'line', '加賴'],
  ['+V：shop888 备注淘宝', 'zh', 'wechat', '+V'],
  ['幺三八幺二三四五六七八 随时打', 'zh', 'phone', '幺三八幺二三四五六七八'],
  ['邮箱 shop888 艾特 qq 点 com', 'zh', 'email', 'shop888 艾特 qq 点 com'],
  ['W-h-a-t-s-A-p-p me', 'en', 'whatsapp', 'W-h-a-t-s-A-p-p'],
  ['more at shopx . com', 'en', 'link', 'shopx . com'],
  ['Rate us 5 stars and we refund you', 'en', 'paid-review', 'Rate us 5 stars and we refund'],
  ['W.h.a.t.s.A.p.p: 612 345 678', 'es', 'whatsapp', 'W.h.a.t.s.A.p.p'],
  ['Meu celular (11) 91234-5678', 'pt', 'phone', '(11) 91234-5678'],
  ['Insta gram: lojax', 'pt', 'instagram', 'Insta gram'],
  ['Mon mail : boutique @ gmail . com', 'fr', 'email', 'boutique @ gmail . com'],
  ['Folge uns auf I n s t a g r a m', 'de', 'instagram', 'I n s t a g r a m'],
  ['ＬＩＮＥ ＩＤ：shopx', 'ja', 'line', 'ＬＩＮＥ ＩＤ'],
  ['카카오 톡 아이디 shopx', 'ko', 'other-messenger', '카카오 톡'],
  ['薇❤信 shop888', 'zh', 'wechat', '薇❤信'],
  ['邮箱 shop888#qq.com', 'zh', 'email', 'shop888#qq.com'],
  ['好评后联系客服领取红包', 'zh', 'paid-review', '好评后联系客服领取红包'],
  ['带图评价送优惠券', 'zh', 'paid-review', '带图评价送'],
  ['手机 13八1234五六七8', 'zh', 'phone', '13八1234五六七8'],
  ["Leave a positive review and we'll refund 20%", 'en', 'paid-review', "Leave a positive review and we'll refund"],
  ['W🌸h🌸a🌸t🌸s🌸A🌸p🌸p', 'en', 'whatsapp', 'W🌸h🌸a🌸t🌸s🌸A🌸p🌸p'],
  ['Déjanos 5 estrellas y te regalamos un cupón', 'es', 'paid-review', '5 estrellas y te regalamos un cupón'],
  ['call one three eight, one two three four, five six seven eight', 'en', 'phone', 'one three eight, one two three four, five six seven eight'],
  ['mi número: seis uno dos tres cuatro cinco seis siete ocho', 'es', 'phone', 'seis uno dos tres cuatro cinco seis siete ocho'],
  ['celular onze: nove um dois três quatro cinco seis sete oito', 'pt', 'phone', 'nove um dois três quatro cinco seis sete oito'],
  ['Handy: null eins fünf eins zwei drei vier fünf sechs', 'de', 'phone', 'null eins fünf eins zwei drei vier fünf sechs'],
];

/** Ordinary replies that must pass: order numbers, dates, prices, words that contain a contact name. */
const CLEAN: Array<[text: string, language: string]> = [
  ['Your order 5769123400987654321 is on its way.', 'en'],
  ['We ship on 2026-01-05 before 18:00.', 'en'],
  ['Tracking number SF 1234 5678 9012', 'en'],
  ['The delivery line is long, check online before the deadline.', 'en'],
  ['See https://www.tiktok.com/@ourshop for more', 'en'],
  ['We will review your refund request today', 'en'],
  ['iPhone 15 case, 2 pcs for 12.99', 'en'],
  ['We chat with buyers here every day from 9 to 6.', 'en'],
  ['Big sizes are in our new product line.', 'en'],
  ['Please leave a review after your refund is processed.', 'en'],
  ['Leather messenger bag, brown, 1 pc', 'en'],
  ['Sizes: S M L XL, the big one fits 180 cm.', 'en'],
  ['Order #5769 1234 0098 7654 was shipped.', 'en'],
  ['Free gift for every order over $30', 'en'],
  ['Thank you for your review, and we will refund the difference.', 'en'],
  ['If anything is wrong, leave us a message and we will refund you.', 'en'],
  ['您好，订单号 13812345678 已发货', 'zh'],
  ['亲，微笑服务，有问题随时问我～', 'zh'],
  ['这款是微波炉专用盒，一二天内发货', 'zh'],
  ['商品是ins风格的简约款，威信品牌', 'zh'],
  ['退款已处理，请查收，感谢您的好评', 'zh'],
  ['Tu pedido llegará en 3 a 5 días hábiles.', 'es'],
  ['Puedes ver el estado en línea en la app de TikTok.', 'es'],
  ['El número de pedido es 576912340098', 'es'],
  ['Seu pedido foi enviado, o código de rastreio é BR123456789.', 'pt'],
  ['Obrigado pela avaliação! O prazo é de 7 a 10 dias úteis.', 'pt'],
  ['Votre commande arrive sous 3 à 5 jours, suivi en ligne.', 'fr'],
  ['Merci pour votre avis, à bientôt !', 'fr'],
  ['Ihre Bestellung wird morgen versendet, danke für Ihre Bewertung!', 'de'],
  ['Die Lieferzeit beträgt 2-3 Werktage.', 'de'],
  ['ご注文ありがとうございます。商品ラインナップをご覧ください。', 'ja'],
  ['追跡番号は 1234 5678 9012 です。オンラインで確認できます。', 'ja'],
  ['インスタントコーヒーは明日発送します。', 'ja'],
  ['주문하신 상품은 내일 발송됩니다.', 'ko'],
  ['온라인으로 확인하실 수 있습니다. 인스타일 원피스입니다.', 'ko'],
  ['송장번호는 1234 5678 9012 입니다', 'ko'],
  ['Model: WX-200 in black, sizes S / M / L / XL', 'en'],
  ['Thanks for the 5 stars! Est. delivery 3 - 5 - 7 days', 'en'],
  ['Order 5769-1234-0098-7654 shipped', 'en'],
  ['七天无理由退换，三五天到货', 'zh'],
  ['信賴我們的品質，依賴好評', 'zh'],
  ['两件商品，订单号 13812345678 已发货', 'zh'],
  ['オンラインショップ限定です', 'ja'],
  ['가이드라인을 확인해 주세요', 'ko'],
  ['Vielen Dank für die 5 Sterne!', 'de'],
  ['One or two items ship today, three or four tomorrow.', 'en'],
  ['Obrigado pelas 5 estrelas!', 'pt'],
  ['¡Gracias por las 5 estrellas!', 'es'],
  ['Merci pour les 5 étoiles, livraison en 48 h.', 'fr'],
];

describe('compliance: disguised contact details and paid reviews', () => {
  it('covers every product language with at least 53 disguises and 30 clean replies', () => {
    expect(DISGUISES.length).toBeGreaterThanOrEqual(53);
    expect(CLEAN.length).toBeGreaterThanOrEqual(30);
    for (const lang of ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko']) {
      expect(DISGUISES.some(([, l]) => l === lang), lang).toBe(true);
      expect(CLEAN.some(([, l]) => l === lang), lang).toBe(true);
    }
  });

  it.each(DISGUISES)('catches %j (%s) as %s, marking %j', (text, language, rule, marked) => {
    const r = checkCompliance(text, { language });
    expect(r.ok).toBe(false);
    const v = r.violations.find((x) => x.rule === rule);
    expect(v, JSON.stringify(r.violations)).toBeDefined();
    expect(v!.match).toBe(marked);
    expect(text.slice(v!.index, v!.index + v!.length)).toBe(marked);
  });

  it.each(CLEAN)('passes %j (%s)', (text, language) => {
    expect(checkCompliance(text, { language })).toEqual({ ok: true, violations: [] });
  });
});
