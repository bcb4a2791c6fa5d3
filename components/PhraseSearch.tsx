import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Phrase } from '../lib/messages/protocol';
import { searchPhrases } from '../lib/phrases/search';
import { languageName, t, type UiLanguage } from '../lib/i18n';

export interface PhraseSearchProps {
  phrases: readonly Phrase[];
  onChoose: (phrase: Phrase) => void;
  ui: UiLanguage;
  /** Phrases in this language are listed first. */
  buyerLanguage?: string;
}

/** Search the library as you type; ↑ ↓ move, Enter inserts. */
export function PhraseSearch({ phrases, onChoose, ui, buyerLanguage }: PhraseSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchPhrases(phrases, query, 50, buyerLanguage), [phrases, query, buyerLanguage]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && results[active]) onChoose(results[active]);
    else return;
    e.preventDefault();
  }

  return (
    <div className="phrase-search">
      <input
        type="search"
        autoFocus
        placeholder={t(ui, 'popup.search')}
        aria-label={t(ui, 'popup.searchLabel')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="phrase-search"
      />
      <ul className="phrase-list" role="listbox">
        {results.map((p, i) => (
          <li
            key={`${p.packId}/${p.ruleId}/${p.language}/${i}`}
            role="option"
            aria-selected={i === active}
            className="phrase"
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(p)}
            data-testid="phrase-option"
          >
            <small data-testid="phrase-language">{languageName(p.language, ui)}</small>
            <small>{p.title ?? p.ruleId}</small>
            <span>{p.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
