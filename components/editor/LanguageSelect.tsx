import { PRODUCT_LANGUAGES } from '../../lib/pack/schema';
import { languageName } from '../../lib/i18n';
import { useUiLanguage } from './I18n';

/** A language picked by its name (Intl.DisplayNames); `any` adds "every language" ("*"). */
export function LanguageSelect({ value, onChange, testId, any, label }: { value: string; onChange: (code: string) => void; testId: string; any?: boolean; label?: string }) {
  const ui = useUiLanguage();
  const codes = [...(any ? ['*'] : []), ...new Set([...PRODUCT_LANGUAGES, value])];
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-label={label}>
      {codes.map((code) => (
        <option key={code} value={code}>{languageName(code, ui)}</option>
      ))}
    </select>
  );
}
