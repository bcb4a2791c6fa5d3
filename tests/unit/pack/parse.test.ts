import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, jsonErrorOffset, parsePackOrThrow, parsePackText, type InputProblem } from '../../../lib/pack';
import { demoPack, readFixture } from './helpers';

function problemsOf(value: unknown, file = 'pack.json'): InputProblem[] {
  const r = parsePackText(typeof value === 'string' ? value : JSON.stringify(value), file);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.problems;
}

describe('parsePackText: packs that keep the spec', () => {
  it('parses the example of the spec', () => {
    const pack = parsePackOrThrow(readFixture('demo-core.pack.json'), 'demo-core.pack.json');
    expect(pack.id).toBe('demo-core');
    expect(pack.rules.map((r) => r.id)).toEqual(['welcome-1', 'where-is-my-order']);
    expect(pack.rules[1].threshold).toBe(0.88);
    expect(pack.rules[1].keywords?.zh).toEqual(['快递|物流|包裹']);
    expect(pack.bannedPhrases?.['*']).toEqual(['whatsapp']);
  });

  it('parses the committed benchmark pack', () => {
    const pack = parsePackOrThrow(readFixture('hint3-sofmattress-subset.pack.json'), 'x');
    expect(pack.rules.length).toBeGreaterThan(10);
    expect(pack.rules.every((r) => r.kind === 'faq')).toBe(true);
  });

  const benchmarks = fileURLToPath(new URL('../../../../shared/data/benchmarks/', import.meta.url));
  const shared = existsSync(benchmarks) ? readdirSync(benchmarks).filter((f) => f.endsWith('.pack.json')) : [];
  it.skipIf(shared.length === 0).each(shared.length ? shared : ['(none)'])('parses the shared benchmark %s', (name) => {
    const r = parsePackText(readFileSync(benchmarks + name, 'utf8'), name);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('accepts a BOM before the JSON', () => {
    expect(parsePackText('\uFEFF' + readFixture('demo-core.pack.json'), 'x').ok).toBe(true);
  });

  it('keeps unknown fields so a pack round-trips', () => {
    const raw = demoPack();
    raw.exportedBy = { tool: 'other', at: '2026-11-24' };
    raw.rules[0].color = 'blue';
    const pack = parsePackOrThrow(JSON.stringify(raw), 'x');
    expect(pack.exportedBy).toEqual({ tool: 'other', at: '2026-11-24' });
    expect(pack.rules[0].color).toBe('blue');
    expect(pack).toEqual(raw);
  });
});

describe('parsePackText: refusals name the place and the problem', () => {
  it('refuses formatVersion 2 saying a newer ShopReply wrote it', () => {
    const raw = demoPack();
    raw.formatVersion = 2;
    const [p, ...rest] = problemsOf(raw);
    expect(rest).toEqual([]);
    expect(p.where).toBe('formatVersion');
    expect(p.message).toMatch(/newer ShopReply/);
    expect(p.message).toMatch(/format version 1/);
  });

  it('refuses an unknown variable naming the rule id and the name', () => {
    const raw = demoPack();
    raw.rules[1].replies.en = ['Your order {order_id} is on its way.', 'Order {order_number} shipped'];
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe('rules[1].replies.en[1]');
    expect(problems[0].message).toContain('"where-is-my-order"');
    expect(problems[0].message).toContain('{order_number}');
  });

  it('refuses threshold 95 with a message that asks for a share, not a percentage', () => {
    const raw = demoPack();
    raw.rules[1].threshold = 95;
    const [p] = problemsOf(raw);
    expect(p.where).toBe('rules[1].threshold');
    expect(p.message).toMatch(/share such as 0\.85, not a percentage/);
  });

  it('refuses threshold 0 and accepts threshold 1', () => {
    const raw = demoPack();
    raw.rules[1].threshold = 0;
    expect(problemsOf(raw)[0].where).toBe('rules[1].threshold');
    raw.rules[1].threshold = 1;
    expect(parsePackText(JSON.stringify(raw), 'x').ok).toBe(true);
  });

  it('refuses a faq rule with neither keywords nor examples', () => {
    const raw = demoPack();
    delete raw.rules[1].keywords;
    raw.rules[1].examples = { en: [] };
    const [p] = problemsOf(raw);
    expect(p.where).toBe('rules[1].keywords');
    expect(p.message).toMatch(/faq rule needs keywords or examples/);
  });

  it('accepts a welcome rule without keywords', () => {
    expect(parsePackText(readFixture('demo-core.pack.json'), 'x').ok).toBe(true);
  });

  it('refuses duplicate rule ids, pointing at the second', () => {
    const raw = demoPack();
    raw.rules.push({ ...raw.rules[0] });
    const [p] = problemsOf(raw);
    expect(p.where).toBe('rules[2].id');
    expect(p.message).toContain('"welcome-1" is used twice (also at rules[0])');
  });

  it('names deep paths such as rules[1].replies.en[0]', () => {
    const raw = demoPack();
    raw.rules[1].replies.en[0] = '   ';
    const [p] = problemsOf(raw, 'team.json');
    expect(p.where).toBe('rules[1].replies.en[0]');
    expect(formatProblem(p)).toBe('team.json: rules[1].replies.en[0]: must not be empty');
  });

  it('refuses a rule without replies and a pack without rules', () => {
    const raw = demoPack();
    raw.rules[0].replies = {};
    expect(problemsOf(raw).map((p) => p.where)).toEqual(['rules[0].replies']);
    raw.rules = [];
    expect(problemsOf(raw).map((p) => p.where)).toEqual(['rules']);
  });

  it('refuses a bad pack id and a language that is not a code', () => {
    const raw = demoPack();
    raw.id = 'Demo Core';
    raw.rules[0].replies.english = ['hi'];
    const wheres = problemsOf(raw).map((p) => p.where);
    expect(wheres).toContain('id');
    expect(wheres.some((w) => w.startsWith('rules[0].replies'))).toBe(true);
  });
});

describe('parsePackText: JSON syntax errors name line and column', () => {
  const cases: Array<[string, string, string]> = [
    ['trailing comma in an object', '{\n  "a": 1,\n}', 'line 3, column 1'],
    ['trailing comma in an array', '{\n  "rules": [\n    1,\n  ]\n}', 'line 4, column 3'],
    ['missing value', '{\n  "id": \n}', 'line 3, column 1'],
    ['bad literal', '{\n  "a": tru }', 'line 2, column 8'],
    ['unterminated file', '{\n  "a": [1, 2', 'line 2, column 13'],
    ['empty file', '', 'line 1, column 1'],
  ];
  it.each(cases)('%s', (_name, text, where) => {
    const [p] = problemsOf(text, 'broken.json');
    expect(p.where).toBe(where);
    expect(p.file).toBe('broken.json');
    expect(p.message).toMatch(/^is not valid JSON/);
  });

  it('counts columns after a BOM as an editor shows them', () => {
    expect(problemsOf('\uFEFF{"a": }')[0].where).toBe('line 1, column 7');
  });

  it('finds no error in valid JSON of every shape', () => {
    const texts = ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"],"b":{}} ', '"s"', '0'];
    for (const t of texts) expect(jsonErrorOffset(t)).toBeUndefined();
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('"a\tb"')).toBe(2);
    expect(jsonErrorOffset('01')).toBe(1);
  });
});

describe('missing or malformed replies', () => {
  it('say what a supervisor must fix, not a type error', async () => {
    const { parsePackText } = await import('../../../lib/pack/parse');
    const base = { format: 'shopreply.pack', formatVersion: 1, id: 'a', name: 'n', version: '1' };
    const missing = parsePackText(JSON.stringify({ ...base, rules: [{ id: 'r', kind: 'welcome' }] }), 'a.json');
    expect(missing.ok ? [] : missing.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'rules[0].replies: is missing: every rule needs replies in at least one language',
    ]);
    const list = parsePackText(JSON.stringify({ ...base, rules: [{ id: 'r', kind: 'welcome', replies: ['hi'] }] }), 'a.json');
    expect(list.ok ? '' : list.problems[0].message).toContain('must map language codes to lists of replies');
  });
});
