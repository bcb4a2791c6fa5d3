import { useState, type Dispatch } from 'react';
import { params } from '../params';
import { DEMO_SCRIPT } from '../script';
import type { Action, ChatState } from '../state';
import type { SyncControls } from '../sync';
import { useScript } from './useScript';

/**
 * The demo's own controls, outside the chat DOM: speak as a buyer, play a scripted session,
 * load older history, re-render the open conversation. Its `demo.state` element exposes the
 * chat's React state to tests.
 */
export function Simulator({ state, dispatch, sync }: { state: ChatState; dispatch: Dispatch<Action>; sync: SyncControls }) {
  const [buyerId, setBuyerId] = useState(state.activeId ?? state.conversations[0]?.id ?? '');
  const [text, setText] = useState('');
  const say = (conversationId: string, line: string) =>
    dispatch({ type: 'buyer-send', id: conversationId, text: line, at: Date.now() });
  const script = useScript(DEMO_SCRIPT, params.speed, (line) => say(line.conversationId, line.text));
  const active = state.conversations.find((c) => c.id === state.activeId);
  const sorted = [...state.conversations].sort((a, b) => a.id.localeCompare(b.id));

  return (
    <aside className="demo-simulator" data-testid="demo.simulator" aria-label="Demo buyer simulator">
      <h2 className="demo-title">Buyer simulator</h2>
      <p className="demo-note">Demo controls — not part of the seller chat.</p>
      <label className="demo-field">
        Buyer
        <select data-testid="demo.buyer-select" value={buyerId} onChange={(e) => setBuyerId(e.target.value)}>
          {sorted.map((c) => (
            <option key={c.id} value={c.id}>
              {c.buyer} ({c.language})
            </option>
          ))}
        </select>
      </label>
      <label className="demo-field">
        Message
        <textarea data-testid="demo.buyer-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button
        type="button"
        data-testid="demo.buyer-send"
        disabled={!text.trim() || !buyerId}
        onClick={() => {
          say(buyerId, text);
          setText('');
        }}
      >
        Send as buyer
      </button>
      <div className="demo-row">
        <button type="button" data-testid="demo.play-script" onClick={script.play} disabled={script.status.state === 'playing'}>
          Play script
        </button>
        <button type="button" data-testid="demo.stop-script" onClick={script.stop} disabled={script.status.state !== 'playing'}>
          Stop
        </button>
        <span data-testid="demo.script-status" data-state={script.status.state} data-played={script.status.played}>
          {script.status.state} {script.status.played}/{DEMO_SCRIPT.length}
        </span>
      </div>
      <div className="demo-row">
        <button type="button" data-testid="demo.load-older" disabled={!active?.older.length} onClick={() => dispatch({ type: 'load-older' })}>
          Load older messages
        </button>
        <button type="button" data-testid="demo.rerender" onClick={() => dispatch({ type: 'rerender' })}>
          Re-render messages
        </button>
        {params.list === 'virtual' && (
          <>
            <button type="button" data-testid="demo.scroll-up" onClick={() => dispatch({ type: 'scroll', by: -1 })}>
              Scroll up
            </button>
            <button type="button" data-testid="demo.scroll-down" onClick={() => dispatch({ type: 'scroll', by: 1 })}>
              Scroll down
            </button>
          </>
        )}
      </div>
      {sync.enabled && (
        <div className="demo-row">
          <label>
            <input type="checkbox" data-testid="demo.sync-hold" checked={sync.holding} onChange={(e) => sync.setHolding(e.target.checked)} />
            Hold messages from other tabs
          </label>
          <button type="button" data-testid="demo.sync-release" disabled={sync.held === 0} onClick={sync.releaseOne}>
            Deliver the next ({sync.held})
          </button>
        </div>
      )}
      <output
        className="demo-state"
        data-testid="demo.state"
        data-active-conversation={state.activeId ?? ''}
        data-composer={params.composer}
        data-composer-text={active?.draft ?? ''}
        data-message-count={active?.messages.length ?? 0}
        data-older-left={active?.older.length ?? 0}
        data-render-epoch={state.renderEpoch}
        data-window-end={state.windowEnd ?? 'end'}
        data-sent-count={state.sentCount}
        data-last-sent={state.lastSent}
        data-sync-held={sync.held}
      >
        <div>Open: {active?.buyer ?? '—'} · composer state: {JSON.stringify(active?.draft ?? '')}</div>
        <div>Sent by seller: {state.sentCount}</div>
      </output>
    </aside>
  );
}
