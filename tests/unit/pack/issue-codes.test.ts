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
