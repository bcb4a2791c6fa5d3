import { useState, type FormEvent } from 'react';
import { createRule } from '../../lib/db/edit';
import { RuleKindSchema, type Rule, type RuleKind } from '../../lib/pack/schema';
import { languageTabs } from '../../lib/editor/texts';
import { languageName } from '../../lib/i18n';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';

export interface NewRuleFormProps {
  packId: string;
  packName: string;
  defaultLanguage: string;
  onCreated: (ruleId: string) => void;
  onCancel: () => void;
  /** A buyer's question to start the keyword from (metrics' unanswered questions). */
  initialKeyword?: string;
}

/** The least a rule needs to be valid: an id, a kind, one reply (and one keyword for an FAQ answer). */
export function NewRuleForm({ packId, packName, defaultLanguage, onCreated, onCancel, initialKeyword = '' }: NewRuleFormProps) {
  const t = useT();
  const ui = useUiLanguage();
  const { db, run } = useEditor();
  const [id, setId] = useState('');
  const [kind, setKind] = useState<RuleKind>('faq');
  const [language, setLanguage] = useState(defaultLanguage);
  const [reply, setReply] = useState('');
  const [keyword, setKeyword] = useState(initialKeyword);
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const rule: Rule = { id: id.trim(), kind, replies: { [language]: [reply.trim()] } };
    if (kind === 'faq' && keyword.trim()) rule.keywords = { [language]: [keyword.trim()] };
    const result = await run(createRule(db, packId, rule));
    if (result.ok) onCreated(rule.id);
    else setError(result.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }

  return (
    <form className="new-rule" onSubmit={(e) => void submit(e)} aria-label={t('new.title', { pack: packName })} data-testid="new-rule">
      <h2>{t('new.title', { pack: packName })}</h2>
      <label>
        <span>{t('new.id')}</span>
        <input value={id} onChange={(e) => setId(e.target.value)} required data-testid="new-rule-id" />
      </label>
      <label>
        <span>{t('rule.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as RuleKind)} data-testid="new-rule-kind">
          {RuleKindSchema.options.map((k) => (
            <option key={k} value={k}>{t(`kind.${k}`)}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('new.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value)} data-testid="new-rule-language">
          {languageTabs([defaultLanguage], false).map((l) => (
            <option key={l} value={l}>{`${l} · ${languageName(l, ui)}`}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('new.reply')}</span>
        <textarea value={reply} onChange={(e) => setReply(e.target.value)} rows={2} required data-testid="new-rule-reply" />
      </label>
      {kind === 'faq' && (
        <label>
          <span>{t('new.keyword')}</span>
          <input value={keyword} onChange={(e) => setKeyword(e.target.value)} data-testid="new-rule-keyword" />
        </label>
      )}
      {error && <p role="alert" className="field-error" data-testid="new-rule-error">{error}</p>}
      <div className="actions">
        <button type="submit" data-testid="new-rule-create">{t('new.create')}</button>
        <button type="button" onClick={onCancel}>{t('new.cancel')}</button>
      </div>
    </form>
  );
}
