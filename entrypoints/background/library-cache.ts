import { fingerprintRules, loadMatcher, MODEL_VERSION, type Matcher, type SerializedModel } from '../../lib/match';
import { buildMatcherSteps, indexKeywordSteps, interimMatcher, previousModel } from '../../lib/match/build-steps';
import { KeywordIndex } from '../../lib/match/keywords';
import { IntentModel } from '../../lib/match/model';
import type { LibraryRule } from '../../lib/match/types';
import { importPack, libraryRevision, loadBannedPhrases, loadLibraryRules, type ShopReplyDB } from '../../lib/db';
import type { TextsByLanguage } from '../../lib/pack/schema';
import type { TrainingStatus } from '../../lib/messages/protocol';
import { parsePackOrThrow } from '../../lib/pack/parse';
import starterPackJson from '../../lib/pack/starter/starter.pack.json';

export interface LoadedLibrary {
  revision: number;
  rules: LibraryRule[];
  bannedPhrases: TextsByLanguage;
  /** The best matcher there is now: while the library's model trains, an interim one (see get()). */
  matcher: Matcher;
}

const MODEL_KEY = 'intent-model';
const STARTER_KEY = 'starterSeeded';

/** Training runs in slices of this long, pausing between them so that messages are answered. */
const SLICE_MS = 25;
/** The share of training progress given to indexing keywords (the rest: examples, classifier). */
const KEYWORD_SHARE = 0.1;
/** With no previous model, a request waits this long for a big library's model before the
 * keywords-only interim matcher answers it; a library of at most SHOP_SIZE_EXAMPLES examples
 * is waited for. */
const ANSWER_WAIT_MS = 500;
const SHOP_SIZE_EXAMPLES = 5000;

const exampleCount = (rules: LibraryRule[]) =>
  rules.reduce((n, r) => n + (r.kind === 'faq' ? Object.values(r.examples ?? {}).reduce((m, list) => m + list.length, 0) : 0), 0);

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

interface Training {
  library: LoadedLibrary;
  fingerprint: string;
  progress: number;
  /** keywords: the new keywords are being indexed (the previous model answers); model: they answer too. */
  stage: 'keywords' | 'model';
  state: 'training' | 'ready' | 'failed';
  cancelled: boolean;
  /** Learned while training: taught to the new model when it is ready. */
  pending: Array<[ruleId: string, text: string, language: string]>;
  done: Promise<LoadedLibrary>;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isCurrentFormat = (m: unknown) => {
  const s = m as Partial<SerializedModel> | undefined;
  return s?.format === 'shopreply.match-model' && s.version === MODEL_VERSION;
};

/**
 * The library and its trained intent model. Memory is only a cache: the worker may be stopped at
 * any moment, so the model is stored in IndexedDB with the fingerprint of the rules it was trained
 * on, and a restarted worker loads it instead of retraining.
 *
 * After the library changes, the model is trained in the background, in short slices, and is
 * saved when it is ready. Meanwhile an interim matcher answers at once: the last saved model (of
 * the previous rules) with the new rules' keywords (lib/match/build-steps.ts). A worker stopped while
 * training starts again from the saved model and trains from scratch, answering all the while.
 */
export function createLibraryCache(db: ShopReplyDB, timing: { sliceMs?: number; answerWaitMs?: number } = {}) {
  const sliceMs = timing.sliceMs ?? SLICE_MS;
  const answerWaitMs = timing.answerWaitMs ?? ANSWER_WAIT_MS;
  let loaded: Promise<LoadedLibrary> | undefined;
  let loadedRevision = -1;
  let training: Training | undefined;

  async function build(revision: number): Promise<LoadedLibrary> {
    const [rules, bannedPhrases, cached] = await Promise.all([
      loadLibraryRules(db),
      loadBannedPhrases(db),
      db.modelCache.get(MODEL_KEY),
    ]);
    if (training) training.cancelled = true;
    training = undefined;
    const fingerprint = fingerprintRules(rules);
    if (cached && cached.fingerprint === fingerprint && isCurrentFormat(cached.model)) {
      // loadMatcher retrains (at once) only when the cache is unreadable.
      const matcher = loadMatcher(rules, cached.model);
      if (!matcher.fromCache) await saveModel(matcher);
      return { revision, rules, bannedPhrases, matcher };
    }
    const previous = previousModel(cached?.model);
    const model = previous?.model ?? new IntentModel();
    // The new keywords are indexed now while that is quick (all of a shop-size library's), the
    // rest in the first slices of training: the interim matcher sees each one once indexed.
    const keywords = new KeywordIndex();
    const indexing = indexKeywordSteps(rules, model, keywords);
    const end = performance.now() + 2 * sliceMs;
    let indexed = indexing.next();
    while (!indexed.done && performance.now() < end) indexed = indexing.next();
    const library: LoadedLibrary = { revision, rules, bannedPhrases, matcher: interimMatcher(rules, model, keywords, previous?.calibration) };
    const started = train(library, fingerprint, indexed.done ? undefined : indexing, keywords);
    // With no previous model (first start, or a cache of another engine) the interim matcher
    // knows keywords alone: a shop-size library waits for its model (it trains in about a second,
    // as it always did), a big one at most answerWaitMs.
    if (!previous) await (exampleCount(rules) <= SHOP_SIZE_EXAMPLES ? started.done : Promise.race([started.done, sleep(answerWaitMs)]));
    return library;
  }

  function train(library: LoadedLibrary, fingerprint: string, indexing: Generator<number, KeywordIndex> | undefined, keywords: KeywordIndex): Training {
    const t: Training = { library, fingerprint, progress: 0, stage: indexing ? 'keywords' : 'model', state: 'training', cancelled: false, pending: [], done: undefined! };
    training = t;
    /** Runs steps in slices with pauses between; undefined when cancelled meanwhile. */
    async function slices<T>(steps: Generator<number, T>, share: (done: number) => number): Promise<T | undefined> {
      for (;;) {
        await pause();
        if (t.cancelled) return undefined;
        const end = performance.now() + sliceMs;
        let step: IteratorResult<number, T>;
        do step = steps.next();
        while (!step.done && performance.now() < end);
        if (step.done) return step.value;
        t.progress = share(step.value);
      }
    }
    t.done = (async () => {
      if (indexing && !(await slices(indexing, (done) => KEYWORD_SHARE * done))) return library;
      t.stage = 'model';
      const matcher = await slices(buildMatcherSteps(library.rules, undefined, keywords), (done) => KEYWORD_SHARE + (1 - KEYWORD_SHARE) * done);
      if (!matcher) return library;
      for (const [ruleId, text, language] of t.pending) matcher.addExample(ruleId, text, language);
      library.matcher = matcher;
      t.progress = 1;
      t.state = 'ready';
      await saveModel(matcher);
      return library;
    })().catch((error: unknown) => {
      // The interim matcher keeps answering; the next library change (or worker start) tries again.
      console.error('ShopReply: training failed', error);
      t.state = 'failed';
      return library;
    });
    return t;
  }

  async function saveModel(matcher: Matcher) {
    await db.modelCache.put({ key: MODEL_KEY, fingerprint: matcher.fingerprint, model: matcher.toJSON(), builtAt: Date.now() });
  }

  const cache = {
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
    /** The library once its model is trained (at once when it came from the cache). */
    async trained(): Promise<LoadedLibrary> {
      const library = await cache.get();
      return training && training.library === library ? training.done : library;
    },
    /** Whether the model of the current library is trained, and how far its training is. */
    async status(): Promise<TrainingStatus> {
      const library = await cache.get();
      const t = training && training.library === library ? training : undefined;
      const rules = library.rules.filter((r) => r.kind === 'faq').length;
      if (!t) return { state: 'ready', progress: 1, rules, model: library.matcher.fingerprint };
      return { state: t.state, stage: t.state === 'training' ? t.stage : undefined, progress: Math.round(t.progress * 1000) / 1000, rules, model: t.fingerprint };
    },
    /** The library changed by a learned example: the model takes it without a rebuild. */
    async learned(library: LoadedLibrary, ruleId: string, text: string, language: string) {
      library.matcher.addExample(ruleId, text, language);
      // The interim matcher is never saved: the model in training learns it too (decided before
      // any await: the training may end meanwhile), and is saved when ready.
      const inTraining = training && training.library === library && training.state === 'training' ? training : undefined;
      inTraining?.pending.push([ruleId, text, language]);
      loadedRevision = library.revision = await libraryRevision(db);
      loaded = Promise.resolve(library);
      if (!inTraining) await saveModel(library.matcher);
    },
  };
  return cache;
}
export type LibraryCache = ReturnType<typeof createLibraryCache>;
