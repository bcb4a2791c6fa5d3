import { useReducer } from 'react';
import { ChatApp } from './chat/ChatApp';
import { params } from './params';
import { seedConversations } from './seed';
import { Simulator } from './simulator/Simulator';
import { initialState, reducer } from './state';
import { useSharedChat } from './sync';
import type { Conversation } from './types';

/** Two buyers with one name, for the extension's name-only conversation ids. */
const withTwins = (conversations: Conversation[]) =>
  params.twins ? conversations.map((c) => (c.id === 'c-7305' ? { ...c, buyer: 'Emily Carter' } : c)) : conversations;

export function App() {
  const [state, local] = useReducer(reducer, null, () => initialState(withTwins(seedConversations()), params.conversation));
  const { dispatch, sync } = useSharedChat(state, local);
  return (
    <div className="demo-root">
      <ChatApp state={state} dispatch={dispatch} />
      <Simulator state={state} dispatch={dispatch} sync={sync} />
    </div>
  );
}
