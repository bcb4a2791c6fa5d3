import { isEditRefusal, type EditProblem } from '../../lib/db/edit';
import type { Translate } from './I18n';

const FIELD_KEYS = { name: 'packEdit.name', description: 'packEdit.description', defaultLanguage: 'packEdit.defaultLanguage', bannedPhrases: 'packEdit.banned' } as const;

/** A refused pack edit, in the person's language: the field by its label, the format's detail after it. */
export function packProblemText(problem: EditProblem, t: Translate, packId = ''): string {
  if (isEditRefusal(problem.code) && problem.code !== 'invalid') return t(`packEdit.problem.${problem.code}`, { pack: packId });
  const root = problem.field.split(/[.[]/)[0] as keyof typeof FIELD_KEYS;
  const field = FIELD_KEYS[root] ? `${t(FIELD_KEYS[root])}${problem.field.slice(root.length)}` : problem.field;
  return t('packEdit.problem.field', { field, message: problem.message });
}
