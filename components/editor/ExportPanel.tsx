import type { PackRecord } from '../../lib/db/database';
import { loadStoredPack } from '../../lib/db/pack-io';
import { libraryToPacks, packToJson, sharedPack, type StoredPack } from '../../lib/pack/export';
import { packToCsv } from '../../lib/pack/csv';
import { exportFileName } from '../../lib/pack/pack-file';
import { downloadText } from './download';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { displayPackName } from '../../lib/pack/starter/display-names';

/** Export each pack as JSON or CSV, or the whole library as one JSON file (a list of packs). */
export function ExportPanel({ packs }: { packs: PackRecord[] }) {
  const t = useT();
  const ui = useUiLanguage();
  const { db } = useEditor();

  async function exportPack(id: string, kind: 'json' | 'csv') {
    const stored = await loadStoredPack(db, id);
    if (!stored) return;
    const pack = sharedPack(stored);
    const name = exportFileName(pack.id, pack.version, kind);
    if (kind === 'json') downloadText(name, packToJson(pack), 'application/json');
    else downloadText(name, packToCsv(pack), 'text/csv;charset=utf-8');
  }

  async function exportLibrary() {
    const stored = (await Promise.all(packs.map((p) => loadStoredPack(db, p.id)))).filter((s): s is StoredPack => !!s);
    const files = libraryToPacks(stored).map((pack) => JSON.parse(packToJson(pack)) as unknown);
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`shopreply-library-${date}.json`, JSON.stringify(files, null, 2) + '\n', 'application/json');
  }

  return (
    <section className="export" aria-label={t('packs.export')} data-testid="export">
      <h2>{t('packs.export')}</h2>
      <ul>
        {packs.map((p) => (
          <li key={p.id}>
            <strong>{displayPackName(p.id, p.name, ui)}</strong> <span className="muted">{t('pack.version', { version: p.version })}</span>{' '}
            <button type="button" onClick={() => void exportPack(p.id, 'json')} data-testid={`export-json-${p.id}`}>{t('packs.exportJson', { pack: p.id })}</button>{' '}
            <button type="button" onClick={() => void exportPack(p.id, 'csv')} data-testid={`export-csv-${p.id}`}>{t('packs.exportCsv', { pack: p.id })}</button>
          </li>
        ))}
      </ul>
      {packs.length > 0 && (
        <button type="button" onClick={() => void exportLibrary()} data-testid="export-library">{t('packs.exportLibrary')}</button>
      )}
    </section>
  );
}
