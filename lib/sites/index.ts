import { matchesPattern } from './match';
import type { SiteProfile } from './profile-schema';
import { tiktokShopProfile } from './tiktok-shop';

export { checkProfile, type ProfileCheck } from './check';
export { findComposer, findSendButton, type ComposerRef } from './composer';
export { cleanValue, conversationIdOf, firstOfRole, idFromSource, parseConversationId, readConversation, siteOf, type ConversationIdParts, type ConversationRead } from './conversation';
export { matchesPattern } from './match';
export { allMessageKeys, cardOf, isLastMessageCard, latestUnanswered, messageCards, messageKey, readMessageCard, type Author, type MessageRead } from './message';
export * from './profile-schema';
export { PROFILE_FORMAT, PROFILE_FORMAT_VERSION, SiteProfileFileSchema, patternProblem, siteProfileFileSchema, type SelectorCheck, type SiteProfileFile } from './profile-v1';
export { DEFAULT_ID_SOURCES, idKind, toRuntimeProfile } from './runtime';
export { matchesAny, queryAllFirst, queryFirst, textOf } from './query';
export { tiktokShopProfile, tiktokShopProfileFile } from './tiktok-shop';

/** The profiles built into this release, in the order they are tried after the imported ones. */
export const BUILT_IN_PROFILES: readonly SiteProfile[] = [tiktokShopProfile];

/**
 * The profile that reads a page: imported ones first (the caller passes them most recently
 * imported first), then the built-in ones; the first whose `matches` matches the URL (site-profile-v1).
 */
export function profileForUrl(url: string, imported: readonly SiteProfile[] = []): SiteProfile | null {
  return [...imported, ...BUILT_IN_PROFILES].find((p) => p.matches.some((pattern) => matchesPattern(url, pattern))) ?? null;
}
export { looksLikeSiteProfile, parseSiteProfileText, validateSiteProfile } from './profile-parse';
export { selectorCheckOf } from './selector-check';
