import { describe, expect, it } from 'vitest';
import { parsePackCsv, parsePackText, type InputProblem } from '../../../lib/pack';
import { listProblems } from '../../../lib/pack/errors';
import { guardValue } from '../../../lib/pack/guard';
import { MAX_PACK_DEPTH } from '../../../lib/pack/limits';
import { demoPack } from './helpers';

function problemsOf(value: unknown, file = 'pack.json'): InputProblem[] {
  const r = parsePackText(typeof value === 'string' ? value : JSON.stringify(value), file);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.problems;
}

describe('learned examples have a schema', () => {
  it('refuses non-text learned examples, naming each one by its JSON path', () => {
    const raw = demoPack();
    raw.rules[1].learnedExamples = { en: [123, { x: 1 }, null] };
    expect(problemsOf(raw).map((p) => `${p.where}: ${p.message}`)).toEqual([
      'rules[1].learnedExamples.en[0]: must be a text in quotes, not a number',
      'rules[1].learnedExamples.en[1]: must be a text in quotes, not an object',
      'rules[1].learnedExamples.en[2]: must be a text in quotes, not null',
    ]);
  });

  it('refuses {"en": 5} with a path error, not "is not iterable"', () => {
    const raw = demoPack();
    raw.rules[1].learnedExamples = { en: 5 };
    const [p, ...rest] = problemsOf(raw);
    expect(rest).toEqual([]);
    expect(p.where).toBe('rules[1].learnedExamples.en');
    expect(p.message).toBe('must be a list of texts such as ["…"], not a number');
  });

  it('refuses a learned example longer than a buyer message can be, and a non-language key', () => {
    const raw = demoPack();
    raw.rules[1].learnedExamples = { en: ['x'.repeat(5001)], english: ['hi'] };
    expect(problemsOf(raw).map((p) => p.where).sort()).toEqual(['rules[1].learnedExamples.en[0]', 'rules[1].learnedExamples.english']);
  });

  it('keeps well-formed learned examples, including "*" for an unknown language', () => {
    const raw = demoPack();
    raw.rules[1].learnedExamples = { en: ['where is it'], '*': ['??'] };
    const r = parsePackText(JSON.stringify(raw), 'backup.json');
    expect(r.ok && r.value.rules[1].learnedExamples).toEqual({ en: ['where is it'], '*': ['??'] });
  });
});

describe('every text list has a schema', () => {
  it.each([
    ['keywords', { en: 5 }, 'rules[1].keywords.en', 'must be a list of texts such as ["…"], not a number'],
    ['examples', ['x'], 'rules[1].examples', 'must map language codes to lists of texts, e.g. {"en": ["…"]}, not a list'],
    ['replies', { en: [7] }, 'rules[1].replies.en[0]', 'must be a text in quotes, not a number'],
    ['tags', 'pre-sale', 'rules[1].tags', 'must be a list of texts such as ["…"], not a string'],
  ])('%s: %j gives a path error', (field, value, where, message) => {
    const raw = demoPack();
    raw.rules[1][field] = value;
    expect(problemsOf(raw).map((p) => `${p.where}: ${p.message}`)).toContain(`${where}: ${message}`);
  });
});

describe('the pack and its rules', () => {
  it.each([
    ['5', '(top level): must be a pack: an object with "format": "shopreply.pack", not a number'],
    ['{"format":"shopreply.pack","formatVersion":1,"id":"p","name":"P","version":"1","rules":{"en":5}}', 'rules: must be a list of rules, not an object'],
    ['{"format":"shopreply.pack","formatVersion":1,"id":"p","name":"P","version":"1","rules":[5]}', 'rules[0]: must be a rule: an object with "id", "kind" and "replies", not a number'],
    ['{"format":"shopreply.pack","formatVersion":1,"id":"p","name":"P","version":"1"}', 'rules: is missing: a pack needs a list of rules'],
  ])('%s is refused in words', (text, expected) => {
    expect(problemsOf(text).map((p) => `${p.where}: ${p.message}`)).toEqual([expected]);
  });
});

describe('language keys', () => {
  it('a key that is not a language says so, not that the map has the wrong type', () => {
    const raw = demoPack();
    raw.rules[1].keywords = { english: ['x'] };
    raw.rules[1].replies = { EN: ['hi'], '*': ['all'] };
    expect(problemsOf(raw).map((p) => `${p.where}: ${p.message}`)).toEqual([
      'rules[1].keywords.english: is not a language: write an ISO 639-1 code such as "en" or "zh", or "*" for every language',
      'rules[1].replies.EN: is not a language: write an ISO 639-1 code such as "en" or "zh"',
      'rules[1].replies.*: is not a language: write an ISO 639-1 code such as "en" or "zh"',
    ]);
  });
});

describe('hostile files', () => {
  it('a field nested 10,000 levels deep is a clean error, not a stack overflow', () => {
    const deep = '['.repeat(10000) + ']'.repeat(10000);
    const text = JSON.stringify(demoPack()).replace('"rules":[{', `"rules":[{"extra":${deep},`);
    const [p, ...rest] = problemsOf(text, 'deep.json');
    expect(rest).toEqual([]);
    expect(p.file).toBe('deep.json');
    expect(p.where.startsWith('rules[0].extra[0][0]')).toBe(true);
    expect(p.message).toMatch(/nests deeper than 64 levels/);
  });

  it('the depth guard walks without recursion and stops at the limit', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < 200000; i++) value = { a: value };
    expect(guardValue(value)).toMatchObject({ code: 'too-deep' });
    expect(guardValue(value)!.path).toHaveLength(MAX_PACK_DEPTH);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_PACK_DEPTH; i++) ok = [ok];
    expect(guardValue(ok)).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" as a JSON field name', (name) => {
    const text = JSON.stringify(demoPack()).replace('"rules":[{', `"rules":[{"${name}":{"polluted":true},`);
    const [p] = problemsOf(text);
    expect(p.where).toBe(`rules[0]${name === '__proto__' ? '.__proto__' : `.${name}`}`);
    expect(p.message).toBe(`uses "${name}" as a field name, which is reserved; rename or remove it`);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'Constructor'])('refuses a "%s" CSV column, naming it', (name) => {
    const r = parsePackCsv(`pack_id,pack_name,pack_version,rule_id,kind,replies.en,${name}\r\nshop,Shop,1,,pack,,\r\n,,,hi,welcome,Hello,\r\n`, 'team.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      `row 1, column 7 "${name}": "${name}" is a reserved name, not a column ShopReply knows; remove the column`,
    ]);
  });
});

describe('listing problems', () => {
  it('lists the first 100 and counts them all', () => {
    const raw = demoPack();
    raw.rules = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}`, kind: 'faq', replies: { en: ['Hi'] } }));
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(250);
    const { listed, total } = listProblems(problems, 100);
    expect(listed).toHaveLength(100);
    expect(total).toBe(250);
    expect(listed[99].where).toBe('rules[99].keywords');
  });
});
