import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { LearnedExampleRecord, PackRecord, RuleRecord, ShopReplyDB } from '../../lib/db/database';
import { libraryRevision } from '../../lib/db/library';
import { libraryProblemsInSlices, type EditorProblem, type LibrarySnapshot } from '../../lib/editor/problems';
import { libraryChecks } from '../../lib/editor/checks';
import type { TextsByLanguage } from '../../lib/pack/schema';
import { useShopSettings } from './useShopSettings';

export interface LibraryState {
  packs: PackRecord[];
  rules: RuleRecord[];
  learned: LearnedExampleRecord[];
  revision: number;
  /** The problems of the library as last checked (the check runs after the library shows). */
  problems: EditorProblem[];
}

/** Lets the page paint and answer input between slices of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  const snapshot = useMemo((): LibrarySnapshot | undefined => {
    if (!data) return undefined;
    const bannedPhrases: TextsByLanguage = {};
    for (const pack of data.packs) {
      for (const [lang, phrases] of Object.entries(pack.bannedPhrases ?? {})) (bannedPhrases[lang] ??= []).push(...phrases);
    }
    return {
      rules: data.rules,
      defaultLanguages: new Map(data.packs.map((p) => [p.id, p.defaultLanguage ?? 'en'])),
      bannedPhrases,
      servedLanguages: servedKey ? servedKey.split(',') : [],
    };
  }, [data, servedKey]);

  // Checking a library of thousands of rules takes seconds: it runs in slices after the library
  // is shown, so that the page (and its try-it box) answers meanwhile. A newer library stops it.
  const [problems, setProblems] = useState<EditorProblem[]>([]);
  useEffect(() => {
    if (!snapshot) return;
    let cancelled = false;
    void (async () => {
      await pause();
      if (cancelled) return;
      const checks = libraryChecks(snapshot);
      await pause();
      const found = await libraryProblemsInSlices(snapshot, checks, pause, () => cancelled, 100);
      if (found && !cancelled) setProblems(found);
    })();
    return () => {
      cancelled = true;
    };
  }, [snapshot]);

  return useMemo(() => (data ? { ...data, problems } : undefined), [data, problems]);
}
