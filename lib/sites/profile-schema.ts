import { ROLES, type IdSource, type Role, type SendMode } from './profile-v1';

export { ROLES, RoleSchema, type IdSource, type Role, type SendMode } from './profile-v1';

/** What the badge reports as missing: a role, or `composer` (either composer role: a page has one kind or the other). */
export type Requirement = Role | 'composer';

/** A source of the file, or the spec's default "attributes of ROLE that look like ids". */
export type RuntimeIdSource = IdSource | { idLikeAttributesOf: Role };

export type SelectorMap = { readonly [K in Role]: readonly string[] };

/**
 * A site profile as the content script reads it: every role present (an empty list where the file
 * names none), the spec's defaults filled in, and what a page must show to be read.
 */
export interface SiteProfile {
  id: string;
  name: string;
  version: string;
  /** Manifest-style match patterns of the pages this profile reads. */
  matches: readonly string[];
  selectors: SelectorMap;
  /** Sources of the conversation id, tried in order; the spec's default order when the file names none. */
  conversationId: readonly RuntimeIdSource[];
  send: SendMode;
  /** Labels the site prints before a value ("SKU: ", "Order ID: ") and that are not part of it. */
  valueLabels: readonly string[];
  /** Roles without which the page cannot be read; the rest are optional details. */
  required: readonly Requirement[];
  /** Built into this release, or imported by a person (tried first). */
  origin: 'built-in' | 'imported';
}

export const emptySelectors = (): { [K in Role]: string[] } =>
  Object.fromEntries(ROLES.map((r) => [r, [] as string[]])) as { [K in Role]: string[] };
