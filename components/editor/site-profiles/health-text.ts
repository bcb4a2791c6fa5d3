import type { Role, RuntimeIdSource } from '../../../lib/sites/profile-schema';
import type { Translate } from '../I18n';

/** A role as a person names it ("open conversation"), the catalogue's `overlay.role.<role>`. */
export function roleName(role: Role, t: Translate): string {
  return t(`overlay.role.${role}` as Parameters<Translate>[0]);
}

/** One conversation id source in words ("the attribute data-id of the open conversation"). */
export function idSourceText(source: RuntimeIdSource, t: Translate): string {
  if ('idLikeAttributesOf' in source) return t('sites.source.idLike', { role: roleName(source.idLikeAttributesOf, t) });
  if ('attribute' in source) return t('sites.source.attribute', { attribute: source.attribute, role: roleName(source.of, t) });
  if ('url' in source) return source.url === 'param' ? t('sites.source.param', { name: source.name }) : t('sites.source.path', { pattern: source.pattern });
  return t('sites.source.text', { role: roleName(source.text, t) });
}

export function idSourcesText(sources: readonly RuntimeIdSource[], byDefault: boolean, t: Translate): string {
  const list = sources.map((s) => idSourceText(s, t)).join(t('sites.source.separator'));
  return t('sites.health.ids', { sources: byDefault ? t('sites.health.default', { sources: list }) : list });
}

/** What the way of telling conversations apart means for the shop. */
export function idKindText(kind: 'id' | 'name' | 'mixed', t: Translate): string {
  return t(kind === 'id' ? 'sites.health.idOnly' : kind === 'name' ? 'sites.health.nameOnly' : 'sites.health.mixed');
}
