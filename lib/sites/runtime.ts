import type { Role, SiteProfileFile } from './profile-v1';
import { emptySelectors, type Requirement, type RuntimeIdSource, type SiteProfile } from './profile-schema';

/**
 * The spec's default conversation id when a profile names none: attributes of
 * `activeConversationCard` that look like ids, then `headerBuyerName`, then `conversationName`.
 */
export const DEFAULT_ID_SOURCES: readonly RuntimeIdSource[] = Object.freeze([
  { idLikeAttributesOf: 'activeConversationCard' },
  { text: 'headerBuyerName' },
  { text: 'conversationName' },
]);

/** What every page must show to be read: its messages and a way to answer. */
function requiredOf(file: SiteProfileFile): Requirement[] {
  const required: Requirement[] = ['messageCard', 'composer'];
  if ((file.send ?? 'button') === 'button') required.push('sendButton');
  return required;
}

/** The runtime form of a checked profile file. `required` may add roles a built-in profile insists on. */
export function toRuntimeProfile(
  file: SiteProfileFile,
  options: { origin?: SiteProfile['origin']; required?: readonly Requirement[] } = {},
): SiteProfile {
  const selectors = emptySelectors();
  for (const [role, list] of Object.entries(file.selectors) as [Role, string[] | undefined][]) {
    if (list) selectors[role] = [...list];
  }
  return {
    id: file.id,
    name: file.name,
    version: file.version,
    matches: [...file.matches],
    selectors,
    conversationId: file.conversationId?.length ? file.conversationId : DEFAULT_ID_SOURCES,
    send: file.send ?? 'button',
    valueLabels: file.valueLabels ?? [],
    required: options.required ?? requiredOf(file),
    origin: options.origin ?? 'imported',
  };
}

/**
 * How a profile tells conversations apart: `id` (never by a name alone), `name` (only by a name, so
 * two buyers of one name share a session), or `mixed` (a name where the page shows no id).
 */
export function idKind(profile: Pick<SiteProfile, 'conversationId'>): 'id' | 'name' | 'mixed' {
  const names = profile.conversationId.filter((s) => 'text' in s).length;
  return names === 0 ? 'id' : names === profile.conversationId.length ? 'name' : 'mixed';
}
