import { ROLES, type IdSource, type Role, type SendMode, type SiteProfileFile } from './profile-v1';
import { DEFAULT_ID_SOURCES, idKind } from './runtime';
import type { RuntimeIdSource } from './profile-schema';

export interface RoleChange {
  role: Role;
  /** The selectors before (empty for a new profile or a role it did not name). */
  before: string[];
  after: string[];
}

/** What importing a profile changes: shown before anything is stored. */
export interface ProfilePreview {
  kind: 'new' | 'update' | 'same';
  id: string;
  name: string;
  version: string;
  previousVersion?: string;
  /** The pages it reads, with those it adds and drops against the stored profile. */
  matches: string[];
  addedMatches: string[];
  removedMatches: string[];
  /** Roles whose selectors change (every named role for a new profile), in the spec's order. */
  roles: RoleChange[];
  send: SendMode;
  previousSend?: SendMode;
  /** The conversation id sources it uses (the spec's default order when it names none). */
  idSources: readonly RuntimeIdSource[];
  /** True when the file names no sources and the default order applies. */
  defaultIdSources: boolean;
  idKind: 'id' | 'name' | 'mixed';
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The conversation id sources a profile uses, and how it tells conversations apart. */
export function profileHealth(file: SiteProfileFile): Pick<ProfilePreview, 'idSources' | 'defaultIdSources' | 'idKind'> {
  const idSources: readonly RuntimeIdSource[] = file.conversationId?.length ? (file.conversationId as IdSource[]) : DEFAULT_ID_SOURCES;
  return { idSources, defaultIdSources: !file.conversationId?.length, idKind: idKind({ conversationId: idSources }) };
}

/** What storing `next` changes, against the stored profile of the same id (if any). */
export function previewProfile(next: SiteProfileFile, existing?: SiteProfileFile): ProfilePreview {
  const roles = ROLES.flatMap((role): RoleChange[] => {
    const before = existing?.selectors[role] ?? [];
    const after = next.selectors[role] ?? [];
    return same(before, after) ? [] : [{ role, before: [...before], after: [...after] }];
  });
  const before = existing?.matches ?? [];
  const addedMatches = next.matches.filter((m) => !before.includes(m));
  const removedMatches = before.filter((m) => !next.matches.includes(m));
  const send = next.send ?? 'button';
  const previousSend = existing ? existing.send ?? 'button' : undefined;
  const unchanged =
    !!existing &&
    !roles.length &&
    !addedMatches.length &&
    !removedMatches.length &&
    send === previousSend &&
    existing.version === next.version &&
    JSON.stringify(existing.conversationId ?? null) === JSON.stringify(next.conversationId ?? null) &&
    JSON.stringify(existing.valueLabels ?? null) === JSON.stringify(next.valueLabels ?? null) &&
    existing.name === next.name;
  return {
    kind: !existing ? 'new' : unchanged ? 'same' : 'update',
    id: next.id,
    name: next.name,
    version: next.version,
    ...(existing ? { previousVersion: existing.version, previousSend } : {}),
    matches: [...next.matches],
    addedMatches: existing ? addedMatches : [],
    removedMatches,
    roles,
    send,
    ...profileHealth(next),
  };
}

/**
 * The hosts of a profile's pages, as the setting `nameOnlyAutoSendSites` names sites (lower-case
 * host names, no port, no wildcard part).
 */
export function profileSites(file: Pick<SiteProfileFile, 'matches'>): string[] {
  const hosts = file.matches.map((m) => /^[a-z*]+:\/\/([^/]+)\//.exec(m)?.[1]?.replace(/:(\d+|\*)$/, '').replace(/^\*\./, '').toLowerCase());
  return [...new Set(hosts.filter((h): h is string => !!h))];
}
