/**
 * The matching engine: pure TypeScript, no browser APIs (runs in the MV3 service worker and Node).
 *
 *   const matcher = createMatcher(rules);            // or loadMatcher(rules, cached)
 *   matcher.match({ text, skusInView })              // → { language, suggestions (≤ 3 faq) }
 *   matcher.addExample(ruleId, text, language);      // learn a phrasing, no rebuild
 *   cache.put(matcher.toJSON());                     // plain JSON, keyed by matcher.fingerprint
 */
export type * from './types';
export {
  createMatcher,
  loadMatcher,
  chooseReplyLanguage,
  rankWithPriority,
  MODEL_VERSION,
  type Matcher,
  type SerializedModel,
} from './matcher';
export { DEFAULT_SETTINGS, matcherSettings, type MatcherSettings, type SettingsOverrides } from './settings';
export { probability, scoreOf, probabilityOfScore, type Calibration } from './calibration';
export { detectLanguage } from './language';
export { normalize } from './normalize';
export { fingerprintRules } from './fingerprint';
export { rulesFromPack } from './pack';
export { keywordScore, splitAlternatives } from './keywords';
export { CONCEPTS, conceptIndex, conceptsOf, type Concept, type ConceptHit } from './concepts';
