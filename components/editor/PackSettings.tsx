import { useState, type FormEvent } from 'react';
import type { PackRecord } from '../../lib/db/database';
import { updatePackMeta, type PackMetaChange } from '../../lib/db/pack-edit';
import { BIN_KEEP_DAYS, deletePack } from '../../lib/db/bin';
import { languageName } from '../../lib/i18n';
import type { TextsByLanguage } from '../../lib/pack/schema';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { LanguageSelect } from './LanguageSelect';
import { packProblemText } from './pack-problem-text';

export interface PackSettingsProps {
  pack: PackRecord;
  ruleCount: number;
  onDeleted: () => void;
}

/** A pack's own fields, each saved on its own (and undoable), and the way to delete the pack. */
export function PackSettings({ pack, ruleCount, onDeleted }: PackSettingsProps) {
  const t = useT();
  const { db, run, setStatus } = useEditor();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);

  async function save(change: PackMetaChange): Promise<string | undefined> {
    const result = await run(updatePackMeta(db, pack.id, change));
    const text = result.ok ? undefined : result.problems.map((p) => packProblemText(p, t, pack.id)).join('; ');
    setError(text);
    return text;
  }

  async function remove() {
    // Leave the pack first: a pack of thousands of rules need not render again on its way out.
    onDeleted();
    const result = await run(deletePack(db, pack.id));
    const reason = result.ok ? '' : result.problems.map((p) => packProblemText(p, t, pack.id)).join('; ');
    setStatus(result.ok ? t('packEdit.deleted', { pack: pack.name }) : t('status.notSaved', { reason }));
  }

  return (
    <section className="pack-settings" aria-label={t('packEdit.settingsTitle', { pack: pack.name })} data-testid="pack-settings">
      <div className="rule-head">
        <h2 data-testid="pack-settings-title">{t('packEdit.settingsTitle', { pack: pack.name })}</h2>
        <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="pack-delete">{t('packEdit.delete')}</button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label={t('packEdit.delete')} className="confirm" data-testid="pack-delete-confirm">
          <p data-testid="pack-delete-message">{t('packEdit.deleteConfirm', { pack: pack.name, count: ruleCount, days: BIN_KEEP_DAYS })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void remove()} data-testid="pack-delete-yes">{t('packEdit.deleteYes')}</button>
            <button type="button" autoFocus onClick={() => setConfirming(false)} data-testid="pack-delete-no">{t('packEdit.cancel')}</button>
          </div>
        </div>
      )}
      <p className="hint" data-testid="pack-settings-id">{t('packEdit.id', { id: pack.id })}</p>
      {error && <p role="alert" className="field-error" data-testid="pack-settings-error">{error}</p>}
      <div className="grid">
        <label>
          <span>{t('packEdit.name')}</span>
          <CommitField label={t('packEdit.name')} value={pack.name} normalize={(s) => s.trim()} onCommit={(v) => save({ name: v })} testId="pack-name" />
        </label>
        <label>
          <span>{t('packEdit.defaultLanguage')}</span>
          <LanguageSelect value={pack.defaultLanguage ?? 'en'} onChange={(code) => void save({ defaultLanguage: code })} testId="pack-default-language" />
          <small className="hint">{t('packEdit.defaultLanguageHint')}</small>
        </label>
      </div>
      <label className="block">
        <span>{t('packEdit.description')}</span>
        <CommitField multiline rows={2} label={t('packEdit.description')} value={pack.description ?? ''} normalize={(s) => s.trim()} onCommit={(v) => save({ description: v })} testId="pack-description" />
      </label>
      <BannedPhrases banned={pack.bannedPhrases ?? {}} onChange={(bannedPhrases) => save({ bannedPhrases })} />
    </section>
  );
}

/** The banned phrases as a list per language: each can be removed, new ones added. */
function BannedPhrases({ banned, onChange }: { banned: TextsByLanguage; onChange: (next: TextsByLanguage) => Promise<string | undefined> }) {
  const t = useT();
  const ui = useUiLanguage();
  const [language, setLanguage] = useState('*');
  const [phrase, setPhrase] = useState('');
  const entries = Object.entries(banned).filter(([, phrases]) => phrases.length);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!phrase.trim()) return;
    const failed = await onChange({ ...banned, [language]: [...(banned[language] ?? []), phrase.trim()] });
    if (!failed) setPhrase('');
  }
  const remove = (lang: string, at: number) => void onChange({ ...banned, [lang]: banned[lang]!.filter((_, i) => i !== at) });

  return (
    <fieldset className="banned" data-testid="pack-banned">
      <legend>{t('packEdit.banned')}</legend>
      <p className="hint">{t('packEdit.bannedHint')}</p>
      {entries.length === 0 && <p className="muted" data-testid="pack-banned-none">{t('packEdit.bannedNone')}</p>}
      {entries.map(([lang, phrases]) => (
        <div key={lang} className="banned-language" data-testid={`pack-banned-${lang}`}>
          <h4>{languageName(lang, ui)}</h4>
          <ul className="chips">
            {phrases.map((p, i) => (
              <li key={`${p}-${i}`} className="chip" data-testid="pack-banned-phrase">
                <span>{p}</span>
                <button type="button" className="icon" aria-label={t('packEdit.bannedRemove', { phrase: p })} title={t('packEdit.bannedRemove', { phrase: p })} onClick={() => remove(lang, i)} data-testid="pack-banned-remove">×</button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <form className="banned-add" onSubmit={(e) => void add(e)}>
        <LanguageSelect any value={language} onChange={setLanguage} testId="pack-banned-language" label={t('packEdit.bannedLanguage')} />
        <input value={phrase} onChange={(e) => setPhrase(e.target.value)} aria-label={t('packEdit.bannedPhrase')} placeholder={t('packEdit.bannedPhrase')} data-testid="pack-banned-input" />
        <button type="submit" data-testid="pack-banned-add">{t('packEdit.bannedAdd')}</button>
      </form>
    </fieldset>
  );
}
