import { ROLES, type Requirement, type Role, type SiteProfile } from './profile-schema';
import { matchesAny, queryAllFirst, queryFirst, type Root } from './query';

export interface ProfileCheck {
  /** True when every required role resolved. */
  ok: boolean;
  found: Role[];
  missing: Role[];
  /** Required roles (or `composer`) that found nothing: what a status badge reports. */
  missingRequired: Requirement[];
  /** For each role that resolved, the index of the selector that did (0 = primary). */
  selectorIndex: Partial<Record<Role, number>>;
}

/** Roles that only mean something inside another role's elements (a `pre` elsewhere is no message text). */
const SCOPE: Partial<Record<Role, Role>> = {
  buyerBubble: 'messageCard',
  sellerBubble: 'messageCard',
  messageText: 'messageCard',
  messageTime: 'messageCard',
  conversationName: 'conversationCard',
  unreadBadge: 'conversationCard',
};

function resolve(roots: readonly Root[], selectors: readonly string[]): number {
  for (let i = 0; i < selectors.length; i++) {
    const one = [selectors[i]];
    if (roots.some((r) => (r instanceof Element && matchesAny(r, one)) || queryFirst(r, one))) return i;
  }
  return -1;
}

/** Which roles of the profile the page has. */
export function checkProfile(doc: Root, profile: SiteProfile): ProfileCheck {
  const found: Role[] = [];
  const missing: Role[] = [];
  const selectorIndex: ProfileCheck['selectorIndex'] = {};
  for (const role of ROLES) {
    const scope = SCOPE[role];
    const roots = scope ? queryAllFirst(doc, profile.selectors[scope]) : [doc];
    const index = resolve(roots, profile.selectors[role]);
    if (index >= 0) {
      found.push(role);
      selectorIndex[role] = index;
    } else {
      missing.push(role);
    }
  }
  const has = (r: Requirement) =>
    r === 'composer' ? found.includes('composerTextarea') || found.includes('composerEditable') : found.includes(r);
  const missingRequired = profile.required.filter((r) => !has(r));
  return { ok: missingRequired.length === 0, found, missing, missingRequired, selectorIndex };
}
