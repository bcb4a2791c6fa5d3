import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { LearnedExampleRecord, PackRecord, RuleRecord, ShopReplyDB } from '../../lib/db/database';
import { libraryRevision } from '../../lib/db/library';
import { libraryProblems, type EditorProblem } from '../../lib/editor/problems';
import { libraryChecks } from '../../lib/editor/checks';
import type { TextsByLanguage } from '../../lib/pack/schema';
import { useShopSettings } from './useShopSettings';

export interface LibraryState {
  packs: PackRecord[];
  rules: RuleRecord[];
  learned: LearnedExampleRecord[];
  revision: number;
  problems: EditorProblem[];
}

/** The whole library, live: any write (here, in another page, in the worker) re-renders. */
export function useLibrary(db: ShopReplyDB): LibraryState | undefined {
  const served = useShopSettings(db)?.settings.servedLanguages;
  const servedKey = served?.join(',') ?? '';
  const data = useLiveQuery(
    () =>
      db.transaction('r', db.packs, db.rules, db.learned, db.settings, async () => ({
        packs: await db.packs.toArray(),
        rules: await db.rules.toArray(),
        learned: await db.learned.toArray(),
        revision: await libraryRevision(db),
      })),
    [db],
  );
  return useMemo(() => {
    if (!data) return undefined;
    const bannedPhrases: TextsByLanguage = {};
    for (const pack of data.packs) {
      for (const [lang, phrases] of Object.entries(pack.bannedPhrases ?? {})) (bannedPhrases[lang] ??= []).push(...phrases);
    }
    const snapshot = {
      rules: data.rules,
      defaultLanguages: new Map(data.packs.map((p) => [p.id, p.defaultLanguage ?? 'en'])),
      bannedPhrases,
      servedLanguages: servedKey ? servedKey.split(',') : [],
    };
    return { ...data, problems: libraryProblems(snapshot, libraryChecks(snapshot)) };
  }, [data, servedKey]);
}
