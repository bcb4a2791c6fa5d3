import { useEffect, useState } from 'react';
import type { ConversationState } from '../../lib/messages/protocol';
import { t, type UiLanguage } from '../../lib/i18n';
import { ask } from './ask';

/** The open conversation's auto-send switch and the shop-wide pause; a click shows at once, the worker confirms. */
export function ConversationControls({ conversationId, ui }: { conversationId: string | null; ui: UiLanguage }) {
  const [state, setState] = useState<ConversationState>();
  const [confirming, setConfirming] = useState(false);

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
  const setAutoSend = (enabled: boolean) => {
    setConfirming(false);
    setState({ ...state, autoSend: enabled, takenOver: false, autoSendConfirmed: state.autoSendConfirmed || enabled });
    void refresh(ask({ type: 'set-auto-send', conversationId, enabled }));
  };
  return (
    <div className="controls">
      <label>
        <input
          type="checkbox"
          checked={state.autoSend && !state.takenOver}
          onChange={(e) => {
            // The first time in a conversation, the agent reads what will happen before it does.
            if (e.target.checked && !state.autoSendConfirmed) setConfirming(true);
            else setAutoSend(e.target.checked);
          }}
          data-testid="popup.autosend"
        />
        {t(ui, 'popup.autosend')}
        {state.takenOver && <span className="muted"> {t(ui, 'popup.takenOver')}</span>}
      </label>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={t(ui, 'overlay.confirm.title')}>
          <strong>{t(ui, 'overlay.confirm.title')}</strong>
          <p>{t(ui, 'overlay.confirm.body')}</p>
          <button type="button" className="primary" onClick={() => setAutoSend(true)} data-testid="shopreply.autosend-confirm">
            {t(ui, 'overlay.confirm.ok')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} data-testid="shopreply.autosend-cancel">
            {t(ui, 'overlay.confirm.cancel')}
          </button>
        </div>
      )}
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
        {t(ui, 'popup.globalPause')}
      </label>
    </div>
  );
}
