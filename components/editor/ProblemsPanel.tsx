import { useMemo, useState } from 'react';
import type { EditorProblem } from '../../lib/editor/problems';
import { groupProblems, type ProblemKindGroup, type ProblemRuleGroup } from '../../lib/editor/problem-groups';
import { useT, useUiLanguage } from './I18n';
import { isError, missingLanguagesText, problemText } from './problem-text';
import { useRuleName } from './RuleNames';

export interface ProblemsPanelProps {
  problems: EditorProblem[];
  onOpen: (packId: string, ruleId: string) => void;
}

/** Rules listed per page of a group; a large library shows counts, never thousands of rows. */
export const RULES_PER_PAGE = 20;
/** Problems listed per rule before "show all". */
export const PROBLEMS_PER_RULE = 3;

/** Every problem of the library, grouped by kind and rule with counts, each group collapsible and paged. */
export function ProblemsPanel({ problems, onOpen }: ProblemsPanelProps) {
  const t = useT();
  const groups = useMemo(() => groupProblems(problems), [problems]);
  return (
    <section className="problems" aria-label={t('problems.title')} data-testid="problems">
      <h2>{t('problems.title')}</h2>
      {problems.length === 0 ? (
        <p data-testid="problems-none">{t('problems.none')}</p>
      ) : (
        <p className="muted" data-testid="shopreply.problems-summary">{t('problems.summary', { count: problems.length.toLocaleString(), groups: groups.length })}</p>
      )}
      {groups.map((g) => <KindGroup key={g.kind} group={g} onOpen={onOpen} />)}
    </section>
  );
}

function KindGroup({ group, onOpen }: { group: ProblemKindGroup; onOpen: ProblemsPanelProps['onOpen'] }) {
  const t = useT();
  // Errors start open; warnings (often many, e.g. missing languages) start folded.
  const [open, setOpen] = useState(() => isError(group.rules[0].problems[0]));
  const [shown, setShown] = useState(RULES_PER_PAGE);
  const rest = group.rules.length - shown;
  return (
    <section className="problem-group" data-testid={`shopreply.problem-group-${group.kind}`}>
      <h3>
        <button type="button" className="link problem-group-toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="shopreply.problem-group-toggle">
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t(`problems.kind.${group.kind}`)}{' '}
          <span className="badge badge--warn" data-testid="shopreply.problem-group-count">{group.count.toLocaleString()}</span>{' '}
          <small className="muted">{t('problems.groupCount', { count: group.count.toLocaleString(), rules: group.rules.length.toLocaleString() })}</small>
        </button>
      </h3>
      {open && (
        <ul className="problem-rules">
          {group.rules.slice(0, shown).map((r) => <RuleRow key={`${r.packId ?? ''}/${r.ruleId ?? ''}`} kind={group.kind} rule={r} onOpen={onOpen} />)}
        </ul>
      )}
      {open && rest > 0 && (
        <button type="button" className="link" onClick={() => setShown(shown + RULES_PER_PAGE)} data-testid="shopreply.problems-more">
          {t('problems.more', { count: Math.min(RULES_PER_PAGE, rest), rest: rest.toLocaleString() })}
        </button>
      )}
    </section>
  );
}

function RuleRow({ kind, rule, onOpen }: { kind: ProblemKindGroup['kind']; rule: ProblemRuleGroup; onOpen: ProblemsPanelProps['onOpen'] }) {
  const t = useT();
  const ui = useUiLanguage();
  const name = useRuleName();
  const [all, setAll] = useState(false);
  const { packId, ruleId, problems } = rule;
  // Missing languages of one rule read best as one sentence.
  const lines = kind === 'missing-language' ? [missingLanguagesText(problems, t, ui)] : problems.map((p) => problemText(p, t, ui, name));
  const visible = all ? lines : lines.slice(0, PROBLEMS_PER_RULE);
  return (
    <li className="problem-rule" data-testid="shopreply.problem-rule" data-rule-id={ruleId}>
      <div className="problem-rule-head">
        <strong data-testid="shopreply.problem-rule-name">{ruleId ? name(packId, ruleId) : t('problems.shop')}</strong>{' '}
        <span className="badge">{problems.length}</span>{' '}
        {ruleId && packId && (
          <button type="button" className="link" onClick={() => onOpen(packId, ruleId)}>{t('problems.open')}</button>
        )}
      </div>
      <ul>
        {visible.map((text, i) => (
          <li key={i} className={isError(problems[0]) ? 'problem problem--error' : 'problem'} data-testid={`problem-${kind}`}>{text}</li>
        ))}
      </ul>
      {!all && lines.length > PROBLEMS_PER_RULE && (
        <button type="button" className="link" onClick={() => setAll(true)} data-testid="shopreply.problems-rule-all">{t('problems.moreOfRule', { count: lines.length })}</button>
      )}
    </li>
  );
}
