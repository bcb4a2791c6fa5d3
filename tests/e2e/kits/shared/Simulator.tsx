import { useState, type Dispatch } from 'react';
import type { KitAction, KitState } from './model';

/**
 * The test page's own controls, outside the chat DOM: a buyer writes into any conversation
 * (an unopened one gets an unread mark), and `kit.state` tells tests what the page itself sent.
 */
export function Simulator({ state, dispatch }: { state: KitState; dispatch: Dispatch<KitAction> }) {
  const [target, setTarget] = useState(state.activeId);
  const [text, setText] = useState('');
  const active = state.conversations.find((c) => c.id === state.activeId);
  return (
    <aside className="kit-simulator" aria-label="Buyer simulator">
      <h2>Buyer simulator</h2>
      <p className="kit-note">Test controls, not part of the chat page.</p>
      <label>
        Conversation
        <select data-testid="kit.select-conversation" value={target} onChange={(e) => setTarget(e.target.value)}>
          {state.conversations.map((c) => (
            <option key={c.id} value={c.id}>
              {c.buyer} ({c.id})
            </option>
          ))}
        </select>
      </label>
      <label>
        Message
        <textarea data-testid="kit.buyer-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button
        type="button"
        data-testid="kit.buyer-send"
        disabled={!text.trim()}
        onClick={() => {
          dispatch({ type: 'buyer-send', id: target, text, at: Date.now() });
          setText('');
        }}
      >
        Send as buyer
      </button>
      <output
        data-testid="kit.state"
        data-sent-count={state.sentCount}
        data-last-sent={state.lastSent}
        data-last-sent-conversation={state.lastSentConversation}
        data-active-conversation={state.activeId}
        data-message-count={active?.messages.length ?? 0}
      >
        Sent {state.sentCount}
        {state.sentCount > 0 && <>: “{state.lastSent}” to {state.lastSentConversation}</>}
      </output>
    </aside>
  );
}
