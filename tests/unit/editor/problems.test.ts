import { describe, expect, it } from 'vitest';
import { libraryProblems, libraryProblemsInSlices, problemsOfRule, servedLanguages, type LibraryRuleLike } from '../../../lib/editor/problems';

const rules: LibraryRuleLike[] = [
  { packId: 'p', id: 'track', kind: 'faq', keywords: { en: ['tracking'] }, replies: { en: ['Order {order_number}'], zh: ['您的订单'] } },
  { packId: 'p', id: 'contact', kind: 'faq', keywords: { zh: ['联系'] }, replies: { zh: ['请加微信 abc'] } },
  { packId: 'p', id: 'bye', kind: 'quick', replies: { en: ['Bye'] } },
];

describe('library problems', () => {
  const problems = libraryProblems({ rules, defaultLanguages: new Map([['p', 'en']]), bannedPhrases: { zh: ['加微信'] } });

  it('serves the languages faq rules answer in', () => {
    expect(servedLanguages(rules)).toEqual(['en', 'zh']);
  });

  it('finds unknown variables, banned phrases and missing languages at their rule', () => {
    expect(problemsOfRule(problems, 'p', 'track')).toEqual([
      { kind: 'unknown-variable', packId: 'p', ruleId: 'track', field: 'replies.en[0]', language: 'en', name: 'order_number' },
    ]);
    const contact = problemsOfRule(problems, 'p', 'contact');
    expect(contact).toContainEqual({ kind: 'missing-language', packId: 'p', ruleId: 'contact', language: 'en', fallback: 'en' });
    expect(contact).toContainEqual(expect.objectContaining({ kind: 'banned-phrase', field: 'replies.zh[0]', phrase: '加微信' }));
  });

  it('quick phrases need no language variants', () => {
    expect(problemsOfRule(problems, 'p', 'bye')).toEqual([]);
  });

  it('finds the same problems in the same order a slice of rules at a time, pausing between slices', async () => {
    const many: LibraryRuleLike[] = Array.from({ length: 25 }, (_, i) => ({ ...rules[i % rules.length], packId: `p${i % 4}`, id: `${rules[i % rules.length].id}-${i}` }));
    const library = { rules: many, defaultLanguages: new Map([['p0', 'en']]), bannedPhrases: { zh: ['加微信'] } };
    const extra = [{ kind: 'readiness' as const, language: 'zh', code: 'no-offline' as const, detail: 'x' }, { kind: 'never-fires' as const, packId: 'p1', ruleId: 'track-1', winner: 'w' }];
    let pauses = 0;
    const sliced = await libraryProblemsInSlices(library, extra, async () => void pauses++, () => false, 4);
    expect(sliced).toEqual(libraryProblems(library, extra));
    expect(sliced!.length).toBeGreaterThan(20);
    expect(pauses).toBe(7);
    // A newer library makes the old computation moot: it stops at the next pause.
    let asked = 0;
    expect(await libraryProblemsInSlices(library, extra, async () => {}, () => ++asked > 2, 4)).toBeUndefined();
    expect(asked).toBe(3);
  });
});

import { exportFileName, parsePackFile } from '../../../lib/pack/pack-file';

describe('pack files', () => {
  it('reads CSV by its name and JSON otherwise, naming the file in problems', () => {
    const r = parsePackFile('broken.csv', 'rule_id,kind\r\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].file).toBe('broken.csv');
    const j = parsePackFile('x.json', '{');
    expect(j.ok).toBe(false);
  });
  it('names exports by pack and version', () => {
    expect(exportFileName('demo-core', '1.0.0', 'json')).toBe('demo-core-1.0.0.pack.json');
    expect(exportFileName('demo', '2026/1', 'csv')).toBe('demo-2026_1.csv');
  });
});

describe('library backup files', () => {
  const pack = (id: string, extra: object = {}) => ({
    format: 'shopreply.pack', formatVersion: 1, id, name: id, version: '1', rules: [{ id: 'r', kind: 'welcome', replies: { en: ['Hi'] } }], ...extra,
  });
  it('reads a list of packs', () => {
    const r = parsePackFile('backup.json', JSON.stringify([pack('a'), pack('b')]));
    expect(r.ok && r.value.map((p) => p.id)).toEqual(['a', 'b']);
  });
  it('names the pack of a problem by its place in the list, and refuses the whole file', () => {
    const r = parsePackFile('backup.json', JSON.stringify([pack('a'), pack('b', { rules: [{ id: 'r', kind: 'welcome', replies: { en: ['{order_number}'] } }] }), pack('a')]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.where)).toEqual(['[1].rules[0].replies.en[0]', '[2].id']);
    }
  });
});
