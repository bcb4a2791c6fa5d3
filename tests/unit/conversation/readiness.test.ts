import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../../lib/conversation/readiness';
import { offline, rule, welcome } from './fixtures';

describe('checkReadiness', () => {
  it('passes with three greetings and an offline reply in each served language', () => {
    expect(checkReadiness([welcome, offline], ['en', 'zh'])).toEqual({ pass: true, problems: [] });
  });

  it('names each missing piece per language in plain words', () => {
    const r = checkReadiness([welcome, offline], ['en', 'es']);
    expect(r.pass).toBe(false);
    expect(r.problems).toEqual([
      { language: 'es', code: 'no-greeting', problem: expect.stringMatching(/^No greeting in Spanish: /) },
      { language: 'es', code: 'no-offline', problem: expect.stringMatching(/^No offline reply in Spanish: /) },
    ]);
  });

  it('counts the variants of the greeting that actually answers (the winner by priority)', () => {
    const few = rule({ id: 'w-top', kind: 'welcome', priority: 3, replies: { en: ['Hi', 'Hello'] } });
    const r = checkReadiness([welcome, few, offline], ['en']);
    expect(r.problems).toEqual([
      { language: 'en', code: 'few-greetings', have: 2, problem: expect.stringContaining('The English greeting ("w-top") has only 2 replies; add 1 more') },
    ]);
  });

  it('does not count pack-default fallbacks or SKU-scoped rules', () => {
    const scoped = rule({ id: 'w-sku', kind: 'welcome', skus: ['A'], replies: { de: ['a', 'b', 'c'] } });
    const r = checkReadiness([welcome, offline, scoped], ['de']);
    expect(r.problems.map((p) => p.problem.split(':')[0])).toEqual(['No greeting in German', 'No offline reply in German']);
  });
});
