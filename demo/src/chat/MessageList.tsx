import { useLayoutEffect, useRef } from 'react';
import { cx, hook } from '../hooks';
import type { Conversation } from '../types';
import { MessageCard } from './MessageCard';

/**
 * The open conversation's messages. The content is keyed by conversation and render epoch, so
 * opening a chat or a re-render creates every message node anew, as the real React app does.
 */
export function MessageList(props: { conversation: Conversation; epoch: number; onLoadOlder(): void }) {
  const { conversation: c } = props;
  const ref = useRef<HTMLDivElement>(null);
  const shape = useRef({ id: '', first: '', count: 0, height: 0 });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const prev = shape.current;
    const first = c.messages[0]?.id ?? '';
    if (prev.id === c.id && prev.first !== first && prev.count < c.messages.length) {
      el.scrollTop += el.scrollHeight - prev.height; // older history prepended: keep the view still
    } else {
      el.scrollTop = el.scrollHeight;
    }
    shape.current = { id: c.id, first, count: c.messages.length, height: el.scrollHeight };
  }, [c.id, c.messages, props.epoch]);

  return (
    <div
      ref={ref}
      className={cx('chatd-message-list')}
      {...hook('message_list', { role: 'log' })}
      onScroll={(e) => {
        if (e.currentTarget.scrollTop <= 0 && c.older.length) props.onLoadOlder();
      }}
    >
      <div key={`${c.id}:${props.epoch}`} className={cx('chatd-message-list-content')}>
        {c.older.length > 0 && <div className={cx('chatd-message-list-more')}>Scroll up for older messages</div>}
        {c.messages.map((m) => (
          <MessageCard key={m.id} message={m} buyer={c.buyer} />
        ))}
      </div>
    </div>
  );
}
