import type { ShownSuggestion } from '../../lib/messages/protocol';
import type { UiLanguage } from '../../lib/i18n/page';

/** What the agent reads about auto-send in the open chat: codes and values, worded by the overlay. */
export type AutoNote =
  | { kind: 'sent'; rule: string }
  | { kind: 'unconfirmed'; reason: string }
  | { kind: 'held'; blockedBy: string; values?: Record<string, string | number> }
  | { kind: 'no-answer' }
  | { kind: 'taken-over' };

/** The suggestions waiting in one conversation, for the buyer message they answer. */
export interface PendingSuggestions {
  conversationId: string;
  messageKey: string;
  buyerText: string;
  suggestions: ShownSuggestion[];
  /** Index of the suggestion the agent inserted, to tell accepted from edited or overridden. */
  inserted?: { index: number; text: string; override?: { ruleId: string; packId: string } };
}

export interface OverlayState {
  /** Roles of the site profile that the page does not have; empty when the page reads fine. */
  missingRoles: string[];
  onChatPage: boolean;
  conversationId: string | null;
  buyerName?: string;
  pending: ReadonlyMap<string, PendingSuggestions>;
  dismissed: boolean;
  /** The open conversation's auto-send switch, as the worker keeps it. */
  autoSend: boolean;
  takenOver: boolean;
  globalPaused: boolean;
  /** The last automatic send in the open conversation, for the agent to see what happened. */
  autoNote?: AutoNote;
  /** Auto-send was turned on in this conversation before (no confirmation needed). */
  autoSendConfirmed: boolean;
  /** The confirmation of a first "turn on" is open. */
  confirming: boolean;
  /** The interface language: the shop setting when set, else the browser's. */
  ui: UiLanguage;
}

/** A minimal external store for React's useSyncExternalStore. */
export function createOverlayStore(ui: UiLanguage = 'en') {
  let state: OverlayState = {
    missingRoles: [], onChatPage: false, conversationId: null, pending: new Map(), dismissed: false,
    autoSend: false, takenOver: false, globalPaused: false, autoSendConfirmed: false, confirming: false, ui,
  };
  const listeners = new Set<() => void>();
  const set = (next: Partial<OverlayState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    current(): PendingSuggestions | undefined {
      return state.conversationId ? state.pending.get(state.conversationId) : undefined;
    },
    putPending(p: PendingSuggestions) {
      const pending = new Map(state.pending);
      pending.set(p.conversationId, p);
      set({ pending, dismissed: p.conversationId === state.conversationId ? false : state.dismissed });
    },
    clearPending(conversationId: string) {
      if (!state.pending.has(conversationId)) return;
      const pending = new Map(state.pending);
      pending.delete(conversationId);
      set({ pending });
    },
  };
}
export type OverlayStore = ReturnType<typeof createOverlayStore>;
