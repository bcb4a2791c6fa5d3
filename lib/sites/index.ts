import { matchesPattern } from './match';
import type { SiteProfile } from './profile-schema';
import { tiktokShopProfile } from './tiktok-shop';

export { checkProfile, type ProfileCheck } from './check';
export { findComposer, findSendButton, type ComposerRef } from './composer';
export { cleanValue, conversationIdOf, parseConversationId, readConversation, siteOf, type ConversationIdParts, type ConversationRead } from './conversation';
export { matchesPattern } from './match';
export { allMessageKeys, isLastMessageCard, messageCards, messageKey, readMessageCard, type Author, type MessageRead } from './message';
export * from './profile-schema';
export { matchesAny, queryAllFirst, queryFirst, textOf } from './query';
export { tiktokShopProfile } from './tiktok-shop';

/** Every site the extension reads, in the order they are tried. */
export const PROFILES: readonly SiteProfile[] = [tiktokShopProfile];

export function profileForUrl(url: string): SiteProfile | null {
  return PROFILES.find((p) => p.matches.some((pattern) => matchesPattern(url, pattern))) ?? null;
}
