import { useState, type FormEvent } from 'react';
import { createRule } from '../../lib/db/edit';
import { RuleKindSchema, type Rule, type RuleKind } from '../../lib/pack/schema';
import { languageTabs } from '../../lib/editor/texts';
import { ruleIdFromTitle } from '../../lib/editor/rule-id';
import { languageName } from '../../lib/i18n';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { ruleProblemText } from './rule-problem-text';

export interface NewRuleFormProps {
  packId: string;
  packName: string;
  defaultLanguage: string;
  /** Ids the pack already has: the new rule's id, made from its title, avoids them. */
  takenIds: readonly string[];
  onCreated: (ruleId: string) => void;
  onCancel: () => void;
  /** A buyer's question to start the keyword from (metrics' unanswered questions). */
  initialKeyword?: string;
}

/** The least a rule needs to be valid: a title (its id is made from it), a kind, one reply (and one keyword for an FAQ answer). */
export function NewRuleForm({ packId, packName, defaultLanguage, takenIds, onCreated, onCancel, initialKeyword = '' }: NewRuleFormProps) {
  const t = useT();
  const ui = useUiLanguage();
  const { db, run } = useEditor();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<RuleKind>('faq');
  const [language, setLanguage] = useState(defaultLanguage);
  const [reply, setReply] = useState('');
  const [keyword, setKeyword] = useState(initialKeyword);
  const [error, setError] = useState<string>();
  const id = title.trim() ? ruleIdFromTitle(title, takenIds) : '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const rule: Rule = { id, kind, title: title.trim(), replies: { [language]: [reply.trim()] } };
    if (kind === 'faq' && keyword.trim()) rule.keywords = { [language]: [keyword.trim()] };
    const result = await run(createRule(db, packId, rule));
    if (result.ok) onCreated(rule.id);
    else setError(t('new.refused', { reason: result.problems.map((p) => ruleProblemText(p, t)).join('; ') }));
  }

  return (
    <form className="new-rule" onSubmit={(e) => void submit(e)} aria-label={t('new.title', { pack: packName })} data-testid="new-rule">
      <h2>{t('new.title', { pack: packName })}</h2>
      <label>
        <span>{t('new.titleLabel')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('new.titlePlaceholder')} required data-testid="shopreply.new-rule-title" />
        {id && <small className="hint" data-testid="new-rule-id">{t('new.idPreview', { id })}</small>}
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
            <option key={l} value={l}>{languageName(l, ui)}</option>
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
