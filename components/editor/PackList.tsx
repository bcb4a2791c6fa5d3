import type { PackRecord, RuleRecord } from '../../lib/db/database';
import { useT, useUiLanguage } from './I18n';
import { displayPackName } from '../../lib/pack/starter/display-names';

export interface PackListProps {
  packs: PackRecord[];
  rules: RuleRecord[];
  selected?: string;
  onSelect: (packId: string) => void;
}

export function PackList({ packs, rules, selected, onSelect }: PackListProps) {
  const t = useT();
  const ui = useUiLanguage();
  if (!packs.length) return <p className="muted" data-testid="pack-none">{t('pack.none')}</p>;
  return (
    <ul className="pack-list" aria-label={t('pack.list')} data-testid="pack-list">
      {packs.map((pack) => (
        <li key={pack.id}>
          <button
            type="button"
            className="pack-item"
            aria-current={pack.id === selected ? 'true' : undefined}
            onClick={() => onSelect(pack.id)}
            data-testid={`pack-${pack.id}`}
          >
            <strong>{displayPackName(pack.id, pack.name, ui)}</strong>
            <span className="pack-meta">
              <span data-testid="pack-version">{t('pack.version', { version: pack.version })}</span>
              <span className={`badge badge--${pack.origin}`} data-testid="pack-origin">{t(`pack.origin.${pack.origin}`)}</span>
              <span>{t('pack.rules', { count: rules.filter((r) => r.packId === pack.id).length })}</span>
            </span>
            {pack.source && <span className="pack-source" data-testid="pack-source">{t('pack.source', { file: pack.source })}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
