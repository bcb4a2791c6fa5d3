import { useReducer } from 'react';
import { ChatApp } from './chat/ChatApp';
import { params } from './params';
import { seedConversations } from './seed';
import { Simulator } from './simulator/Simulator';
import { initialState, reducer } from './state';

export function App() {
  const [state, dispatch] = useReducer(reducer, null, () => initialState(seedConversations(), params.conversation));
  return (
    <div className="demo-root">
      <ChatApp state={state} dispatch={dispatch} />
      <Simulator state={state} dispatch={dispatch} />
    </div>
  );
}
