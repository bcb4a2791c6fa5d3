import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Phrase } from '../lib/messages/protocol';
import { searchPhrases } from '../lib/phrases/search';

export interface PhraseSearchProps {
  phrases: readonly Phrase[];
  onChoose: (phrase: Phrase) => void;
}

/** Search the library as you type; ↑ ↓ move, Enter inserts. */
export function PhraseSearch({ phrases, onChoose }: PhraseSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchPhrases(phrases, query), [phrases, query]);

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
        placeholder="Search phrases (any language)…"
        aria-label="Search phrases"
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
            <small>{p.language}</small>
            <small>{p.title ?? p.ruleId}</small>
            <span>{p.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
