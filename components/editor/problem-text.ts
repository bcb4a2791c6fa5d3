import type { EditorProblem } from '../../lib/editor/problems';
import { languageName, type UiLanguage } from '../../lib/i18n';
import type { Translate } from './I18n';

/** A problem in the interface language. */
export function problemText(p: EditorProblem, t: Translate, ui: UiLanguage): string {
  switch (p.kind) {
    case 'unknown-variable':
      return t('problems.unknownVariable', { field: p.field, name: p.name });
    case 'banned-phrase':
      return t('problems.bannedPhrase', { field: p.field, phrase: p.phrase });
    case 'never-fires':
      return t('problems.neverFires', { winner: p.winner });
    case 'tie':
      return p.keyword
        ? t('problems.tieKeyword', { other: p.other, keyword: p.keyword, language: languageName(p.language, ui) })
        : t('problems.tie', { other: p.other, language: languageName(p.language, ui) });
    case 'duplicate-keyword':
      return t('problems.duplicateKeyword', { keyword: p.keyword, others: p.others.join(', ') });
    case 'missing-language':
      return t('problems.missingLanguage', { language: languageName(p.language, ui), fallback: languageName(p.fallback, ui) });
    case 'readiness':
      return t('problems.readiness', {
        language: languageName(p.language, ui),
        detail: t(`problems.readiness.${p.code}`, { language: languageName(p.language, ui), have: String(p.have ?? 0), need: '3' }),
      });
    case 'other':
      return t('problems.other', { detail: p.detail });
  }
}

/** Errors stay red; the rest are warnings the supervisor may accept. */
export const isError = (p: EditorProblem) => p.kind === 'unknown-variable' || p.kind === 'banned-phrase' || p.kind === 'readiness';
