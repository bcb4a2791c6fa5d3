import type { EditorProblem } from '../../lib/editor/problems';
import { languageName, type UiLanguage } from '../../lib/i18n';
import type { Translate } from './I18n';
import type { RuleNamer } from './RuleNames';

const byId: RuleNamer = (_packId, ruleId) => ruleId;

/** A problem in the interface language; other rules it mentions are named by `name` (their titles). */
export function problemText(p: EditorProblem, t: Translate, ui: UiLanguage, name: RuleNamer = byId): string {
  const packId = 'packId' in p ? p.packId : undefined;
  switch (p.kind) {
    case 'unknown-variable':
      return t('problems.unknownVariable', { field: p.field, name: p.name });
    case 'banned-phrase':
      return t('problems.bannedPhrase', { field: p.field, phrase: p.phrase });
    case 'never-fires':
      return t('problems.neverFires', { winner: name(packId, p.winner) });
    case 'tie':
      return p.keyword
        ? t('problems.tieKeyword', { other: name(packId, p.other), keyword: p.keyword, language: languageName(p.language, ui) })
        : t('problems.tie', { other: name(packId, p.other), language: languageName(p.language, ui) });
    case 'duplicate-keyword':
      return t('problems.duplicateKeyword', { keyword: p.keyword, others: p.others.map((o) => name(packId, o)).join(ui === 'zh' ? '、' : ', ') });
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

/** Several missing languages of one rule in one sentence ("No reply in German, French; …"). */
export function missingLanguagesText(problems: readonly EditorProblem[], t: Translate, ui: UiLanguage): string {
  const missing = problems.filter((p): p is Extract<EditorProblem, { kind: 'missing-language' }> => p.kind === 'missing-language');
  const languages = missing.map((p) => languageName(p.language, ui)).join(ui === 'zh' ? '、' : ', ');
  return t('problems.missingLanguages', { languages, fallback: languageName(missing[0]?.fallback ?? 'en', ui) });
}

/** Errors stay red; the rest are warnings the supervisor may accept. */
export const isError = (p: EditorProblem) => p.kind === 'unknown-variable' || p.kind === 'banned-phrase' || p.kind === 'readiness';
