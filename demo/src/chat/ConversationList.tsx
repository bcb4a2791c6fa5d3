import { cx, hook } from '../hooks';
import { params } from '../params';
import { timeLabel } from '../time';
import type { Conversation } from '../types';

function preview(c: Conversation): { text: string; at?: number } {
  const last = c.messages[c.messages.length - 1];
  if (!last) return { text: '' };
  return { text: last.text || (last.product ? '[Product]' : ''), at: last.at };
}

export function ConversationList(props: {
  conversations: Conversation[];
  activeId: string | null;
  onOpen(id: string): void;
}) {
  return (
    <div className={cx('conversation-list')} {...hook('conversation_list', { role: 'listbox' })}>
      {props.conversations.map((c) => {
        const active = c.id === props.activeId;
        const last = preview(c);
        return (
          <div
            key={c.id}
            className={cx('conversation-card', active && 'conversation-card--active')}
            {...hook('conversation_card', { role: 'option', 'aria-selected': String(active) })}
            data-conversation-id={params.dom === 'v2' || params.ids === 'none' ? undefined : c.id}
            onClick={() => props.onOpen(c.id)}
          >
            <div className={cx('conversation-card-avatar')}>{[...c.buyer][0]}</div>
            <div className={cx('conversation-card-main')}>
              <div className={cx('conversation-card-top')}>
                <span className={cx('conversation-card-username')} {...hook('conversation_card_username')}>
                  {c.buyer}
                </span>
                <span className={cx('conversation-card-time')}>{last.at ? timeLabel(last.at, params.locale) : ''}</span>
              </div>
              <div className={cx('conversation-card-preview')}>{last.text}</div>
            </div>
            {c.unread > 0 && (
              <span className={cx('p-badge')}>
                <sup className={cx('p-badge-number')}>{c.unread > 99 ? '99+' : c.unread}</sup>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
