import type { InputProblemCode } from './errors';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './schema';
import type { GuardProblem } from './guard';
import { MAX_PACK_DEPTH } from './limits';

/** The parts of a zod issue the codes are read from. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  origin?: unknown;
  values?: readonly unknown[];
  maximum?: unknown;
}

export interface CodedIssue {
  code: InputProblemCode;
  values?: Record<string, string | number>;
}

/** The value at `path` in what was read, to say what was there instead. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A value's type as a catalogue word (`importError.type.<word>`). */
export function typeWord(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

const EXPECTED_WORD: Record<string, string> = { record: 'object', array: 'array', object: 'object', string: 'string', number: 'number', boolean: 'boolean' };

/**
 * A pack-format issue (from PackSchema or RuleSchema) as a code and values for the interface to
 * word. Read from the issue's kind and path, not its English message, so a reworded message keeps
 * its code. Undefined when no code fits: then only the English message describes it.
 */
export function codeOfIssue(issue: IssueLike, input: unknown): CodedIssue | undefined {
  const path = issue.path;
  const last = path[path.length - 1];
  const inRules = path[0] === 'rules' || (typeof path[0] === 'number' && path[1] === 'rules');
  const textsField = path.some((k) => k === 'replies' || k === 'keywords' || k === 'examples' || k === 'bannedPhrases' || k === 'learnedExamples');
  // Replies need a real language; keywords, examples, banned phrases and learned examples also take "*".
  const languageCode = path.includes('replies') || last === 'defaultLanguage' ? 'bad-language' : 'bad-language-key';
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'not-whole' };
      if (value === undefined) return { code: 'missing' };
      return { code: 'wrong-type', values: { expected: EXPECTED_WORD[String(issue.expected)] ?? String(issue.expected), received: typeWord(value) } };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty-text' };
      if (issue.origin === 'number') return { code: 'threshold-range' };
      if (last === 'rules') return { code: 'no-rules' };
      return { code: 'no-reply-variants' };
    case 'too_big':
      if (issue.origin === 'number') return { code: 'threshold-range' };
      if (issue.origin === 'string') return { code: 'too-long', values: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' && path.includes('learnedExamples')) return { code: 'too-many-learned', values: { max: Number(issue.maximum) } };
      return undefined;
    case 'invalid_key':
      return { code: languageCode, values: { key: String(last) } };
    case 'invalid_format':
      if (last === 'id') return { code: inRules ? 'bad-rule-id' : 'bad-pack-id', values: { value: String(value) } };
      if (last === 'defaultLanguage' || textsField) return { code: languageCode, values: { key: String(value) } };
      return undefined;
    case 'invalid_value':
      if (last === 'kind') return { code: 'bad-kind', values: { value: String(value) } };
      if (last === 'format') return { code: 'bad-format', values: { expected: PACK_FORMAT } };
      if (last === 'formatVersion') {
        return typeof value === 'number' && value > PACK_FORMAT_VERSION
          ? { code: 'newer-format', values: { value, expected: PACK_FORMAT_VERSION } }
          : { code: 'bad-format', values: { expected: PACK_FORMAT_VERSION } };
      }
      return undefined;
    case 'custom': {
      if (last === 'keywords') return { code: 'faq-needs-keywords' };
      if (last === 'replies') return { code: 'no-replies' };
      const twice = /also at rules\[(\d+)\]/.exec(issue.message);
      if (last === 'id' && twice) return { code: 'duplicate-rule-id', values: { id: String(value), first: Number(twice[1]) } };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The hostile-input guard's problem (lib/pack/guard.ts) as a code and values. */
export function codeOfGuard(problem: GuardProblem, maxDepth = MAX_PACK_DEPTH): CodedIssue {
  return problem.code === 'too-deep' ? { code: 'too-deep', values: { max: maxDepth } } : { code: 'reserved-name', values: { name: problem.name ?? '' } };
}
