import { describe, expect, it } from 'vitest';
import { libraryChecks } from '../../../lib/editor/checks';
import type { LibraryRuleLike } from '../../../lib/editor/problems';

const rules: LibraryRuleLike[] = [
  { packId: 'p', id: 'track', kind: 'faq', priority: 5, keywords: { en: ['tracking|parcel'] }, replies: { en: ['On its way'] } },
  { packId: 'p', id: 'parcel', kind: 'faq', keywords: { en: ['parcel'] }, replies: { en: ['Parcel'] } },
  { packId: 'p', id: 'hi', kind: 'welcome', replies: { en: ['Hi', 'Hello'] } },
];

describe('conversation checks as editor problems', () => {
  const problems = libraryChecks({ rules, defaultLanguages: new Map([['p', 'en']]), bannedPhrases: {} });

  it('a rule whose keywords all belong to a higher rule never fires', () => {
    expect(problems).toContainEqual({ kind: 'never-fires', packId: 'p', ruleId: 'parcel', winner: 'track' });
  });

  it('a shared keyword shows at both rules', () => {
    expect(problems).toContainEqual({ kind: 'duplicate-keyword', packId: 'p', ruleId: 'track', keyword: 'parcel', others: ['parcel'] });
    expect(problems).toContainEqual({ kind: 'duplicate-keyword', packId: 'p', ruleId: 'parcel', keyword: 'parcel', others: ['track'] });
  });

  it('readiness: three welcome replies and an offline reply per served language', () => {
    const readiness = problems.filter((p) => p.kind === 'readiness');
    expect(readiness).toHaveLength(2);
    expect(readiness.every((p) => p.language === 'en')).toBe(true);
  });
});
