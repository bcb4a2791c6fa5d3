import { loadMatcher, type Matcher } from '../../lib/match';
import type { LibraryRule } from '../../lib/match/types';
import { importPack, libraryRevision, loadBannedPhrases, loadLibraryRules, type ShopReplyDB } from '../../lib/db';
import type { TextsByLanguage } from '../../lib/pack/schema';
import { parsePackOrThrow } from '../../lib/pack/parse';
import starterPackJson from '../../lib/pack/starter/starter.pack.json';

export interface LoadedLibrary {
  revision: number;
  rules: LibraryRule[];
  bannedPhrases: TextsByLanguage;
  matcher: Matcher;
}

const MODEL_KEY = 'intent-model';
const STARTER_KEY = 'starterSeeded';

/** Seeds the starter pack once per install; a supervisor who removes it does not get it back. */
export async function ensureStarterPack(db: ShopReplyDB): Promise<void> {
  if (await db.settings.get(STARTER_KEY)) return;
  const pack = parsePackOrThrow(JSON.stringify(starterPackJson), 'starter.pack.json');
  await db.transaction('rw', db.settings, db.packs, db.rules, async () => {
    if (await db.settings.get(STARTER_KEY)) return;
    if ((await db.packs.count()) === 0) await importPack(db, pack, 'starter', Date.now());
    await db.settings.put({ key: STARTER_KEY, value: true });
  });
}

/**
 * The library and its trained intent model. Memory is only a cache: the worker may be stopped at
 * any moment, so the model is stored in IndexedDB with the fingerprint of the rules it was trained
 * on, and a restarted worker loads it instead of retraining.
 */
export function createLibraryCache(db: ShopReplyDB) {
  let loaded: Promise<LoadedLibrary> | undefined;
  let loadedRevision = -1;

  async function build(revision: number): Promise<LoadedLibrary> {
    const [rules, bannedPhrases, cached] = await Promise.all([
      loadLibraryRules(db),
      loadBannedPhrases(db),
      db.modelCache.get(MODEL_KEY),
    ]);
    // loadMatcher retrains when the cached model was built from other rules (or another engine).
    const matcher = loadMatcher(rules, cached?.model);
    // Saved whenever it was trained now: other rules, or a cache of an older engine (same rules).
    if (!matcher.fromCache) await saveModel(matcher);
    return { revision, rules, bannedPhrases, matcher };
  }

  async function saveModel(matcher: Matcher) {
    await db.modelCache.put({ key: MODEL_KEY, fingerprint: matcher.fingerprint, model: matcher.toJSON(), builtAt: Date.now() });
  }

  return {
    async get(): Promise<LoadedLibrary> {
      await ensureStarterPack(db);
      const revision = await libraryRevision(db);
      if (!loaded || revision !== loadedRevision) {
        loadedRevision = revision;
        loaded = build(revision);
        loaded.catch(() => {
          loaded = undefined;
        });
      }
      return loaded;
    },
    /** The library changed by a learned example: the model takes it without a rebuild. */
    async learned(library: LoadedLibrary, ruleId: string, text: string, language: string) {
      library.matcher.addExample(ruleId, text, language);
      loadedRevision = library.revision = await libraryRevision(db);
      loaded = Promise.resolve(library);
      await saveModel(library.matcher);
    },
  };
}
export type LibraryCache = ReturnType<typeof createLibraryCache>;
