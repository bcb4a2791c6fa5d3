import type { LibraryRule } from '../../../lib/match/types';

export function rule(r: Partial<LibraryRule> & { id: string }): LibraryRule {
  return {
    kind: 'faq',
    packId: 'test',
    packVersion: '1',
    defaultLanguage: 'en',
    replies: { en: [`(reply ${r.id})`] },
    ...r,
  } as LibraryRule;
}
