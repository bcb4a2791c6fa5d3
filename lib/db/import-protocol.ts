import { z } from 'zod';
import type { PackComplianceFlag } from '../compliance/check';
import type { Applied, Prepared } from './import-session';
import { INPUT_PROBLEM_CODES } from '../pack/errors';

/**
 * Messages between the options page and its import worker (entrypoints/options/import-worker.ts).
 * The worker parses every request; the page parses every answer.
 */

const requestId = z.number().int().nonnegative();

export const ImportRequestSchema = z.discriminatedUnion('type', [
  z.object({ id: requestId, type: z.literal('prepare'), file: z.instanceof(Blob), name: z.string().max(1000) }),
  z.object({ id: requestId, type: z.literal('compliance') }),
  z.object({ id: requestId, type: z.literal('apply'), mode: z.enum(['replace', 'merge-keep-local']) }),
  z.object({ id: requestId, type: z.literal('cancel') }),
]);
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportAnswerSchema = z.union([
  z.object({ id: requestId, ok: z.literal(true), value: z.unknown() }),
  z.object({ id: requestId, ok: z.literal(false), error: z.string() }),
]);
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;

const ids = z.array(z.string());
const change = z.object({ ruleId: z.string(), fields: ids });

export const PlanSummarySchema = z.object({
  kind: z.enum(['new-pack', 'update', 'same-version', 'older-version']),
  packId: z.string(),
  packName: z.string(),
  incomingVersion: z.string(),
  existingVersion: z.string().optional(),
  metaChanged: ids,
  added: ids,
  changed: z.array(change),
  removed: ids,
  conflicts: z.array(change.extend({ why: z.enum(['changed-in-both', 'edited-here', 'removed-from-pack']) })),
  unchanged: z.number().int().nonnegative(),
  diffs: z.array(z.object({
    ruleId: z.string(),
    change: z.enum(['added', 'changed', 'removed', 'conflict']),
    texts: z.array(z.object({ field: z.enum(['keywords', 'examples', 'replies']), language: z.string(), before: ids, after: ids })),
  })),
});

// Every field of an InputProblem: the code, values and place are what the page says in the person's language.
const problem = z.object({
  file: z.string(),
  where: z.string(),
  message: z.string(),
  code: z.enum(INPUT_PROBLEM_CODES).optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  at: z.object({ line: z.number(), column: z.number() }).optional(),
  cell: z.object({ row: z.number().optional(), column: z.string().optional(), value: z.number().optional() }).optional(),
});
const encodings = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-kr']);
const decodeProblem = z.union([
  z.object({ code: z.literal('unknown-encoding'), detected: z.string().optional() }),
  z.object({ code: z.enum(['undecodable', 'not-text']), encoding: encodings, line: z.number().int().positive() }),
]);

export const PreparedSchema = z.union([
  z.object({ ok: z.literal(true), file: z.string(), plans: z.array(PlanSummarySchema) }),
  z.object({ ok: z.literal(false), reason: z.literal('too-large'), file: z.string(), bytes: z.number(), limit: z.number() }),
  z.object({ ok: z.literal(false), reason: z.literal('encoding'), file: z.string(), problem: decodeProblem }),
  z.object({ ok: z.literal(false), reason: z.literal('problems'), file: z.string(), problems: z.array(problem), total: z.number().int() }),
]);

// Loose objects: the preview reads these fields; lib/compliance may add others.
const violation = z.looseObject({ rule: z.string(), index: z.number(), length: z.number(), match: z.string() });
export const ComplianceFlagsSchema = z.array(
  z.array(z.looseObject({ ruleId: z.string(), language: z.string(), replyIndex: z.number().int(), reply: z.string(), violations: z.array(violation) })),
);

export const parseComplianceFlags = (value: unknown) => ComplianceFlagsSchema.parse(value) as unknown as PackComplianceFlag[][];

// The undo entry carries records as the library holds them: checked for the shape restore() reads,
// their rule content passes through (it was read from the library a moment before).
const record = z.looseObject({ id: z.string() });
const ruleRecord = z.looseObject({ id: z.string(), packId: z.string() });
const learnedRecord = z.looseObject({ id: z.number().int(), packId: z.string(), ruleId: z.string(), text: z.string() });
export const ImportUndoSchema = z.object({
  label: z.string(),
  rules: z.array(z.object({ packId: z.string(), ruleId: z.string(), before: ruleRecord.optional() })),
  packs: z.array(z.object({ packId: z.string(), before: record.optional() })).optional(),
  learnedRemoved: z.array(learnedRecord).optional(),
  learnedAdded: z.array(z.number().int()).optional(),
});

export const AppliedSchema = z.object({
  packs: z.array(z.object({ pack: z.string(), version: z.string() })),
  undo: ImportUndoSchema,
});
export const parseApplied = (value: unknown) => AppliedSchema.parse(value) as unknown as Applied;

// The schemas describe the session's own types: a change to one that the other misses fails here.
const _prepared: z.infer<typeof PreparedSchema> = {} as Prepared;
const _back: Prepared = {} as z.infer<typeof PreparedSchema>;
void _prepared;
void _back;
