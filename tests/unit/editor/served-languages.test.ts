import { describe, expect, it } from 'vitest';
import { libraryProblems, type LibraryRuleLike } from '../../../lib/editor/problems';
import { libraryChecks } from '../../../lib/editor/checks';
import { defaultSettings, parseSettings } from '../../../lib/settings/schema';

const EIGHT = ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko'];
const all = Object.fromEntries(EIGHT.map((l) => [l, [`reply ${l}`]]));
const starter: LibraryRuleLike[] = [
  { packId: 'starter', id: 'welcome', kind: 'welcome', replies: Object.fromEntries(EIGHT.map((l) => [l, ['a', 'b', 'c']])) },
  { packId: 'starter', id: 'offline', kind: 'offline', replies: all },
  { packId: 'starter', id: 'track', kind: 'faq', keywords: { en: ['tracking'] }, replies: all },
];
const chinese: LibraryRuleLike[] = ['退货', '发票', '尺码', '发货'].map((title, i) => ({
  packId: 'cn', id: `cn-${i}`, title, kind: 'faq', keywords: { zh: [title] }, replies: { zh: [`关于${title}`] },
}));

function problemsWith(servedLanguages: string[]) {
  const snapshot = { rules: [...starter, ...chinese], defaultLanguages: new Map([['starter', 'en'], ['cn', 'zh']]), bannedPhrases: {}, servedLanguages };
  return libraryProblems(snapshot, libraryChecks(snapshot));
}
const missing = (problems: ReturnType<typeof problemsWith>, language: string) =>
  problems.filter((p) => p.kind === 'missing-language' && p.language === language);

describe('languages we serve', () => {
  it('defaults to none chosen: a Chinese-only pack beside an eight-language pack gets no "no German reply"', () => {
    expect(defaultSettings().servedLanguages).toEqual([]);
    const problems = problemsWith([]);
    expect(missing(problems, 'de')).toEqual([]);
    expect(problems.filter((p) => p.kind === 'missing-language')).toEqual([]);
  });

  it('served zh: no German problem, the shop is checked in Chinese only', () => {
    const problems = problemsWith(['zh']);
    expect(missing(problems, 'de')).toEqual([]);
    expect(problems.filter((p) => p.kind === 'missing-language')).toEqual([]);
    expect(problems.filter((p) => p.kind === 'readiness')).toEqual([]);
    // Readiness follows the choice too: Italian is served but nobody greets in it.
    const italian = problemsWith(['zh', 'it']).filter((p) => p.kind === 'readiness');
    expect([...new Set(italian.map((p) => p.language))]).toEqual(['it']);
  });

  it('served zh and en: each Chinese-only rule misses English, once', () => {
    const problems = problemsWith(['zh', 'en']);
    expect(missing(problems, 'en').map((p) => 'ruleId' in p && p.ruleId)).toEqual(['cn-0', 'cn-1', 'cn-2', 'cn-3']);
    expect(missing(problems, 'de')).toEqual([]);
  });

  it('the setting is checked: only language codes', () => {
    expect(parseSettings({ servedLanguages: ['zh', 'de'] }).ok).toBe(true);
    expect(parseSettings({ servedLanguages: ['Chinese'] }).ok).toBe(false);
  });
});
