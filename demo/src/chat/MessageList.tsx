import { useLayoutEffect, useRef } from 'react';
import { cx, hook } from '../hooks';
import { params } from '../params';
import { VIRTUAL_WINDOW } from '../state';
import type { Conversation } from '../types';
import { MessageCard } from './MessageCard';

/**
 * The open conversation's messages. The content is keyed by conversation and render epoch, so
 * opening a chat or a re-render creates every message node anew, as the real React app does.
 */
export function MessageList(props: { conversation: Conversation; epoch: number; windowEnd: number | null; onLoadOlder(): void }) {
  const { conversation: c } = props;
  const virtual = params.list === 'virtual';
  const end = props.windowEnd ?? c.messages.length;
  // `list=virtual`: a window of the messages in nodes keyed by their slot, so React re-uses a
  // node for whatever message the slot shows now and changes its text in place.
  const shown = virtual ? c.messages.slice(Math.max(0, end - VIRTUAL_WINDOW), end) : c.messages;
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
        {shown.map((m, slot) => (
          <MessageCard key={virtual ? `slot-${slot}` : m.id} message={m} buyer={c.buyer} />
        ))}
      </div>
    </div>
  );
}
