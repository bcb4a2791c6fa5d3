import type { RuleProblem } from '../../lib/pack/rule-check';
import type { Translate } from './I18n';
import { typeWords } from './input-problem-text';

/** Why an edited rule was refused, in the interface language ("replies.en[0]: …"). */
export function ruleProblemText(p: RuleProblem, t: Translate): string {
  if (p.variable) return t('problems.unknownVariable', { field: p.field, name: p.variable });
  return `${p.field}: ${p.code ? t(`importError.${p.code}`, typeWords(p.values ?? {}, t)) : p.message}`;
}
