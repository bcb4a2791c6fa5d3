import { useState } from 'react';

/**
 * `?break=composer`: the composer as a redesign might ship it, a plain textarea in markup that no
 * kit profile describes. It still sends, so only the profile's composer role goes missing.
 */
export function BrokenComposer({ onSend }: { onSend: (text: string) => void; as?: string }) {
  const [text, setText] = useState('');
  return (
    <form
      className="redesigned-reply"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onSend(text);
        setText('');
      }}
    >
      <textarea className="redesigned-reply__field" aria-label="Reply" value={text} onChange={(e) => setText(e.target.value)} />
      <button className="redesigned-reply__go" type="submit">
        Reply
      </button>
    </form>
  );
}
