import { describe, expect, it } from 'vitest';
import { libraryProblems, problemsOfRule, servedLanguages, type LibraryRuleLike } from '../../../lib/editor/problems';

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
});
