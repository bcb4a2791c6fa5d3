import type { Conversation, Message } from './types';

export interface ChatState {
  /** In list order: the conversation with the newest message first. */
  conversations: Conversation[];
  activeId: string | null;
  /** Bumped to re-create every message node of the open conversation. */
  renderEpoch: number;
  sentCount: number;
  lastSent: string;
  /** `list=virtual`: index after the last message drawn; null follows the newest message. */
  windowEnd: number | null;
}

/** How many message nodes a `list=virtual` list draws. */
export const VIRTUAL_WINDOW = 3;

export type Action =
  | { type: 'open'; id: string }
  | { type: 'buyer-send'; id: string; text: string; at: number }
  | { type: 'seller-send'; text: string; at: number }
  /** The shop's reply sent from another tab of the same chat. */
  | { type: 'seller-echo'; id: string; text: string; at: number }
  | { type: 'draft'; text: string }
  | { type: 'load-older' }
  | { type: 'rerender' }
  /** `list=virtual`: moves the drawn window by that many messages (negative: older). */
  | { type: 'scroll'; by: number };

export const OLDER_PAGE = 3;
let nextId = 0;
const newId = () => `n${++nextId}`;

function update(state: ChatState, id: string, change: (c: Conversation) => Conversation, toTop = false): ChatState {
  const target = state.conversations.find((c) => c.id === id);
  if (!target) return state;
  const changed = change(target);
  const others = state.conversations.filter((c) => c.id !== id);
  const conversations = toTop ? [changed, ...others] : state.conversations.map((c) => (c.id === id ? changed : c));
  return { ...state, conversations };
}

const append = (c: Conversation, m: Message): Conversation => ({ ...c, messages: [...c.messages, m] });

export function reducer(state: ChatState, action: Action): ChatState {
  switch (action.type) {
    case 'open':
      return { ...update(state, action.id, (c) => ({ ...c, unread: 0 })), activeId: action.id, windowEnd: null };
    case 'scroll': {
      const length = state.conversations.find((c) => c.id === state.activeId)?.messages.length ?? 0;
      const end = Math.min(length, Math.max(Math.min(VIRTUAL_WINDOW, length), (state.windowEnd ?? length) + action.by));
      return { ...state, windowEnd: end === length ? null : end };
    }
    case 'buyer-send': {
      const message: Message = { id: newId(), author: 'buyer', text: action.text, at: action.at };
      const open = action.id === state.activeId;
      return update(state, action.id, (c) => ({ ...append(c, message), unread: open ? 0 : c.unread + 1 }), true);
    }
    case 'seller-send': {
      if (!state.activeId) return state;
      const message: Message = { id: newId(), author: 'seller', text: action.text, at: action.at };
      const next = update(state, state.activeId, (c) => ({ ...append(c, message), draft: '' }), true);
      return { ...next, sentCount: state.sentCount + 1, lastSent: action.text };
    }
    case 'seller-echo': {
      const message: Message = { id: newId(), author: 'seller', text: action.text, at: action.at };
      return update(state, action.id, (c) => append(c, message), true);
    }
    case 'draft':
      return state.activeId ? update(state, state.activeId, (c) => ({ ...c, draft: action.text })) : state;
    case 'load-older': {
      if (!state.activeId) return state;
      const loaded = Math.min(OLDER_PAGE, state.conversations.find((c) => c.id === state.activeId)?.older.length ?? 0);
      const next = update(state, state.activeId, (c) => {
        const page = c.older.slice(-OLDER_PAGE);
        return { ...c, messages: [...page, ...c.messages], older: c.older.slice(0, c.older.length - page.length) };
      });
      // A window drawn above the end keeps showing the same messages.
      return { ...next, windowEnd: state.windowEnd === null ? null : state.windowEnd + loaded };
    }
    case 'rerender':
      return { ...state, renderEpoch: state.renderEpoch + 1 };
  }
}

export function initialState(conversations: Conversation[], wanted: string | null): ChatState {
  const match = wanted === 'none' ? null : conversations.find((c) => c.id === wanted || c.buyer === wanted) ?? conversations[0];
  const opened = match ? conversations.map((c) => (c.id === match.id ? { ...c, unread: 0 } : c)) : conversations;
  return { conversations: opened, activeId: match?.id ?? null, renderEpoch: 0, sentCount: 0, lastSent: '', windowEnd: null };
}
