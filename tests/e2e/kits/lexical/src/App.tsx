import { useCallback, useEffect, useReducer } from 'react';
import { BrokenComposer } from '../../shared/BrokenComposer';
import { initialKitState, kitReducer, lastMessage } from '../../shared/model';
import { readParams } from '../../shared/params';
import { Simulator } from '../../shared/Simulator';
import { Composer } from './Composer';
import { pathForThread, threadFromPath } from './path';
import { seedConversations } from './seed';
import { Thread } from './Thread';

const params = readParams(location.search);

/** A messaging page: a Lexical composer that sends on Enter, and a Virtuoso message list. */
export function App() {
  const [state, dispatch] = useReducer(kitReducer, undefined, () => initialKitState(seedConversations(), threadFromPath(location.pathname)));
  const active = state.conversations.find((c) => c.id === state.activeId)!;

  useEffect(() => {
    if (threadFromPath(location.pathname) === active.id) return;
    history.replaceState(null, '', pathForThread(location.pathname, active.id) + location.search);
  }, [active.id]);

  const send = useCallback((text: string) => dispatch({ type: 'shop-send', text, at: Date.now() }), []);

  return (
    <div className="kit-page">
      <div className="kit-chat messenger">
        <nav className="threads" aria-label="Conversations">
          <ul>
            {state.conversations.map((c) => (
              <li
                key={c.id}
                className="threads__item"
                data-thread-id={c.id}
                aria-current={c.id === state.activeId ? 'true' : undefined}
                onClick={() => dispatch({ type: 'open', id: c.id })}
              >
                <span className="threads__name">{c.buyer}</span>
                <span className="threads__preview">{lastMessage(c)?.text}</span>
                {c.unread > 0 && <span className="threads__unread">{c.unread}</span>}
              </li>
            ))}
          </ul>
        </nav>
        <main className="conversation">
          <header className="conversation__header">
            <h1 className="conversation__title">{active.buyer}</h1>
          </header>
          {/* Keyed by thread: switching threads mounts a fresh list and a fresh editor. */}
          <Thread key={`thread-${active.id}`} conversation={active} />
          <footer className="conversation__reply">
            {params.breakRoles.has('composer') ? <BrokenComposer onSend={send} /> : <Composer key={`composer-${active.id}`} onSend={send} />}
          </footer>
        </main>
      </div>
      <Simulator state={state} dispatch={dispatch} />
    </div>
  );
}
