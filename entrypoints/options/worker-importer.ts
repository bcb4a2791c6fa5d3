import { tooLarge } from '../../lib/db/import-session';
import { ImportAnswerSchema, PreparedSchema, parseApplied, parseComplianceFlags, type ImportRequest } from '../../lib/db/import-protocol';
import type { Importer } from '../../components/editor/importer';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Body = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id'> : never) : never;

/** The import panel's importer on the options page: the work runs in import-worker.ts. */
export function workerImporter(): Importer {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let next = 0;

  worker.onmessage = (event: MessageEvent) => {
    const answer = ImportAnswerSchema.safeParse(event.data);
    if (!answer.success) return;
    const waiting = pending.get(answer.data.id);
    if (!waiting) return;
    pending.delete(answer.data.id);
    if (answer.data.ok) waiting.resolve(answer.data.value);
    else waiting.reject(new Error(answer.data.error));
  };
  // A worker that fails to load or crashes fails what is waiting, with its reason.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the import worker stopped'));
    pending.clear();
  };

  const call = (body: Body) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id });
    });

  return {
    // A file over the limit is refused here, before it is handed over or read.
    prepare: async (file) => tooLarge(file.name, file.size) ?? PreparedSchema.parse(await call({ type: 'prepare', file, name: file.name })),
    compliance: async () => parseComplianceFlags(await call({ type: 'compliance' })),
    apply: async (mode) => parseApplied(await call({ type: 'apply', mode })),
    cancel: async () => void (await call({ type: 'cancel' })),
  };
}
