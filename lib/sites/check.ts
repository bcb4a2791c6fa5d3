import { ROLES, type Requirement, type Role, type SiteProfile } from './profile-schema';
import { queryFirst, type Root } from './query';

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

function resolve(root: Root, selectors: readonly string[]): number {
  for (let i = 0; i < selectors.length; i++) {
    if (queryFirst(root, [selectors[i]])) return i;
  }
  return -1;
}

/** Which roles of the profile the page has. Roles are searched in the whole document. */
export function checkProfile(doc: Root, profile: SiteProfile): ProfileCheck {
  const found: Role[] = [];
  const missing: Role[] = [];
  const selectorIndex: ProfileCheck['selectorIndex'] = {};
  for (const role of ROLES) {
    const index = resolve(doc, profile.selectors[role]);
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
