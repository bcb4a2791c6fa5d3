import { useState, type FormEvent } from 'react';
import { createPack } from '../../lib/db/pack-edit';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { LanguageSelect } from './LanguageSelect';
import { packProblemText } from './pack-problem-text';

/** A new, empty pack made here: a name (its id is made from it), a description, a default language. */
export function NewPackForm({ onCreated, onCancel }: { onCreated: (packId: string) => void; onCancel: () => void }) {
  const t = useT();
  const { db, run, setStatus } = useEditor();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [language, setLanguage] = useState<string>(useUiLanguage());
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const pending = createPack(db, { name, description, defaultLanguage: language });
    const result = await run(pending);
    const { packId } = await pending;
    if (result.ok && packId) {
      setStatus(t('packEdit.created', { pack: name.trim() }));
      onCreated(packId);
    } else if (!result.ok) setError(result.problems.map((p) => packProblemText(p, t)).join('; '));
  }

  return (
    <form className="new-rule" onSubmit={(e) => void submit(e)} aria-label={t('packEdit.newTitle')} data-testid="new-pack">
      <h2>{t('packEdit.newTitle')}</h2>
      <p className="hint">{t('packEdit.newHint')}</p>
      <label>
        <span>{t('packEdit.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} required data-testid="new-pack-name" />
      </label>
      <label>
        <span>{t('packEdit.description')}</span>
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} data-testid="new-pack-description" />
      </label>
      <label>
        <span>{t('packEdit.defaultLanguage')}</span>
        <LanguageSelect value={language} onChange={setLanguage} testId="new-pack-language" />
      </label>
      {error && <p role="alert" className="field-error" data-testid="new-pack-error">{error}</p>}
      <div className="actions">
        <button type="submit" data-testid="new-pack-create">{t('packEdit.create')}</button>
        <button type="button" onClick={onCancel}>{t('packEdit.cancel')}</button>
      </div>
    </form>
  );
}
