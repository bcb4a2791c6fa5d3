import { isEditRefusal, type EditProblem } from '../../lib/db/edit';
import type { Translate } from './I18n';
import { typeWords } from './input-problem-text';

/** Why an edited rule was refused, in the interface language ("replies.en[0]: …"). */
export function ruleProblemText(p: EditProblem, t: Translate): string {
  if (p.variable) return t('problems.unknownVariable', { field: p.field, name: p.variable });
  // A refusal of the library (no such pack, id taken) has no rule-format text: its message says it.
  return `${p.field}: ${p.code && !isEditRefusal(p.code) ? t(`importError.${p.code}`, typeWords(p.values ?? {}, t)) : p.message}`;
}
