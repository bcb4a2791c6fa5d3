import type { PackComplianceFlag } from '../../lib/compliance/check';
import type { ShopReplyDB } from '../../lib/db/database';
import { ImportSession, tooLarge, type Applied, type Prepared } from '../../lib/db/import-session';
import type { ApplyMode } from '../../lib/pack/plan';

/**
 * Where an import's work runs. The options page gives the import panel one backed by a Web Worker
 * (entrypoints/options/worker-importer.ts), so that reading, checking and planning a large file
 * never blocks the page; without one (unit tests) the panel runs the same session in the page.
 */
export interface Importer {
  /** Reads, checks and plans a file; a file over the size limit is refused before it is read. */
  prepare(file: File): Promise<Prepared>;
  /** The prepared packs' compliance flags, one list per plan, computed once. */
  compliance(): Promise<PackComplianceFlag[][]>;
  /** Writes the prepared packs; resolves to what was imported and the undo entry that takes it back. */
  apply(mode: ApplyMode): Promise<Applied>;
  cancel(): Promise<void>;
}

export function pageImporter(db: ShopReplyDB): Importer {
  const session = new ImportSession(db);
  return {
    async prepare(file) {
      return tooLarge(file.name, file.size) ?? session.prepare(file.name, await file.arrayBuffer());
    },
    compliance: () => session.compliance(),
    apply: (mode) => session.apply(mode),
    cancel: async () => session.cancel(),
  };
}
