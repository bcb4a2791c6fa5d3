import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { SuggestionList } from '../../components/SuggestionList';
import { t, type UiLanguage } from '../../lib/i18n/page';
import { guardText, roleText, unconfirmedText } from '../../lib/i18n/overlay';
import type { Dock } from '../../lib/overlay/dock';
import type { Docking } from './dock';
import type { AutoNote, OverlayStore } from './overlay-store';

export interface OverlayProps {
  store: OverlayStore;
  /** Where the panel may go on the page; it moves the message list when it docks above the composer. */
  docking: Docking;
  onAccept: (index: number) => void;
  onDismiss: () => void;
  onAutoSend: (enabled: boolean) => void;
  /** The agent's answer to the first "turn on auto-send" in a conversation. */
  onConfirmAutoSend: (confirmed: boolean) => void;
  /** "Teach this page", offered while roles are missing (entrypoints/chat.content/teach). */
  onTeach?: () => void;
}

const sameDock = (a: Dock | null, b: Dock) =>
  !!a && a.mode === b.mode && Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1 && Math.abs(a.width - b.width) < 1 && Math.abs(a.maxHeight - b.maxHeight) < 1;

function useDock(docking: Docking, visible: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [dock, setDock] = useState<Dock | null>(null);
  useEffect(() => {
    if (!visible) return docking.release();
    const update = () => {
      const next = docking.place(ref.current?.offsetHeight ?? 0, true);
      setDock((prev) => (sameDock(prev, next) ? prev : next));
    };
    update();
    const timer = setInterval(update, 300);
    window.addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    if (ref.current) observer?.observe(ref.current);
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', update);
      observer?.disconnect();
      docking.release();
    };
  }, [docking, visible]);
  return { ref, dock };
}

function noteText(ui: UiLanguage, note: AutoNote): string {
  switch (note.kind) {
    case 'sent':
      return t(ui, 'overlay.note.sent', { rule: note.rule });
    case 'unconfirmed':
      return t(ui, 'overlay.note.unconfirmed', { reason: unconfirmedText(ui, note.reason) });
    case 'held':
      return t(ui, 'overlay.note.held', { reason: guardText(ui, note.blockedBy, note.values) });
    case 'no-answer':
      return t(ui, 'overlay.note.noAnswer');
    case 'taken-over':
      return t(ui, 'overlay.note.takenOver');
  }
}

export function Overlay({ store, docking, onAccept, onDismiss, onAutoSend, onConfirmAutoSend, onTeach }: OverlayProps) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { ref, dock } = useDock(docking, state.onChatPage);
  if (!state.onChatPage) return null;
  const { ui } = state;
  const current = state.conversationId ? state.pending.get(state.conversationId) : undefined;
  const broken = state.missingRoles.length > 0;
  // The red badge promises that nothing is suggested: without a role (a reply box, say) a
  // suggestion could not be used as offered.
  const show = !broken && !!current && !state.dismissed && current.suggestions.length > 0;
  const note = state.autoNote;
  // Nothing to say: one line, so that the panel takes as little of the chat as it can.
  const collapsed = !show && !note && !state.confirming;
  const style = dock
    ? { left: dock.left, top: dock.top, width: dock.width, maxHeight: dock.maxHeight }
    : { left: 0, top: 0, visibility: 'hidden' as const };
  const roles = state.missingRoles.map((r) => roleText(ui, r)).join(ui === 'zh' ? '、' : ', ');

  return (
    <div
      ref={ref}
      className={`sr-panel${collapsed ? ' sr-panel--collapsed' : ''}`}
      style={style}
      lang={ui === 'zh' ? 'zh-CN' : 'en'}
      data-testid="shopreply.overlay"
      data-conversation={state.conversationId ?? ''}
      data-dock={dock?.mode ?? ''}
    >
      <div className="sr-head">
        <span className="sr-title">ShopReply</span>
        <span
          className={broken ? 'sr-status sr-status--bad' : 'sr-status'}
          title={broken ? `${t(ui, 'overlay.status.broken', { roles })}\n${t(ui, 'overlay.status.readingHint')}` : t(ui, 'overlay.status.readingHint')}
          data-testid="shopreply.status"
        >
          {broken ? t(ui, 'overlay.status.broken', { roles }) : t(ui, 'overlay.status.reading')}
        </span>
        {broken && onTeach && (
          <button type="button" className="sr-teach-entry" onClick={onTeach} data-testid="shopreply.teach-open">
            {t(ui, 'teach.open')}
          </button>
        )}
        {state.conversationId && (
          <label className="sr-auto" title={t(ui, 'overlay.autosend.hint')}>
            <input
              type="checkbox"
              checked={state.autoSend && !state.takenOver}
              onChange={(e) => onAutoSend(e.target.checked)}
              data-testid="shopreply.autosend"
            />
            <span className="sr-auto-label">{t(ui, 'overlay.autosend')}</span>
            {state.takenOver && <span className="sr-note"> {t(ui, 'overlay.autosend.takenOver')}</span>}
            {state.globalPaused && <span className="sr-note"> {t(ui, 'overlay.autosend.globalPaused')}</span>}
          </label>
        )}
        {show && (
          <button type="button" className="sr-dismiss" onClick={onDismiss} title={t(ui, 'overlay.dismiss')} aria-label={t(ui, 'overlay.dismiss')} data-testid="shopreply.dismiss">
            ✕
          </button>
        )}
      </div>
      {state.confirming && (
        <div className="sr-confirm" role="alertdialog" aria-label={t(ui, 'overlay.confirm.title')} data-testid="shopreply.autosend-confirmation">
          <strong>{t(ui, 'overlay.confirm.title')}</strong>
          <p>{t(ui, 'overlay.confirm.body')}</p>
          <div className="sr-confirm-buttons">
            <button type="button" className="sr-button sr-button--primary" onClick={() => onConfirmAutoSend(true)} data-testid="shopreply.autosend-confirm">
              {t(ui, 'overlay.confirm.ok')}
            </button>
            <button type="button" className="sr-button" onClick={() => onConfirmAutoSend(false)} data-testid="shopreply.autosend-cancel">
              {t(ui, 'overlay.confirm.cancel')}
            </button>
          </div>
        </div>
      )}
      {note && <div className="sr-note" data-testid="shopreply.autonote">{noteText(ui, note)}</div>}
      {show && (
        <>
          <div className="sr-buyer" data-testid="shopreply.buyer-message">
            {state.buyerName ? `${t(ui, 'overlay.buyer', { name: state.buyerName })}${ui === 'zh' ? '' : ' '}` : ''}
            {current.buyerText}
          </div>
          <div className="sr-hint" data-testid="shopreply.hint">{t(ui, 'overlay.hint')}</div>
          <SuggestionList suggestions={current.suggestions} onAccept={onAccept} ui={ui} keyHint={(i) => `Alt+${i + 1}`} />
        </>
      )}
    </div>
  );
}
