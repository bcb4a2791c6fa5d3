import { useState } from 'react';
import type { PackRecord, RuleRecord } from '../../lib/db/database';
import { addExample } from '../../lib/db/edit';
import type { UnansweredQuestion } from '../../lib/metrics/unanswered';
import { useEditor } from '../editor/EditorContext';
import { useT } from '../editor/I18n';
import { NewRuleForm } from '../editor/NewRuleForm';

export interface UnansweredListProps {
  questions: UnansweredQuestion[];
  packs: PackRecord[];
  rules: RuleRecord[];
  titleOf: (ruleId: string) => string;
  onOpenRule: (packId: string, ruleId: string) => void;
}

/** Buyer questions that got no suggestion: each can become an example of a rule, or a new rule. */
export function UnansweredList({ questions, packs, rules, titleOf, onOpenRule }: UnansweredListProps) {
  const t = useT();
  const faqs = rules.filter((r) => r.kind === 'faq').sort((a, b) => titleOf(a.id).localeCompare(titleOf(b.id)));
  return (
    <section data-testid="shopreply.unanswered">
      <h3>{t('metrics.unanswered.title')}</h3>
      {questions.length === 0 ? (
        <p className="hint">{t('metrics.unanswered.none')}</p>
      ) : (
        <ul className="unanswered">
          {questions.map((q) => (
            <Question key={q.text} question={q} faqs={faqs} rules={rules} packs={packs} titleOf={titleOf} onOpenRule={onOpenRule} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Question({ question, faqs, rules, packs, titleOf, onOpenRule }: { question: UnansweredQuestion; faqs: RuleRecord[] } & Omit<UnansweredListProps, 'questions'>) {
  const t = useT();
  const { db, run, setStatus } = useEditor();
  // No rule is preselected: the supervisor chooses which rule the question belongs to.
  const [target, setTarget] = useState('');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();
  const pack = packs.find((p) => p.id === (target.split('\u0000')[0] || packs[0]?.id)) ?? packs[0];

  async function addAsExample() {
    const [packId, ruleId] = target.split('\u0000');
    if (!packId || !ruleId) return;
    const result = await run(addExample(db, { packId, ruleId, text: question.text, language: question.language ?? pack?.defaultLanguage ?? 'en', at: Date.now() }));
    if (result.ok) setStatus(t('metrics.unanswered.added', { rule: titleOf(ruleId) }));
    else setError(result.problems.map((p) => p.message).join('; '));
  }

  return (
    <li data-testid="shopreply.unanswered-question">
      <div className="question">
        <q className="buyer-text">{question.text}</q> <span className="hint">{t('metrics.unanswered.count', { count: question.count })}</span>
      </div>
      <div className="row">
        <label>
          <span>{t('metrics.unanswered.rule')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="shopreply.unanswered-rule">
            <option value="">{t('metrics.unanswered.chooseRule')}</option>
            {faqs.map((r) => <option key={`${r.packId}/${r.id}`} value={`${r.packId}\u0000${r.id}`}>{titleOf(r.id)}</option>)}
          </select>
        </label>
        <button type="button" disabled={!target} onClick={() => void addAsExample()} data-testid="shopreply.unanswered-add-example">{t('metrics.unanswered.addExample')}</button>
        <button type="button" disabled={!pack} onClick={() => setCreating(true)} data-testid="shopreply.unanswered-new-rule">{t('metrics.unanswered.newRule')}</button>
      </div>
      {error && <p role="alert" className="field-error">{error}</p>}
      {creating && pack && (
        <NewRuleForm
          packId={pack.id}
          packName={pack.name}
          defaultLanguage={question.language ?? pack.defaultLanguage ?? 'en'}
          initialKeyword={question.text}
          takenIds={rules.filter((r) => r.packId === pack.id).map((r) => r.id)}
          onCreated={(ruleId) => {
            setCreating(false);
            onOpenRule(pack.id, ruleId);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
    </li>
  );
}
