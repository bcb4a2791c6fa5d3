import type { EditorProblem } from '../../lib/editor/problems';
import { useT, useUiLanguage } from './I18n';
import { isError, problemText } from './problem-text';

export interface ProblemsPanelProps {
  problems: EditorProblem[];
  onOpen: (packId: string, ruleId: string) => void;
}

/** Every problem of the library, each with a way to the rule it is about. */
export function ProblemsPanel({ problems, onOpen }: ProblemsPanelProps) {
  const t = useT();
  const ui = useUiLanguage();
  return (
    <section className="problems" aria-label={t('problems.title')} data-testid="problems">
      <h2>{t('problems.title')}</h2>
      {problems.length === 0 && <p data-testid="problems-none">{t('problems.none')}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={isError(p) ? 'problem problem--error' : 'problem'} data-testid={`problem-${p.kind}`}>
            {'ruleId' in p && p.ruleId && <code>{p.packId} / {p.ruleId}</code>} {problemText(p, t, ui)}{' '}
            {'ruleId' in p && p.ruleId && p.packId && (
              <button type="button" className="link" onClick={() => onOpen(p.packId!, p.ruleId!)}>{t('problems.open')}</button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
