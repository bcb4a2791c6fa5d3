/** The chat state both kit pages keep in React, and the actions that change it. */
export type Sender = 'buyer' | 'shop';

export interface KitMessage {
  id: string;
  from: Sender;
  text: string;
  at: number;
}

export interface KitConversation {
  id: string;
  buyer: string;
  messages: KitMessage[];
  unread: number;
}

export interface KitState {
  conversations: KitConversation[];
  activeId: string;
  /** What the page itself sent: the tests compare it with what the agent typed. */
  sentCount: number;
  lastSent: string;
  lastSentConversation: string;
}

export type KitAction =
  | { type: 'open'; id: string }
  | { type: 'buyer-send'; id: string; text: string; at: number }
  | { type: 'shop-send'; text: string; at: number };

let nextId = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(nextId++).toString(36)}`;

export function kitReducer(state: KitState, action: KitAction): KitState {
  switch (action.type) {
    case 'open':
      if (!state.conversations.some((c) => c.id === action.id)) return state;
      return {
        ...state,
        activeId: action.id,
        conversations: state.conversations.map((c) => (c.id === action.id ? { ...c, unread: 0 } : c)),
      };
    case 'buyer-send': {
      const message: KitMessage = { id: newId('b'), from: 'buyer', text: action.text, at: action.at };
      return {
        ...state,
        conversations: state.conversations.map((c) =>
          c.id === action.id
            ? { ...c, messages: [...c.messages, message], unread: c.id === state.activeId ? 0 : c.unread + 1 }
            : c,
        ),
      };
    }
    case 'shop-send': {
      const message: KitMessage = { id: newId('s'), from: 'shop', text: action.text, at: action.at };
      return {
        ...state,
        sentCount: state.sentCount + 1,
        lastSent: action.text,
        lastSentConversation: state.activeId,
        conversations: state.conversations.map((c) => (c.id === state.activeId ? { ...c, messages: [...c.messages, message] } : c)),
      };
    }
  }
}

export function initialKitState(conversations: KitConversation[], activeId: string | null): KitState {
  const active = conversations.find((c) => c.id === activeId) ?? conversations[0];
  return kitReducer(
    { conversations, activeId: active.id, sentCount: 0, lastSent: '', lastSentConversation: '' },
    { type: 'open', id: active.id },
  );
}

/** "Nov 30, 09:05" in a fixed zone, so captures and tests read the same label everywhere. */
export function timeLabel(at: number): string {
  return new Date(at).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
}

export function lastMessage(c: KitConversation): KitMessage | undefined {
  return c.messages[c.messages.length - 1];
}
