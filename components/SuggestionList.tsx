import type { ShownSuggestion } from '../lib/messages/protocol';
import { languageName, t, type UiLanguage } from '../lib/i18n/page';
import { reasonDetail, reasonText } from './reason-text';

export interface SuggestionListProps {
  suggestions: ShownSuggestion[];
  onAccept: (index: number) => void;
  /** The interface language of every text shown here. */
  ui: UiLanguage;
  /** Shown before each suggestion's text: the key that accepts it, when there is one. */
  keyHint?: (index: number) => string | undefined;
}

/** Ranked suggestions with the reason for each. All text is rendered as text, never as HTML. */
export function SuggestionList({ suggestions, onAccept, ui, keyHint }: SuggestionListProps) {
  return (
    <ol className="sr-list">
      {suggestions.map((s, i) => {
        const blocked = s.missing.length > 0 || s.violations.length > 0;
        return (
          <li key={`${s.packId}/${s.ruleId}`} className={blocked ? 'sr-item sr-item--warn' : 'sr-item'} data-testid="shopreply.suggestion">
            <button type="button" className="sr-accept" onClick={() => onAccept(i)} title={t(ui, 'suggestion.insert')}>
              {keyHint?.(i) && <kbd className="sr-key">{keyHint(i)}</kbd>}
              <span className="sr-text" data-testid="shopreply.suggestion-text">{s.text}</span>
            </button>
            <div className="sr-why" data-testid="shopreply.suggestion-reason">
              <span className="sr-badge" title={t(ui, 'suggestion.kindHint')}>{t(ui, `kind.${s.kind}`)}</span>
              <span className="sr-score" title={t(ui, 'suggestion.scoreHint')}>{t(ui, 'suggestion.score', { score: Math.round(s.score * 100) })}</span>
              <span className="sr-lang">{languageName(s.language, ui)}</span>
              <span className="sr-reason" data-testid="shopreply.suggestion-reason-text" title={reasonDetail(s, ui).join(' · ') || undefined}>{reasonText(s, ui)}</span>
            </div>
            {s.missing.length > 0 && (
              <div className="sr-warn" data-testid="shopreply.suggestion-missing">
                {t(ui, 'suggestion.missing', { variables: s.missing.map((m) => `{${m}}`).join(ui === 'zh' ? '、' : ', ') })}
              </div>
            )}
            {s.violations.length > 0 && (
              <div className="sr-warn" data-testid="shopreply.suggestion-violation">
                {t(ui, 'suggestion.violations', { rules: s.violations.join(ui === 'zh' ? '、' : ', ') })}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
