import { useEffect, useState, useSyncExternalStore } from 'react';
import { SuggestionList } from '../../components/SuggestionList';
import type { OverlayStore } from './overlay-store';

export interface OverlayProps {
  store: OverlayStore;
  /** Where the composer is now; the panel sits just above it. */
  anchorRect: () => DOMRect | null;
  onAccept: (index: number) => void;
  onDismiss: () => void;
  onAutoSend: (enabled: boolean) => void;
}

function usePosition(anchorRect: () => DOMRect | null) {
  const [rect, setRect] = useState<DOMRect | null>(() => anchorRect());
  useEffect(() => {
    const update = () => setRect(anchorRect());
    const timer = setInterval(update, 500);
    window.addEventListener('resize', update);
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', update);
    };
  }, [anchorRect]);
  if (!rect) return { right: 16, bottom: 16 };
  return { left: Math.max(8, rect.left), bottom: Math.max(8, window.innerHeight - rect.top + 8), width: Math.max(280, Math.min(rect.width, 560)) };
}

export function Overlay({ store, anchorRect, onAccept, onDismiss, onAutoSend }: OverlayProps) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const position = usePosition(anchorRect);
  if (!state.onChatPage) return null;
  const current = state.conversationId ? state.pending.get(state.conversationId) : undefined;
  const show = current && !state.dismissed && current.suggestions.length > 0;
  const broken = state.missingRoles.length > 0;

  return (
    <div className="sr-panel" style={position} data-testid="shopreply.overlay" data-conversation={state.conversationId ?? ''}>
      <div className="sr-head">
        <span className="sr-title">ShopReply</span>
        <span className={broken ? 'sr-status sr-status--bad' : 'sr-status'} data-testid="shopreply.status">
          {broken ? `Can't read this chat page (${state.missingRoles.join(', ')} not found)` : 'Reading chat'}
        </span>
        {show && (
          <button type="button" className="sr-dismiss" onClick={onDismiss} title="Dismiss (Alt+0)" data-testid="shopreply.dismiss">
            ✕
          </button>
        )}
      </div>
      {state.conversationId && (
        <label className="sr-auto" title="Send the top suggestion automatically when every guard holds">
          <input
            type="checkbox"
            checked={state.autoSend && !state.takenOver}
            onChange={(e) => onAutoSend(e.target.checked)}
            data-testid="shopreply.autosend"
          />
          Auto-send in this chat
          {state.takenOver && <span className="sr-note"> (paused: you typed here)</span>}
          {state.globalPaused && <span className="sr-note"> (paused for the whole shop)</span>}
        </label>
      )}
      {state.autoNote && <div className="sr-note" data-testid="shopreply.autonote">{state.autoNote}</div>}
      {show && (
        <>
          <div className="sr-buyer" data-testid="shopreply.buyer-message">
            {state.buyerName ? `${state.buyerName}: ` : ''}
            {current.buyerText}
          </div>
          <SuggestionList suggestions={current.suggestions} onAccept={onAccept} keyHint={(i) => `Alt+${i + 1}`} />
        </>
      )}
    </div>
  );
}
