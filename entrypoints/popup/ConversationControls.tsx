import { useEffect, useState } from 'react';
import { ConversationStateSchema, type ConversationState } from '../../lib/messages/protocol';

/** The open conversation's auto-send switch and the shop-wide pause; a click shows at once, the worker confirms. */
export function ConversationControls({ conversationId }: { conversationId: string | null }) {
  const [state, setState] = useState<ConversationState>();

  async function ask(request: object) {
    const parsed = ConversationStateSchema.safeParse(await browser.runtime.sendMessage(request));
    if (parsed.success) setState(parsed.data);
  }
  useEffect(() => {
    if (conversationId) void ask({ type: 'conversation-state', conversationId });
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
            void ask({ type: 'set-auto-send', conversationId, enabled });
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
            await browser.runtime.sendMessage({ type: 'set-global-pause', paused });
            await ask({ type: 'conversation-state', conversationId });
          }}
          data-testid="popup.global-pause"
        />
        Pause all automatic replies
      </label>
    </div>
  );
}
