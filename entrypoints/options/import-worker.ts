/**
 * The options page's import worker: reads, checks and plans a pack file off the page's thread (a
 * 10,000-rule file takes a good part of a second), computes the preview's compliance flags once,
 * and writes the import on Apply. The plans stay here between preview and Apply; the page gets
 * their summaries. Started by worker-importer.ts.
 */
import { ShopReplyDB } from '../../lib/db/database';
import { ImportSession, tooLarge } from '../../lib/db/import-session';
import { ImportRequestSchema, type ImportAnswer, type ImportRequest } from '../../lib/db/import-protocol';

const session = new ImportSession(new ShopReplyDB());
const scope = self as unknown as { postMessage(answer: ImportAnswer): void; onmessage: ((e: MessageEvent) => void) | null };

async function handle(request: ImportRequest): Promise<unknown> {
  switch (request.type) {
    case 'prepare':
      return tooLarge(request.name, request.file.size) ?? session.prepare(request.name, await request.file.arrayBuffer());
    case 'compliance':
      return session.compliance();
    case 'apply':
      return session.apply(request.mode);
    case 'cancel':
      return session.cancel();
  }
}

scope.onmessage = (event) => {
  const parsed = ImportRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    const id = (event.data as { id?: unknown } | null)?.id;
    if (typeof id === 'number') scope.postMessage({ id, ok: false, error: `bad request: ${parsed.error.issues[0]?.message ?? ''}` });
    return;
  }
  const request = parsed.data;
  handle(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }),
    (e: unknown) => scope.postMessage({ id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
};
