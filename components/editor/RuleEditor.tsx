import { useState } from 'react';
import type { LearnedExampleRecord, RuleRecord } from '../../lib/db/database';
import { deleteRule, ruleOf } from '../../lib/db/edit';
import { RuleKindSchema, DEFAULT_THRESHOLD, type Rule, type RuleKind } from '../../lib/pack/schema';
import type { EditorProblem } from '../../lib/editor/problems';
import { percentToShare, shareToPercent } from '../../lib/editor/threshold';
import { linesToList, withField, languageTabs, ruleLanguages } from '../../lib/editor/texts';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { problemText, isError } from './problem-text';
import { TextsPanel } from './TextsPanel';
import { useRuleSave } from './useRuleSave';
import { useRuleName } from './RuleNames';

export interface RuleEditorProps {
  record: RuleRecord;
  learned: LearnedExampleRecord[];
  problems: EditorProblem[];
  /** Languages the rule's pack uses, for its tabs. */
  packLanguages: string[];
  onDeleted: () => void;
}

const lines = (list?: readonly string[]) => (list ?? []).join('\n');
const normalizeLines = (text: string) => linesToList(text).join('\n');

export function RuleEditor({ record, learned, problems, packLanguages, onDeleted }: RuleEditorProps) {
  const t = useT();
  const ui = useUiLanguage();
  const name = useRuleName();
  const { db, run, setStatus } = useEditor();
  const save = useRuleSave(record.packId, record.id);
  const rule = ruleOf(record);
  const tabs = languageTabs([...packLanguages, ...ruleLanguages(rule), ...learned.map((l) => l.language)], rule.kind === 'faq');
  const [language, setLanguage] = useState(() => Object.keys(rule.replies)[0] ?? tabs[0]);
  const [kindError, setKindError] = useState<string>();
  const ruleProblems = problems.filter((p) => !('field' in p));

  const setField = <K extends keyof Rule>(field: K, value: Rule[K] | undefined) => save((r) => withField(r, field, value));

  async function changeKind(kind: RuleKind) {
    setKindError(await setField('kind', kind));
  }

  async function remove() {
    const result = await run(deleteRule(db, record.packId, record.id));
    if (result.ok) {
      setStatus(t('rule.deleted', { rule: name(record.packId, record.id) }));
      onDeleted();
    }
  }

  return (
    <section className="rule-editor" aria-label={name(record.packId, rule.id)} data-testid="rule-editor">
      <header className="rule-head">
        <h2 data-testid="shopreply.rule-editor-title">{name(record.packId, rule.id)}</h2>
        <small className="muted rule-id">{t('rule.id')} <code data-testid="rule-editor-id">{rule.id}</code></small>
        <button type="button" className="danger" onClick={() => void remove()} data-testid="rule-delete">{t('rule.delete')}</button>
      </header>
      {ruleProblems.length > 0 && (
        <ul className="problems-inline" data-testid="rule-problems">
          {ruleProblems.map((p, i) => (
            <li key={i} className={isError(p) ? 'problem problem--error' : 'problem'}>{problemText(p, t, ui, name)}</li>
          ))}
        </ul>
      )}
      <div className="grid">
        <label>
          <span>{t('rule.kind')}</span>
          <select value={rule.kind} onChange={(e) => void changeKind(e.target.value as RuleKind)} data-testid="rule-kind" aria-invalid={kindError ? true : undefined}>
            {RuleKindSchema.options.map((k) => (
              <option key={k} value={k}>{t(`kind.${k}`)}</option>
            ))}
          </select>
          {kindError && <span role="alert" className="field-error">{kindError}</span>}
        </label>
        <label>
          <span>{t('rule.title')}</span>
          <CommitField label={t('rule.title')} value={rule.title === undefined ? '' : name(record.packId, rule.id)} normalize={(s) => s.trim()} onCommit={(v) => setField('title', v.trim())} testId="rule-title" />
        </label>
        {rule.kind === 'faq' && (
          <label>
            <span>{t('rule.threshold')}</span>
            <CommitField
              label={t('rule.threshold')}
              inputMode="decimal"
              value={String(shareToPercent(rule.threshold ?? DEFAULT_THRESHOLD))}
              normalize={(s) => { const share = percentToShare(s); return share === undefined ? s : String(shareToPercent(share)); }}
              onCommit={async (v) => {
                const share = percentToShare(v);
                return share === undefined ? t('rule.thresholdInvalid') : setField('threshold', share);
              }}
              testId="rule-threshold"
            />
            <small className="hint">{t('rule.thresholdHint')}</small>
          </label>
        )}
        <p className="priority" data-testid="rule-priority">{t('rule.priority', { priority: rule.priority ?? 0 })}</p>
        <label>
          <span>{t('rule.skus')}</span>
          <CommitField multiline rows={2} label={t('rule.skus')} value={lines(rule.skus)} normalize={normalizeLines} onCommit={(v) => setField('skus', linesToList(v))} testId="rule-skus" />
          <small className="hint">{t('rule.skusHint')}</small>
        </label>
        <label>
          <span>{t('rule.tags')}</span>
          <CommitField multiline rows={2} label={t('rule.tags')} value={lines(rule.tags)} normalize={normalizeLines} onCommit={(v) => setField('tags', linesToList(v))} testId="rule-tags" />
        </label>
      </div>
      {rule.kind === 'quick' && <p className="hint">{t('rule.notMatched')}</p>}
      <TextsPanel
        rule={rule}
        packId={record.packId}
        tabs={tabs}
        language={language}
        onLanguage={setLanguage}
        learned={learned}
        problems={problems}
      />
    </section>
  );
}
