import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../../lib/pack/parse';
import { parsePackFile } from '../../../lib/editor/pack-file';
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
