import type { Dispatch } from 'react';
import { cx, hook } from '../hooks';
import type { Action, ChatState } from '../state';
import { Composer } from './Composer';
import { ConversationList } from './ConversationList';
import { MessageList } from './MessageList';
import { OrderPanel } from './OrderPanel';

/** Everything a content script sees of the seller chat; the demo's own controls live outside. */
export function ChatApp({ state, dispatch }: { state: ChatState; dispatch: Dispatch<Action> }) {
  const active = state.conversations.find((c) => c.id === state.activeId);
  return (
    <div id="chat-app" className={cx('chat-layout')}>
      <aside className={cx('chat-sidebar')}>
        <div className={cx('chat-sidebar-title')}>Customer messages</div>
        <ConversationList
          conversations={state.conversations}
          activeId={state.activeId}
          onOpen={(id) => dispatch({ type: 'open', id })}
        />
      </aside>
      {active ? (
        <>
          <main className={cx('chat-main')}>
            <header className={cx('chat-header')}>
              <span className={cx('chat-header-name')} {...hook('header_username')}>{active.buyer}</span>
            </header>
            <MessageList conversation={active} epoch={state.renderEpoch} windowEnd={state.windowEnd} onLoadOlder={() => dispatch({ type: 'load-older' })} />
            <Composer
              conversationId={active.id}
              value={active.draft}
              onChange={(text) => dispatch({ type: 'draft', text })}
              onSend={() => dispatch({ type: 'seller-send', text: active.draft.replace(/\s+$/, ''), at: Date.now() })}
            />
          </main>
          <OrderPanel conversation={active} />
        </>
      ) : (
        <main className={cx('chat-main', 'chat-main--empty')}>Select a conversation to start chatting</main>
      )}
    </div>
  );
}
