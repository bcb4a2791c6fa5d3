import { describe, expect, it } from 'vitest';
import { packToCsv, parsePackCsv, parsePackOrThrow, type InputProblem, type Pack } from '../../../lib/pack';
import { decodeValue, encodeValue, readThreshold, splitValues } from '../../../lib/pack/csv-layout';
import { demoPack, fixturePack, readFixture } from './helpers';

function csvOk(text: string, file = 'team.csv'): Pack {
  const r = parsePackCsv(text, file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return r.value;
}
function csvProblems(text: string, file = 'team.csv'): InputProblem[] {
  const r = parsePackCsv(text, file);
  if (r.ok) throw new Error('expected the CSV to be refused');
  return r.problems;
}
const csv = (...rows: string[]) => rows.join('\r\n') + '\r\n';
const HEADER = 'pack_id,pack_name,pack_version,rule_id,kind,threshold,keywords.en,replies.en';
const PACK_ROW = 'shop,Shop,1.0,,pack,,,';

describe('parsePackCsv: a CSV as Excel writes it', () => {
  const pack = csvOk(readFixture('excel-zh.csv'), 'excel-zh.csv');

  it('reads the pack row, ignoring the BOM and trailing empty rows', () => {
    expect(pack.id).toBe('acme-zh');
    expect(pack.name).toBe('爱客美 客服短语');
    expect(pack.version).toBe('2026.11.24');
    expect(pack.defaultLanguage).toBe('zh');
    expect(pack.description).toBe('售前和售后的常用回复\n由主管维护');
    expect(pack.bannedPhrases).toEqual({ zh: ['加微信', '返现'] });
    expect(pack.rules.map((r) => r.id)).toEqual(['welcome', 'where-is-my-order', 'size']);
  });

  it('splits multi-line cells into values and keeps | alternatives inside one keyword', () => {
    const [welcome, order, size] = pack.rules;
    expect(welcome.replies.zh).toEqual(['{buyer_name}您好，欢迎光临！', '亲，在的哦~有什么可以帮您？']);
    expect(order.keywords).toEqual({ zh: ['快递|物流|包裹', '到哪了'], en: ['tracking|where is my order'], '*': ['SF-EXPRESS'] });
    expect(order.examples).toEqual({ zh: ['我的快递到哪了？', '怎么还没发货'] });
    expect(order.tags).toEqual(['售后', 'after-sale']);
    expect(size.skus).toEqual(['SKU-001', 'SKU-002']);
    expect(size.replies.zh).toEqual(['建议参考详情页的尺码表。\n如有疑问请告诉我们身高体重。']);
  });

  it('reads a percentage and a decimal comma as shares, and priority as a number', () => {
    expect(pack.rules[1].threshold).toBe(0.88);
    expect(pack.rules[1].priority).toBe(10);
    expect(pack.rules[2].threshold).toBe(0.8);
    expect(pack.rules[0].threshold).toBeUndefined();
    expect(pack.rules[0].title).toBe('欢迎语');
  });

  it('leaves out what the sheet left blank', () => {
    expect(pack.rules[0]).toEqual({
      id: 'welcome',
      kind: 'welcome',
      title: '欢迎语',
      replies: { zh: ['{buyer_name}您好，欢迎光临！', '亲，在的哦~有什么可以帮您？'], en: ['Hi {buyer_name}! How can I help?'] },
    });
  });

  it('reads the same file with LF line ends, without BOM, and with ; as delimiter', () => {
    const text = readFixture('excel-zh.csv');
    const lf = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(csvOk(lf)).toEqual(pack);
    const semicolons = packToCsv(pack).replace(/","/g, '";"');
    expect(csvOk(semicolons)).toEqual(pack);
  });

  it('accepts pack fields on every rule row and no pack row', () => {
    const p = csvOk(csv(HEADER, 'shop,Shop,1.0,a,welcome,,,Hi', 'shop,Shop,1.0,b,faq,,x,Yes'));
    expect([p.id, p.name, p.version, p.rules.length]).toEqual(['shop', 'Shop', '1.0', 2]);
  });

  it('takes kind in any case and headers in any case and order', () => {
    const p = csvOk(csv('Replies.EN,KIND,Rule_ID,keywords.*,pack_version,pack_name,pack_id', 'Hi,FAQ,a,hi|hello,1,S,s'));
    expect(p.rules[0]).toEqual({ id: 'a', kind: 'faq', keywords: { '*': ['hi|hello'] }, replies: { en: ['Hi'] } });
  });
});

describe('parsePackCsv: problems name the file, the row and the column', () => {
  it('refuses a bad kind', () => {
    const [p, ...rest] = csvProblems(csv(HEADER, PACK_ROW, ',,,a,question,,x,Hi'));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'team.csv', where: 'row 3, column "kind"', message: expect.stringMatching(/"question" is not a kind: write faq, welcome, offline or quick/) });
  });

  it('refuses a bare 88 as a threshold, pointing to 88% or 0.88', () => {
    const [p] = csvProblems(csv(HEADER, PACK_ROW, ',,,a,faq,88,x,Hi'));
    expect(p.where).toBe('row 3, column "threshold"');
    expect(p.message).toContain('88%');
    expect(p.message).toContain('0.88');
  });

  it('refuses thresholds that are not shares', () => {
    for (const bad of ['high', '0', '120%', '-0.5']) {
      const [p] = csvProblems(csv(HEADER, PACK_ROW, `,,,a,faq,${bad},x,Hi`));
      expect(p.where).toBe('row 3, column "threshold"');
    }
  });

  it('refuses an unknown variable, naming the rule, the name, the row and the column', () => {
    const [p] = csvProblems(csv(HEADER, PACK_ROW, ',,,a,faq,,x,Hi', ',,,b,faq,,y,"Sent!\nOrder {order_number} shipped"'));
    expect(p.where).toBe('row 4, column "replies.en", value 2 in the cell');
    expect(p.message).toContain('rule "b"');
    expect(p.message).toContain('{order_number}');
  });

  it('refuses a faq rule without keywords or examples', () => {
    const [p] = csvProblems(csv(HEADER, PACK_ROW, ',,,a,faq,,,Hi'));
    expect(p.where).toBe('row 3, columns "keywords.<language>" and "examples.<language>"');
    expect(p.message).toMatch(/faq rule needs keywords or examples/);
  });

  it('names the second row of a duplicate rule id and the first by its row', () => {
    const [p] = csvProblems(csv(HEADER, PACK_ROW, ',,,a,faq,,x,Hi', ',,,a,faq,,y,Ho'));
    expect(p.where).toBe('row 4, column "rule_id"');
    expect(p.message).toContain('also at row 3');
  });

  it('counts rows as the spreadsheet does, with multi-line cells and blank rows', () => {
    const problems = csvProblems(csv(HEADER, PACK_ROW, ',,,a,faq,,"x\ny\nz",Hi', '', ',,,b,faq,2,x,Hi', ',,,c,nope,,x,Hi'));
    expect(problems.map((p) => p.where)).toEqual(['row 5, column "threshold"', 'row 6, column "kind"']);
  });

  it('refuses an unknown column, a replies.* column and a language that is not a code', () => {
    const wheres = csvProblems(csv('pack_id,pack_name,pack_version,rule_id,kind,reples.en,replies.*,keywords.english', 's,S,1,a,welcome,Hi,Hi,x'))
      .map((p) => p.where);
    expect(wheres).toEqual(expect.arrayContaining(['row 1, column 6 "reples.en"', 'row 1, column 7 "replies.*"', 'row 1, column 8 "keywords.english"']));
  });

  it('refuses pack fields that disagree between rows', () => {
    const [p] = csvProblems(csv(HEADER, PACK_ROW, 'shop,Other name,,a,welcome,,,Hi'));
    expect(p.where).toBe('row 3, column "pack_name"');
    expect(p.message).toContain('differs from "Shop" on row 2');
  });

  it('says which pack field is missing', () => {
    const problems = csvProblems(csv(HEADER, ',Shop,1.0,,pack,,,', ',,,a,welcome,,,Hi'));
    expect(problems).toEqual([expect.objectContaining({ where: 'column "pack_id"', message: expect.stringContaining("pack's id") })]);
  });

  it('refuses rule cells on the pack row, a bad priority, a bad pack id', () => {
    const text = csv('pack_id,pack_name,pack_version,rule_id,kind,priority,replies.en', 'My Shop,S,1,,pack,,Hi', ',,,a,welcome,high,Hi');
    expect(csvProblems(text).map((p) => p.where)).toEqual(['row 2, column "replies.en"', 'row 2, column "pack_id"', 'row 3, column "priority"']);
  });

  it('refuses an unclosed quote and a file without rules', () => {
    expect(csvProblems(csv(HEADER, PACK_ROW, ',,,a,faq,,"x,Hi'))[0].message).toMatch(/never closed/);
    expect(csvProblems(csv(HEADER, PACK_ROW))[0].message).toMatch(/no rule rows/);
    expect(csvProblems('')[0].message).toMatch(/empty/);
  });

  it('refuses a file without any replies column', () => {
    const problems = csvProblems(csv('pack_id,pack_name,pack_version,rule_id,kind', 's,S,1,a,welcome'));
    expect(problems[0]).toMatchObject({ file: 'team.csv', where: 'row 1', message: expect.stringContaining('"replies.<language>"') });
  });
});

describe('packToCsv and back', () => {
  it('writes what Excel expects: BOM, CRLF between rows, quoted cells, a pack row', () => {
    const text = packToCsv(fixturePack('demo-core.pack.json'));
    expect(text.startsWith('\uFEFF"pack_id","pack_name"')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^"demo-core","Demo shop core replies","1.0.0","en","","","pack"/);
    expect(text).toContain('"加微信\n返现"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips the spec example, the Excel fixture and the benchmark pack', () => {
    for (const pack of [fixturePack('demo-core.pack.json'), csvOk(readFixture('excel-zh.csv')), fixturePack('hint3-sofmattress-subset.pack.json')]) {
      expect(csvOk(packToCsv(pack))).toEqual(pack);
    }
  });

  it('round-trips every field the spec names, awkward values included', () => {
    const raw = demoPack();
    raw.description = 'Line one\nline two, with "quotes"';
    raw.rules[1] = {
      ...raw.rules[1],
      title: '物流 / Tracking',
      priority: -3,
      threshold: 0.123456789,
      skus: ['00123', 'SKU;2'],
      tags: ['after-sale', '售后'],
      examples: { '*': ['=cmd|calc', '-50% off?'], ja: ['注文はどこですか'] },
      replies: {
        en: ['Line 1\nLine 2', 'Back\\slash \\n literal', '+1 from us, {buyer_name}'],
        ko: ['주문하신 상품은 배송 중입니다.'],
      },
    };
    raw.bannedPhrases = { '*': ['@everyone'], zh: ['返现'] };
    const pack = parsePackOrThrow(JSON.stringify(raw), 'x');
    const text = packToCsv(pack);
    expect(text).toContain(`"'=cmd|calc\n-50% off?"`);
    expect(text).toContain(`"'@everyone"`);
    expect(text).toContain('"-3"');
    expect(csvOk(text)).toEqual(pack);
  });

  it('loses extra fields only', () => {
    const raw = demoPack();
    raw.rules[0].color = 'blue';
    const back = csvOk(packToCsv(parsePackOrThrow(JSON.stringify(raw), 'x')));
    delete raw.rules[0].color;
    expect(back).toEqual(raw);
  });
});

describe('cell encoding', () => {
  it('decodes what it encodes, for every mix of backslashes and line breaks', () => {
    const alphabet = ['\\', 'n', 'r', '\n', '\r', 'a'];
    const all = (len: number): string[] => (len === 0 ? [''] : all(len - 1).flatMap((s) => alphabet.map((c) => s + c)));
    for (const s of all(4)) {
      const encoded = encodeValue(s);
      expect(encoded).not.toMatch(/[\r\n]/);
      expect(decodeValue(encoded)).toBe(s);
    }
  });

  it('keeps a lone backslash readable', () => {
    expect(encodeValue('a\\b')).toBe('a\\b');
    expect(splitValues('  one \r\n\n two\\nlines  ')).toEqual(['one', 'two\nlines']);
  });

  it('reads thresholds as shares', () => {
    expect(readThreshold('88.3%')).toEqual({ value: 0.883 });
    expect(readThreshold(' 85 % ')).toEqual({ value: 0.85 });
    expect(readThreshold('1')).toEqual({ value: 1 });
    expect(readThreshold('100%')).toEqual({ value: 1 });
    expect(readThreshold('.9')).toEqual({ value: 0.9 });
    expect(readThreshold('88')).toHaveProperty('problem');
  });
});
