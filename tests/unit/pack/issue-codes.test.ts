import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../../lib/pack/parse';
import { parsePackFile } from '../../../lib/pack/pack-file';
import { t, type UiLanguage } from '../../../lib/i18n';
import { inputProblemText } from '../../../components/editor/input-problem-text';
import type { InputProblem } from '../../../lib/pack/errors';

const say = (ui: UiLanguage) => (p: InputProblem) => inputProblemText(p, (key, params) => t(ui, key, params));

const pack = (rules: unknown[], extra: object = {}) =>
  JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'p', name: 'P', version: '1', rules, ...extra });

function problems(text: string, file = 'p.json'): InputProblem[] {
  const r = parsePackText(text, file);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('pack problems as codes and values', () => {
  it('gives every schema problem of a bad pack a code, read from the issue, not its English', () => {
    const found = problems(pack([
      { id: 'a b', kind: 'faqq', replies: {} },
      { id: 'r', kind: 'faq', priority: 1.5, threshold: 85, replies: { EN: ['x'], zh: [], de: [''], fr: 'x' } },
      { id: 'r', kind: 'welcome', title: 5, replies: { en: ['Hi'] } },
    ], { formatVersion: 2, id: 'Bad Id' }));
    expect(found.map((p) => [p.where, p.code, p.values ?? {}])).toEqual([
      ['formatVersion', 'newer-format', { value: 2, expected: 1 }],
      ['id', 'bad-pack-id', { value: 'Bad Id' }],
      ['rules[0].id', 'bad-rule-id', { value: 'a b' }],
      ['rules[0].kind', 'bad-kind', { value: 'faqq' }],
      ['rules[0].replies', 'no-replies', {}],
      ['rules[1].priority', 'not-whole', {}],
      ['rules[1].threshold', 'threshold-range', {}],
      ['rules[1].replies.EN', 'bad-language', { key: 'EN' }],
      ['rules[1].replies.zh', 'no-reply-variants', {}],
      ['rules[1].replies.de[0]', 'empty-text', {}],
      ['rules[1].replies.fr', 'wrong-type', { expected: 'array', received: 'string' }],
      ['rules[2].title', 'wrong-type', { expected: 'string', received: 'number' }],
    ]);
    // Checks across fields run once every field is right.
    const crossing = problems(pack([
      { id: 'r', kind: 'faq', replies: { en: ['x'] } },
      { id: 'r', kind: 'welcome', replies: { en: ['Hi'] } },
    ]));
    expect(crossing.map((p) => [p.where, p.code, p.values ?? {}])).toEqual([
      ['rules[0].keywords', 'faq-needs-keywords', {}],
      ['rules[1].id', 'duplicate-rule-id', { id: 'r', first: 0 }],
    ]);
    expect(crossing.map(say('zh'))).toEqual([
      'p.json：rules[0].keywords：常见问题规则需要关键词或例句（或两者都有）',
      'p.json：rules[1].id：规则 ID“r”出现了两次（另一处在 rules[0]）；同一话术包内 ID 必须唯一',
    ]);
  });

  it('says the unknown variable in English as before, and in Chinese', () => {
    const [p] = problems(pack([{ id: 'bad-rule', kind: 'welcome', replies: { en: ['Order {order_number}'] } }]), 'broken.json');
    expect(p.code).toBe('unknown-variable');
    expect(say('en')(p)).toBe(
      'broken.json: rules[0].replies.en[0]: rule "bad-rule" uses the unknown variable {order_number}; known variables are {buyer_name}, {order_id}, {sku}, {product_name}, {agent_name}, {shop_name}',
    );
    expect(say('zh')(p)).toBe(
      'broken.json：rules[0].replies.en[0]：规则“bad-rule”使用了未知变量 {order_number}；可用的变量有 {buyer_name}, {order_id}, {sku}, {product_name}, {agent_name}, {shop_name}',
    );
  });

  it('places a JSON syntax error by line and column in the interface language', () => {
    const [p] = problems('{\n  "format": "shopreply.pack",\n  oops\n}', 'x.json');
    expect(p.code).toBe('json-syntax');
    expect(p.at).toEqual({ line: 3, column: 3 });
    expect(say('zh')(p)).toMatch(/^x\.json：第 3 行第 3 列：不是有效的 JSON（/);
    expect(say('en')(p)).toMatch(/^x\.json: line 3, column 3: is not valid JSON \(/);
  });

  it('words types, missing fields and backup-file problems in Chinese', () => {
    const found = problems(JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'p', name: 'P', version: '1', rules: 'none' }));
    expect(found.map(say('zh'))).toEqual(['p.json：rules：应为列表，而不是带引号的文本']);
    const missing = problems(JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'p', version: '1', rules: [{ id: 'w', kind: 'welcome', replies: { en: ['Hi'] } }] }));
    expect(missing.map(say('zh'))).toEqual(['p.json：name：缺少此项']);
    const backup = parsePackFile('b.json', '[]');
    expect(!backup.ok && backup.problems.map(say('zh'))).toEqual(['b.json：不包含任何话术包']);
  });
});

import { parsePackCsv } from '../../../lib/pack/csv';

describe('CSV problems as codes and places', () => {
  const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
  const HEADER = 'pack_id,pack_name,pack_version,rule_id,kind,threshold,keywords.en,replies.en';
  const problemsOf = (text: string) => {
    const r = parsePackCsv(text, 'team.csv');
    if (r.ok) throw new Error('expected problems');
    return r.problems;
  };

  it('names row and column in the interface language, and says the problem there too', () => {
    const found = problemsOf(csv(HEADER, 'p,Pack,1,,pack,,,', ',,,where,faq,85,tracking,On its way.', ',,,size,question,,size,Hi'));
    expect(found.map((p) => p.code)).toEqual(['csv-threshold-percent', 'csv-bad-kind']);
    expect(found.map(say('en'))).toEqual([
      'team.csv: row 3, column "threshold": 85 looks like a percentage: write 85% or 0.85 (the threshold is a share between 0 and 1)',
      'team.csv: row 4, column "kind": "question" is not a kind: write faq, welcome, offline or quick (or pack for the row with the pack\'s name and version)',
    ]);
    expect(found.map(say('zh'))).toEqual([
      'team.csv：第 3 行，“threshold”列：85 看起来是百分数：请写 85% 或 0.85（阈值是 0 到 1 之间的比例）',
      'team.csv：第 4 行，“kind”列：“question”不是规则类型：请写 faq、welcome、offline 或 quick（写话术包名称和版本的那一行写 pack）',
    ]);
  });

  it('a schema problem found in a CSV keeps its code, placed at its cell', () => {
    const [p] = problemsOf(csv(HEADER, 'p,Pack,1,,pack,,,', ',,,bad id,faq,,tracking,Hi {order_number}'));
    expect(say('zh')(p)).toBe('team.csv：第 3 行，“rule_id”列：必须以字母或数字开头，只能包含字母、数字、"_"、"." 或 "-"');
    const [empty] = problemsOf('');
    expect(say('zh')(empty)).toBe('team.csv：文件是空的：需要一行表头，每条规则一行');
  });
});

import { demoPack } from './helpers';

describe('every problem of the hardened parser has a code (hostile input, learned examples, shapes)', () => {
  const withRule = (field: string, value: unknown) => {
    const raw = demoPack();
    raw.rules[1][field] = value;
    return JSON.stringify(raw);
  };
  const deep = JSON.stringify(demoPack()).replace('"rules":[{', `"rules":[{"extra":${'['.repeat(10000)}${']'.repeat(10000)},`);
  const reserved = (name: string) => JSON.stringify(demoPack()).replace('"rules":[{', `"rules":[{"${name}":{"polluted":true},`);
  const head = '{"format":"shopreply.pack","formatVersion":1,"id":"p","name":"P","version":"1"';
  const cases: Array<[string, string, string]> = [
    ['learned of wrong types', withRule('learnedExamples', { en: [123, { x: 1 }, null] }), 'wrong-type'],
    ['learned not a list', withRule('learnedExamples', { en: 5 }), 'wrong-type'],
    ['learned too long', withRule('learnedExamples', { en: ['x'.repeat(5001)] }), 'too-long'],
    ['learned key not a language', withRule('learnedExamples', { english: ['hi'] }), 'bad-language-key'],
    ['keywords key not a language', withRule('keywords', { english: ['x'] }), 'bad-language-key'],
    ['replies "*"', withRule('replies', { '*': ['all'] }), 'bad-language'],
    ['examples a list', withRule('examples', ['x']), 'wrong-type'],
    ['tags a text', withRule('tags', 'pre-sale'), 'wrong-type'],
    ['a number for the pack', '5', 'wrong-type'],
    ['rules an object', `${head},"rules":{"en":5}}`, 'wrong-type'],
    ['a rule a number', `${head},"rules":[5]}`, 'wrong-type'],
    ['no rules', `${head}}`, 'missing'],
    ['10,000 levels deep', deep, 'too-deep'],
    ['__proto__', reserved('__proto__'), 'reserved-name'],
    ['constructor', reserved('constructor'), 'reserved-name'],
  ];

  it.each(cases)('%s', (_, text, code) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.code, `${p.where}: ${p.message}`).toBeDefined();
    expect(found.map((p) => p.code)).toContain(code);
    // The Chinese text is the catalogue's, not the English message.
    for (const p of found) expect(say('zh')(p)).not.toContain(p.message);
  });

  it('a list of more learned examples than a rule may hold', () => {
    const found = problems(withRule('learnedExamples', { en: Array.from({ length: 10001 }, (_, i) => `q${i}`) }));
    expect(found.map((p) => [p.where, p.code, p.values])).toEqual([['rules[1].learnedExamples.en', 'too-many-learned', { max: 10000 }]]);
    expect(say('zh')(found[0])).toBe('p.json：rules[1].learnedExamples.en：学习到的例句超过了 10000 条');
  });

  it('the guard\'s problems in Chinese and, unchanged, in English', () => {
    const [d] = problems(deep, 'deep.json');
    expect(d.values).toEqual({ max: 64 });
    expect(say('en')(d)).toBe(`deep.json: ${d.where}: ${d.message}`);
    expect(say('zh')(d)).toMatch(/^deep\.json：rules\[0\]\.extra\[0\]\[0\].*：对象和列表嵌套超过 64 层/);
    const [r] = problems(reserved('__proto__'));
    expect(say('en')(r)).toBe('p.json: rules[0].__proto__: uses "__proto__" as a field name, which is reserved; rename or remove it');
    expect(say('zh')(r)).toBe('p.json：rules[0].__proto__：使用了保留名称“__proto__”作为字段名；请重命名或删除它');
  });

  it.each(['__proto__', 'Constructor'])('a reserved CSV column "%s" has a code and says its name', (name) => {
    const r = parsePackCsv(`pack_id,pack_name,pack_version,rule_id,kind,replies.en,${name}\r\nshop,Shop,1,,pack,,\r\n,,,hi,welcome,Hello,\r\n`, 'team.csv');
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => [p.code, p.values])).toEqual([['csv-reserved-column', { column: name }]]);
    expect(say('en')(r.problems[0])).toBe(`team.csv: row 1, column "${name}": "${name}" is a reserved name, not a column ShopReply knows; remove the column`);
    expect(say('zh')(r.problems[0])).toBe(`team.csv：第 1 行，“${name}”列：“${name}”是保留名称，不是 ShopReply 认识的列；请删除该列`);
  });

  it('a rule id used twice in a CSV names the first row, in both languages', () => {
    const r = parsePackCsv('pack_id,pack_name,pack_version,rule_id,kind,replies.en\r\nshop,Shop,1,,pack,\r\n,,,hi,welcome,Hello\r\n,,,hi,offline,Closed\r\n', 'team.csv');
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => [p.code, p.values])).toEqual([['csv-duplicate-rule-id', { id: 'hi', firstRow: 3 }]]);
    expect(say('zh')(r.problems[0])).toBe('team.csv：第 4 行，“rule_id”列：规则 ID“hi”出现了两次（另一处在第 3 行）；同一话术包内 ID 必须唯一');
  });
});
