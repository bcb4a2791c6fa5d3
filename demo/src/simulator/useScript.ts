import { useEffect, useRef, useState } from 'react';
import type { ScriptLine } from '../script';

export type ScriptStatus = { state: 'idle' | 'playing' | 'done'; played: number };

/** Plays script lines one after another; `speed` multiplies every delay (0 = at once). */
export function useScript(lines: ScriptLine[], speed: number, say: (line: ScriptLine) => void) {
  const [status, setStatus] = useState<ScriptStatus>({ state: 'idle', played: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sayRef = useRef(say);
  sayRef.current = say;

  useEffect(() => () => clearTimeout(timer.current), []);

  function step(i: number) {
    if (i >= lines.length) {
      setStatus({ state: 'done', played: i });
      return;
    }
    timer.current = setTimeout(() => {
      sayRef.current(lines[i]);
      setStatus({ state: 'playing', played: i + 1 });
      step(i + 1);
    }, lines[i].delayMs * speed);
  }

  return {
    status,
    play() {
      clearTimeout(timer.current);
      setStatus({ state: 'playing', played: 0 });
      step(0);
    },
    stop() {
      clearTimeout(timer.current);
      setStatus((s) => ({ state: 'idle', played: s.played }));
    },
  };
}
