import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/pack/decode';
import { parsePackFile } from '../../../lib/pack/pack-file';
import { ShopReplyDB } from '../../../lib/db/database';
import { ImportSession } from '../../../lib/db/import-session';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));

// Each fixture is the same kind of pack (tests/fixtures/encodings/make.mjs wrote them with iconv-lite).
const cases = [
  { file: 'zh-utf8.csv', encoding: 'utf-8', title: '物流查询', reply: '您好，订单已经发出，请耐心等待。' },
  { file: 'zh-utf8-bom.csv', encoding: 'utf-8', title: '物流查询', reply: '您好，订单已经发出，请耐心等待。' },
  { file: 'zh-utf16le-bom.csv', encoding: 'utf-16le', title: '物流查询', reply: '您好，订单已经发出，请耐心等待。' },
  { file: 'zh-utf16be-bom.csv', encoding: 'utf-16be', title: '物流查询', reply: '您好，订单已经发出，请耐心等待。' },
  { file: 'zh-gbk.csv', encoding: 'gb18030', title: '物流查询', reply: '您好，订单已经发出，请耐心等待。' },
  { file: 'zh-gb18030.csv', encoding: 'gb18030', title: '物流查询', reply: '您好，订单已经发出，请耐心等待。' },
  { file: 'tw-big5.csv', encoding: 'big5', title: '物流查詢', reply: '您好，訂單已經寄出，請耐心等候。' },
  { file: 'ja-shift_jis.csv', encoding: 'shift_jis', title: '配送状況', reply: 'ご注文ありがとうございます。商品は発送済みです。' },
  { file: 'ko-euc-kr.csv', encoding: 'euc-kr', title: '배송 조회', reply: '주문해 주셔서 감사합니다. 상품은 발송되었습니다.' },
] as const;

describe('decodeText', async () => {
  for (const c of cases) {
    it(`reads ${c.file} as ${c.encoding} and the pack imports with its texts`, async () => {
      const decoded = await decodeText(fixture(c.file));
      expect(decoded).toMatchObject({ ok: true, encoding: c.encoding });
      if (!decoded.ok) return;
      expect(decoded.text.startsWith('\ufeff')).toBe(false);
      const parsed = parsePackFile(c.file, decoded.text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const rule = parsed.value[0].rules[0];
      expect(parsed.value[0].name).toBe(c.title);
      expect(Object.values(rule.replies)[0][0]).toBe(c.reply);
    });
  }

  it('refuses a Latin-1 file (no encoding ShopReply reads) instead of guessing', async () => {
    expect(await decodeText(fixture('fr-latin1.csv'))).toMatchObject({ ok: false, code: 'unknown-encoding' });
  });

  it('refuses bytes that are not text', async () => {
    expect((await decodeText(fixture('binary.csv'))).ok).toBe(false);
  });

  it('refuses a UTF-8 file with a BOM whose bytes break off, naming the line', async () => {
    const good = fixture('zh-utf8-bom.csv');
    const broken = new Uint8Array([...good.subarray(0, 60), 0xe5, 0x0a, ...good.subarray(60)]);
    const lines = new TextDecoder().decode(good.subarray(0, 60)).split('\n').length;
    expect(await decodeText(broken)).toEqual({ ok: false, code: 'undecodable', encoding: 'utf-8', line: lines });
  });

  it('refuses a GBK file that ends in half a character rather than importing a stray character', async () => {
    const gbk = fixture('zh-gbk.csv');
    const lines = new TextDecoder('gbk').decode(gbk).split('\n').length;
    expect(await decodeText(new Uint8Array([...gbk, 0x81]))).toEqual({ ok: false, code: 'undecodable', encoding: 'gb18030', line: lines });
  });
});

describe('ImportSession with bytes', async () => {
  let db: ShopReplyDB | undefined;
  afterEach(async () => { await db?.delete(); db = undefined; });

  it('plans a GBK CSV with its Chinese texts and writes it on apply', async () => {
    db = new ShopReplyDB('decode-session-1');
    const session = new ImportSession(db);
    const prepared = await session.prepare('zh-gbk.csv', fixture('zh-gbk.csv'));
    expect(prepared).toMatchObject({ ok: true, plans: [{ packId: 'enc-zh', packName: '物流查询', kind: 'new-pack' }] });
    await session.apply('merge-keep-local');
    expect((await db.rules.get(['enc-zh', 'where-is-my-order']))?.replies.zh?.[0]).toBe('您好，订单已经发出，请耐心等待。');
  });

  it('refuses an undecodable file with a code and writes nothing', async () => {
    db = new ShopReplyDB('decode-session-2');
    const session = new ImportSession(db);
    const prepared = await session.prepare('fr-latin1.csv', fixture('fr-latin1.csv'));
    expect(prepared).toMatchObject({ ok: false, reason: 'encoding', problem: { code: 'unknown-encoding' } });
    await expect(session.apply('merge-keep-local')).rejects.toThrow();
    expect(await db.packs.count()).toBe(0);
    expect(await db.rules.count()).toBe(0);
  });
});
