import { packComplianceFlags, type PackComplianceFlag } from '../compliance/check';
import { parsePackFile } from '../pack/pack-file';
import { ruleDiffs, type RuleDiff } from '../pack/plan-diff';
import { decodeText, type DecodeProblem } from '../pack/decode';
import { listProblems } from '../pack/errors';
import type { InputProblem } from '../pack/errors';
import { MAX_LISTED_PROBLEMS, MAX_PACK_FILE_BYTES } from '../pack/limits';
import { applyPlan, planImport, type ApplyMode, type ImportPlan } from '../pack/plan';
import type { ShopReplyDB } from './database';
import { loadStoredPack, writeAppliedImport, type WrittenImport } from './pack-io';
import { libraryRevision } from './library';
import type { UndoEntry } from './edit';
import { importUndoEntry } from './import-undo';

/**
 * An import from choosing a file to Apply, as the options page's import worker runs it (and the
 * page itself where no worker runs, e.g. unit tests). Prepare reads, checks and plans; nothing is
 * written before apply. The preview gets a summary of each plan (ids and counts, not the rules).
 */

/** What the preview shows of one pack's plan. */
export type PlanSummary = Omit<ImportPlan, 'incoming' | 'existing' | 'incomingHashes' | 'existingHashes'> & {
  packName: string;
  /** The texts each added, changed or removed rule brings, before and after; the preview pages them. */
  diffs: RuleDiff[];
};

export type Prepared =
  | { ok: true; file: string; plans: PlanSummary[] }
  | { ok: false; file: string; reason: 'too-large'; bytes: number; limit: number }
  | { ok: false; file: string; reason: 'problems'; problems: InputProblem[]; total: number }
  /** The bytes are in no encoding ShopReply reads, or do not decode cleanly: refused, nothing written. */
  | { ok: false; file: string; reason: 'encoding'; problem: DecodeProblem };

/** What Apply wrote, and the editor's undo entry that takes it back. */
export interface Applied {
  packs: Array<{ pack: string; version: string }>;
  undo: UndoEntry;
}

export function summarize(plan: ImportPlan): PlanSummary {
  const { incoming, existing: _existing, incomingHashes: _in, existingHashes: _ex, ...rest } = plan;
  return { ...rest, packName: incoming.name, diffs: ruleDiffs(plan) };
}

/** A file over the size limit, before it is read. */
export function tooLarge(file: string, bytes: number, limit = MAX_PACK_FILE_BYTES): Prepared | undefined {
  return bytes > limit ? { ok: false, file, reason: 'too-large', bytes, limit } : undefined;
}

export class ImportSession {
  private plans: ImportPlan[] = [];
  private file = '';
  /** The library revision read before planning: if it is the same at apply, the plans still hold. */
  private revision = -1;
  private generation = 0;

  constructor(private readonly db: ShopReplyDB) {}

  /** Decodes (bytes as read from the file), parses, validates and plans a file; keeps the plans for apply. */
  async prepare(file: string, content: string | ArrayBuffer | Uint8Array): Promise<Prepared> {
    // A file chosen while another is still being planned wins: the older one's plans are dropped.
    const generation = ++this.generation;
    this.plans = [];
    const big = tooLarge(file, typeof content === 'string' ? content.length : content.byteLength);
    if (big) return big;
    let text: string;
    if (typeof content === 'string') text = content;
    else {
      const decoded = await decodeText(content);
      if (!decoded.ok) {
        const { ok: _ok, ...problem } = decoded;
        return { ok: false, file, reason: 'encoding', problem };
      }
      text = decoded.text;
    }
    const parsed = parsePackFile(file, text);
    if (!parsed.ok) {
      const { listed, total } = listProblems(parsed.problems, MAX_LISTED_PROBLEMS);
      return { ok: false, file, reason: 'problems', problems: listed, total };
    }
    const plans: ImportPlan[] = [];
    const revision = await libraryRevision(this.db);
    for (const pack of parsed.value) plans.push(planImport(pack, await loadStoredPack(this.db, pack.id)));
    if (generation !== this.generation) return { ok: true, file, plans: plans.map(summarize) };
    this.plans = plans;
    this.file = file;
    this.revision = revision;
    return { ok: true, file, plans: plans.map(summarize) };
  }

  /**
   * Replies of the prepared packs that break marketplace rules: computed once per plan, for the
   * preview. In slices of rules with a pause between them, so that an Apply clicked meanwhile is
   * not kept waiting for the whole check (about a second at 10,000 rules).
   */
  async compliance(sliceSize = 500): Promise<PackComplianceFlag[][]> {
    const out: PackComplianceFlag[][] = [];
    for (const { incoming } of this.plans) {
      const flags: PackComplianceFlag[] = [];
      for (let i = 0; i < incoming.rules.length; i += sliceSize) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        flags.push(...packComplianceFlags({ rules: incoming.rules.slice(i, i + sliceSize), bannedPhrases: incoming.bannedPhrases }));
      }
      out.push(flags);
    }
    return out;
  }

  /**
   * Writes every pack of the prepared file in one transaction. The plans were made against the
   * library as it was; if it changed meanwhile, plan again inside the transaction.
   */
  async apply(mode: ApplyMode, now = Date.now()): Promise<Applied> {
    const plans = this.plans;
    if (!plans.length) throw new Error('nothing to apply: choose a file first');
    const db = this.db;
    // What each write replaces is read in the write's transaction, so the undo entry is exactly
    // what this import changed.
    const undo = await db.transaction('rw', [db.packs, db.rules, db.learned, db.settings], async () => {
      const same = (await libraryRevision(db)) === this.revision;
      const writes: WrittenImport[] = [];
      for (const plan of plans) {
        const fresh = same ? plan : planImport(plan.incoming, await loadStoredPack(db, plan.packId));
        writes.push(await writeAppliedImport(db, applyPlan(fresh, mode), 'import', now, this.file));
      }
      return importUndoEntry(`import ${this.file}`, writes);
    });
    this.plans = [];
    return { packs: plans.map((p) => ({ pack: p.incoming.name, version: p.incomingVersion })), undo };
  }

  cancel(): void {
    this.generation++;
    this.plans = [];
  }
}
