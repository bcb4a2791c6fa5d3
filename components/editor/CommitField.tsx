import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface CommitFieldProps {
  value: string;
  /** Saves the draft; resolves to an error text when it was refused (the draft stays). */
  onCommit: (draft: string) => Promise<string | undefined>;
  /** What the stored value will read after saving this draft (e.g. blank lines dropped). */
  normalize?: (draft: string) => string;
  multiline?: boolean;
  label: string;
  testId?: string;
  placeholder?: string;
  rows?: number;
  inputMode?: 'decimal' | 'text';
}

const IDLE_MS = 800;

/**
 * A text field that saves by itself: on leaving it, on Enter (Ctrl+Enter in a multi-line field),
 * and after a pause in typing. Changes made elsewhere (undo, another page) replace the draft
 * unless it holds unsaved typing.
 */
export function CommitField({ value, onCommit, normalize = (s) => s, multiline, label, testId, placeholder, rows = 3, inputMode }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string>();
  const expected = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (value === expected.current) return;
    expected.current = value;
    setDraft(value);
    setError(undefined);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const dirty = normalize(draft) !== value;

  /** `final`: the person is done with the field (blur, Enter), so the draft may take the saved form. */
  async function commit(text = draft, final = true) {
    clearTimeout(timer.current);
    const saved = normalize(text);
    if (saved !== value) {
      const before = expected.current;
      expected.current = saved;
      const refused = await onCommit(text);
      if (refused) {
        expected.current = before;
        return setError(refused);
      }
    }
    setError(undefined);
    if (final) setDraft((d) => (d === text ? saved : d));
  }

  function change(text: string) {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void commit(text, false), IDLE_MS);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void commit();
    }
  }

  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'data-testid': testId,
    'data-dirty': dirty ? 'true' : undefined,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    onBlur: () => void commit(),
    onKeyDown,
  };
  return (
    <span className="commit-field">
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" inputMode={inputMode} {...common} />}
      {error && (
        <span role="alert" className="field-error" data-testid={testId && `${testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
