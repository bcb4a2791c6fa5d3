import type { ShownSuggestion } from '../lib/messages/protocol';

export interface SuggestionListProps {
  suggestions: ShownSuggestion[];
  onAccept: (index: number) => void;
  /** Shown before each suggestion's text: the key that accepts it, when there is one. */
  keyHint?: (index: number) => string | undefined;
}

const KIND_LABEL: Record<ShownSuggestion['kind'], string> = {
  faq: 'answer',
  welcome: 'welcome',
  offline: 'offline',
  quick: 'quick phrase',
};

/** Ranked suggestions with the reason for each. All text is rendered as text, never as HTML. */
export function SuggestionList({ suggestions, onAccept, keyHint }: SuggestionListProps) {
  return (
    <ol className="sr-list">
      {suggestions.map((s, i) => {
        const blocked = s.missing.length > 0 || s.violations.length > 0;
        return (
          <li key={`${s.packId}/${s.ruleId}`} className={blocked ? 'sr-item sr-item--warn' : 'sr-item'} data-testid="shopreply.suggestion">
            <button type="button" className="sr-accept" onClick={() => onAccept(i)} title="Insert into the composer">
              {keyHint?.(i) && <kbd className="sr-key">{keyHint(i)}</kbd>}
              <span className="sr-text" data-testid="shopreply.suggestion-text">{s.text}</span>
            </button>
            <div className="sr-why" data-testid="shopreply.suggestion-reason">
              <span className="sr-badge">{KIND_LABEL[s.kind]}</span>
              <span className="sr-score">{Math.round(s.score * 100)}%</span>
              <span className="sr-lang">{s.language}</span>
              <span>{s.reason}</span>
            </div>
            {s.missing.length > 0 && (
              <div className="sr-warn" data-testid="shopreply.suggestion-missing">
                Fill in before sending: {s.missing.map((m) => `{${m}}`).join(', ')}
              </div>
            )}
            {s.violations.length > 0 && (
              <div className="sr-warn" data-testid="shopreply.suggestion-violation">
                Breaks marketplace rules: {s.violations.join(', ')}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
