import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { cx, hook, isRedesigned } from '../hooks';
import { params } from '../params';

export const MAX_LENGTH = 2000;

interface Props {
  conversationId: string;
  value: string;
  onChange(text: string): void;
  onSend(): void;
}

const canSend = (text: string) => text.trim().length > 0 && text.length <= MAX_LENGTH;

function sendOnEnter(e: KeyboardEvent, value: string, onSend: () => void) {
  // An IME (Chinese, Japanese, Korean) confirms its candidate with Enter: that is not a send.
  if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
  e.preventDefault();
  if (canSend(value)) onSend();
}

/** A React-controlled textarea: only input events (or React's own setter) change its state. */
function TextareaComposer({ value, onChange, onSend }: Props) {
  return (
    <textarea
      className={cx('chat-input-textarea')}
      placeholder={isRedesigned ? 'Write a reply…' : params.locale === 'zh' ? '发送消息' : 'Send a message'}
      maxLength={isRedesigned ? undefined : MAX_LENGTH}
      rows={3}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => sendOnEnter(e, value, onSend)}
    />
  );
}

/**
 * A contenteditable editor whose state follows input events only: setting textContent from
 * outside changes what is shown but not what is sent, as in Lexical or Draft.js.
 */
function EditableComposer({ conversationId, value, onChange, onSend }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);

  // The DOM is the editor's: it is written only when the state changes from elsewhere
  // (another conversation's draft, or cleared after sending).
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && shown.current !== value) {
      el.innerText = value;
      shown.current = value;
    }
  }, [conversationId, value]);

  const read = (el: HTMLElement) => {
    const text = el.innerText.replace(/\n$/, '');
    shown.current = text;
    onChange(text);
  };

  return (
    <div
      ref={ref}
      className={cx('chat-input-editable')}
      contentEditable
      suppressContentEditableWarning
      role={isRedesigned ? undefined : 'textbox'}
      aria-multiline="true"
      aria-placeholder={params.locale === 'zh' ? '发送消息' : 'Send a message'}
      data-empty={value === '' ? 'true' : 'false'}
      onInput={(e) => read(e.currentTarget)}
      onKeyDown={(e) => sendOnEnter(e, value, onSend)}
      onPaste={(e) => {
        e.preventDefault();
        const text = e.clipboardData.getData('text/plain');
        if (text) document.execCommand('insertText', false, text);
      }}
    />
  );
}

export function Composer(props: Props) {
  const Input = params.composer === 'contenteditable' ? EditableComposer : TextareaComposer;
  return (
    <div className={cx('chat-input')} {...hook('input_area')}>
      <Input {...props} />
      <div className={cx('chat-input-footer')}>
        <span className={cx('chat-input-counter', props.value.length > MAX_LENGTH && 'chat-input-counter--over')} {...hook('input_counter')}>
          {props.value.length}/{MAX_LENGTH}
        </span>
        <button
          type="button"
          id={isRedesigned ? undefined : 'chat-input-send-button'}
          className={cx('chat-input-send-button')}
          disabled={!canSend(props.value)}
          onClick={props.onSend}
        >
          {params.locale === 'zh' ? '发送' : 'Send'}
        </button>
      </div>
    </div>
  );
}
