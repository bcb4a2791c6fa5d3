import { useReducer } from 'react';
import { ChatApp } from './chat/ChatApp';
import { params } from './params';
import { seedConversations } from './seed';
import { Simulator } from './simulator/Simulator';
import { initialState, reducer } from './state';
import { useSharedChat } from './sync';

export function App() {
  const [state, local] = useReducer(reducer, null, () => initialState(seedConversations(), params.conversation));
  const { dispatch, sync } = useSharedChat(state, local);
  return (
    <div className="demo-root">
      <ChatApp state={state} dispatch={dispatch} />
      <Simulator state={state} dispatch={dispatch} sync={sync} />
    </div>
  );
}
