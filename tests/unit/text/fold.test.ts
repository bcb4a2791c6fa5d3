import { describe, expect, it } from 'vitest';
import { confirmDelivery, evaluateContentGuards, type AutoSendContext } from '../../../lib/conversation/autosend';
import { newSession, recordSentReply } from '../../../lib/conversation/session';
import { foldForSearch } from '../../../lib/phrases/search';
import { sentOutcome } from '../../../lib/suggestions/outcome';
import { foldText, foldWithSpans, originalRange, sameText, withoutAccents } from '../../../lib/text/fold';
import { MON_10, settings } from '../conversation/fixtures';

const ZW = '\u200b';

describe('foldText: the product-wide comparison form', () => {
  it.each([
    ['ＷｈａｔｓＡｐｐ　１２３', 'whatsapp 123'], // full-width letters, digits and space
    [`Wh${ZW}at\u00adsA\u200dpp\ufeff`, 'whatsapp'], // zero-width space, soft hyphen, joiner, BOM
    ['WhаtsАpp', 'whatsapp'], // Cyrillic а and А inside a Latin word
    ['Теlеgrаm', 'telegram'], // Latin word written mostly in Cyrillic look-alikes
    ['ᴡʜᴀᴛsᴀᴘᴘ', 'whatsapp'], // small capitals
    ['𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩 ①②', 'whatsapp 12'],
    ['  Your   order\n\tis   here  ', 'your order is here'],
    ['ﾊﾟﾝ', 'パン'], // half-width kana with a half-width voiced mark
    ['ΟΔΟΣ', 'οδοσ'], // final sigma folds like any sigma
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('drops every invisible (Cf) character of the BMP and the emoji tag characters', () => {
    const cf: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if ((c < 0xd800 || c > 0xdfff) && /\p{Cf}/u.test(ch)) cf.push(ch);
    }
    expect(cf.length).toBeGreaterThan(40);
    for (const ch of cf) expect(foldText(`a${ch}b`), `U+${ch.charCodeAt(0).toString(16)}`).toBe('ab');
    expect(foldText('x\u{e0067}\u{e0062}y')).toBe('xy');
  });

  it('keeps genuine Cyrillic and Greek words as they are', () => {
    expect(foldText('Привет, как дела')).toBe('привет, как дела');
    expect(foldText('Ευχαριστώ')).toBe('ευχαριστώ');
  });

  it('keeps accents; withoutAccents drops Latin ones but keeps Japanese voiced marks and Hangul', () => {
    expect(foldText('Avaliação Rückerstattung')).toBe('avaliação rückerstattung');
    expect(withoutAccents(foldText('Avaliação Rückerstattung ガイド 주문'))).toBe('avaliacao ruckerstattung ガイド 주문');
  });

  const TRICKY = [
    'Add me on W h a t s A p p', `加微${ZW}信聊`, 'ＷｈａｔｓＡｐｐ　me', 'Message me on WhаtsApp', '𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩',
    'ﾊﾟﾝとｶﾞｲﾄﾞ', 'e\u0301te\u0301 à Zürich', '\u1100\u1161\u11a8 한국어', 'ΟΔΟΣ ΣΟΦΟΣ', ` ${ZW} lead and trail ${ZW} `,
    'Tele\u00adgram', 'a\u200d\u200db', '\u00a0\u3000x\u2003y', 'İstanbul', 'ß ẞ ﬁ ㎏ ㈱', '👍🏽 ok 👨‍👩‍👧',
  ];
  it.each(TRICKY)('foldWithSpans gives exactly foldText for %j', (text) => {
    const f = foldWithSpans(text);
    expect(f.text).toBe(foldText(text));
    expect(f.spans).toHaveLength(f.text.length);
  });

  it('foldWithSpans agrees with foldText on 20,000 random mixes of tricky characters', () => {
    const pool = [...'aZ 가각\u1112\u1175\u11c2\u3099\u309b é\u0301\u0308\u200b\u200d\u00ad\ufeff\u3000\u00a0\t\nаАеΟςΣｗＡ１①ﾊﾟｶﾞﾞ微信가\u1100\u1161\u11a8ß🙏\u{e0067}İ.-_'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pool[Math.floor(rand() * pool.length)]).join('');
      const f = foldWithSpans(text);
      if (f.text !== foldText(text)) expect(f.text, JSON.stringify(text)).toBe(foldText(text));
      if (!f.spans.every(([a, b]) => 0 <= a && a < b && b <= text.length)) expect.fail(`spans outside ${JSON.stringify(text)}`);
    }
  });

  it('maps a folded range back to the original the agent sees', () => {
    const text = `请加 Ｗｅ${ZW}Ｃｈａｔ 谢谢`;
    const f = foldWithSpans(text);
    const at = f.text.indexOf('wechat');
    const { index, length } = originalRange(f, at, at + 6);
    expect(text.slice(index, index + length)).toBe(`Ｗｅ${ZW}Ｃｈａｔ`);
  });
});

/**
 * "Already sent", "delivered" and "accepted as suggested" compare texts the same way: for each
 * pair, the three decisions agree with sameText.
 */
describe('every comparison of sent texts uses the one fold', () => {
  const PAIRS: Array<[a: string, b: string, same: boolean]> = [
    ['Your order is on its way.', ' Your order  is on its way. ', true],
    ['Your order is on its way.', `Your order is on${ZW} its way.`, true],
    ['Your order is on its way.', 'Ｙｏｕｒ ｏｒｄｅｒ is on its way.', true],
    ['您的订单已发货', '您的订单已发货\u200b', true],
    ['Your order is on its way.', 'Your order is on its way!', false],
    ['Your order is on its way.', 'Your order is on the way.', false],
  ];

  const ctx = (sent: string, candidate: string): AutoSendContext => ({
    settings: settings(),
    session: recordSentReply({ ...newSession('c1', MON_10), autoSendEnabled: true }, { text: sent, at: MON_10, auto: false }),
    conversationId: 'c1',
    candidate: {
      ruleId: 'r', packId: 'p', kind: 'faq', priority: 0, score: 0.99, language: 'en', text: candidate, missing: [],
      compliance: { ok: true, violations: [] }, reason: '', repeated: false, autoSendEligible: true,
    },
  });

  it.each(PAIRS)('%j vs %j: same = %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
    const outcome = sentOutcome({ suggestions: [{ ruleId: 'r', packId: 'p', kind: 'faq', text: a, score: 0.9, language: 'en', reason: '', missing: [], violations: [] }], inserted: { index: 0, text: a } }, b);
    expect(outcome?.outcome).toBe(same ? 'accepted' : 'edited-then-sent');
    const guard = evaluateContentGuards(ctx(a, b));
    expect(guard.allowed ? 'sent' : guard.blockedBy).toBe(same ? 'already-sent' : 'sent');
    const delivery = confirmDelivery(a, { composerText: '', ownBubbles: [] }, { composerText: '', ownBubbles: [b] });
    expect(delivery.status).toBe(same ? 'confirmed' : 'unconfirmed');
  });

  it('phrase search folds the query and the phrases the same way', () => {
    expect(foldForSearch(`Ｒｅｅｍ${ZW}bolso`)).toBe(foldForSearch('reembolso'));
    expect(foldForSearch('Avaliação')).toBe('avaliacao');
  });
});
