import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BIN_KEEP_DAYS, emptyBin, listBin, restorePack } from '../../lib/db/bin';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { packProblemText } from './pack-problem-text';

/** Deleted packs, newest first, each with Restore; emptying the bin is for good and asks first. */
export function BinView({ onRestored }: { onRestored: (packId: string) => void }) {
  const t = useT();
  const ui = useUiLanguage();
  const { db, run, setStatus } = useEditor();
  const entries = useLiveQuery(() => listBin(db), [db]);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  if (!entries) return null;
  const date = (at: number) => new Date(at).toLocaleString(ui === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });

  async function restoreEntry(id: number, packId: string, name: string) {
    const result = await run(restorePack(db, id));
    if (result.ok) {
      setError(undefined);
      setStatus(t('packEdit.restored', { pack: name }));
      onRestored(packId);
    } else setError(result.problems.map((p) => packProblemText(p, t, packId)).join('; '));
  }

  async function empty() {
    await emptyBin(db);
    setConfirming(false);
    setStatus(t('packEdit.binEmptied'));
  }

  return (
    <section className="bin" aria-label={t('packEdit.binTitle')} data-testid="bin">
      <div className="rule-head">
        <h2>{t('packEdit.binTitle')}</h2>
        {entries.length > 0 && <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="bin-empty">{t('packEdit.emptyBin')}</button>}
      </div>
      <p className="hint">{t('packEdit.binHint', { days: BIN_KEEP_DAYS })}</p>
      {confirming && (
        <div role="alertdialog" aria-label={t('packEdit.emptyBin')} className="confirm" data-testid="bin-empty-confirm">
          <p>{t('packEdit.emptyBinConfirm', { count: entries.length })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void empty()} data-testid="bin-empty-yes">{t('packEdit.emptyBinYes')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('packEdit.cancel')}</button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="field-error" data-testid="bin-error">{error}</p>}
      {entries.length === 0 ? (
        <p className="muted" data-testid="bin-none">{t('packEdit.binEmpty')}</p>
      ) : (
        <ul className="bin-list" data-testid="bin-list">
          {entries.map((entry) => (
            <li key={entry.id} className="bin-item" data-testid={`bin-${entry.packId}`}>
              <span>
                <strong>{entry.name}</strong> <span className="muted">{entry.packId}</span>
                <br />
                <small className="muted">{t('packEdit.binEntry', { count: entry.ruleCount, date: date(entry.deletedAt) })}</small>
              </span>
              <button type="button" onClick={() => void restoreEntry(entry.id!, entry.packId, entry.name)} data-testid="bin-restore">{t('packEdit.restore')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
