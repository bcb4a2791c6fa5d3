import { useEffect, useRef, useState, type Dispatch } from 'react';
import { params } from './params';
import type { Action, ChatState } from './state';

/** What one tab tells the others: what the real chat's server would push to every open tab. */
type Shared = Extract<Action, { type: 'buyer-send' } | { type: 'seller-echo' }>;

export interface SyncControls {
  enabled: boolean;
  /** Messages from other tabs are held back (a slow tab) until released one by one. */
  holding: boolean;
  held: number;
  setHolding(hold: boolean): void;
  releaseOne(): void;
}

/**
 * With `?sync=1`, every tab of the demo shows one shared chat: a buyer message or a reply sent in
 * one tab appears in the others (same time, so the same message key), over a BroadcastChannel.
 */
export function useSharedChat(state: ChatState, dispatch: Dispatch<Action>): { dispatch: Dispatch<Action>; sync: SyncControls } {
  const channel = useRef<BroadcastChannel | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [holding, setHolding] = useState(false);
  const holdingRef = useRef(holding);
  holdingRef.current = holding;
  const [queue, setQueue] = useState<Shared[]>([]);

  useEffect(() => {
    if (!params.sync) return;
    const ch = new BroadcastChannel('shopreply-demo-chat');
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Shared>) => {
      if (holdingRef.current) setQueue((q) => [...q, e.data]);
      else dispatch(e.data);
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [dispatch]);

  const shared: Dispatch<Action> = (action) => {
    dispatch(action);
    if (!channel.current) return;
    if (action.type === 'buyer-send') channel.current.postMessage(action);
    const active = stateRef.current.activeId;
    if (action.type === 'seller-send' && active) channel.current.postMessage({ type: 'seller-echo', id: active, text: action.text, at: action.at } satisfies Shared);
  };

  return {
    dispatch: shared,
    sync: {
      enabled: params.sync,
      holding,
      held: queue.length,
      setHolding,
      releaseOne() {
        const [next, ...rest] = queue;
        if (!next) return;
        setQueue(rest);
        dispatch(next);
      },
    },
  };
}
