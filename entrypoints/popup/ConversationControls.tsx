import { useEffect, useState } from 'react';
import type { ConversationState } from '../../lib/messages/protocol';
import { ask } from './ask';

/** The open conversation's auto-send switch and the shop-wide pause; a click shows at once, the worker confirms. */
export function ConversationControls({ conversationId }: { conversationId: string | null }) {
  const [state, setState] = useState<ConversationState>();

  async function refresh(request: Promise<ConversationState>) {
    try {
      setState(await request);
    } catch (e) {
      console.warn('ShopReply:', e);
    }
  }
  useEffect(() => {
    if (conversationId) void refresh(ask({ type: 'conversation-state', conversationId }));
  }, [conversationId]);

  if (!conversationId || !state) return null;
  return (
    <div className="controls">
      <label>
        <input
          type="checkbox"
          checked={state.autoSend && !state.takenOver}
          onChange={(e) => {
            const enabled = e.target.checked;
            setState({ ...state, autoSend: enabled, takenOver: false });
            void refresh(ask({ type: 'set-auto-send', conversationId, enabled }));
          }}
          data-testid="popup.autosend"
        />
        Auto-send in this conversation
        {state.takenOver && <span className="muted"> (paused: the agent typed here)</span>}
      </label>
      <label>
        <input
          type="checkbox"
          checked={state.globalPaused}
          onChange={async (e) => {
            const paused = e.target.checked;
            setState({ ...state, globalPaused: paused });
            await ask({ type: 'set-global-pause', paused }).catch((error: unknown) => console.warn('ShopReply:', error));
            await refresh(ask({ type: 'conversation-state', conversationId }));
          }}
          data-testid="popup.global-pause"
        />
        Pause all automatic replies
      </label>
    </div>
  );
}
