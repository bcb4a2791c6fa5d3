import { useEffect, useState } from 'react';
import type { TrainingStatus } from '../../lib/messages/protocol';
import type { AskWorker } from './TryIt';

const POLL_MS = 400;

/**
 * The worker's training of the library's model, asked after every library change and then every
 * 0.4 s until it is ready. Asking wakes a stopped worker, which resumes training.
 */
export function useTrainingStatus(ask: AskWorker, revision: number): TrainingStatus | undefined {
  const [status, setStatus] = useState<TrainingStatus>();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        // ask() parses the answer against its contract (lib/messages/contract.ts)
        const status = await ask({ type: 'training-status' });
        if (stopped) return;
        setStatus(status);
        if (status.state !== 'training') return;
      } catch {
        // the worker is not listening yet, or its answer did not parse: ask again
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [ask, revision]);
  return status;
}
