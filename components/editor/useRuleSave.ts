import { updateRule, type EditProblem } from '../../lib/db/edit';
import type { Rule } from '../../lib/pack/schema';
import { useEditor } from './EditorContext';
import { useT } from './I18n';
import { ruleProblemText } from './rule-problem-text';

/** Saves a change of one rule; resolves to the reason it was refused, in words, or undefined. */
export function useRuleSave(packId: string, ruleId: string) {
  const { db, run, setStatus } = useEditor();
  const t = useT();
  return async (change: (rule: Rule) => Rule): Promise<string | undefined> => {
    const result = await run(updateRule(db, packId, ruleId, change));
    if (result.ok) return undefined;
    const reason = describe(result.problems, t);
    setStatus(t('status.notSaved', { reason }));
    return reason;
  };
}

function describe(problems: EditProblem[], t: ReturnType<typeof useT>): string {
  return problems
    .map((p) => ruleProblemText(p, t))
    .join('; ');
}
