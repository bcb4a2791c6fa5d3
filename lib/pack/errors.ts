/** One problem found in a file a person gave us, located well enough to fix it. */
export interface InputProblem {
  /** The file's name as the person knows it. */
  file: string;
  /** JSON path such as `rules[3].replies.en[0]`, or a CSV row such as `row 7, column "replies.en"`. */
  where: string;
  /** English, for scripts and logs; people read `code` and `values` through the catalogue. */
  message: string;
  /** What is wrong, as a catalogue key `importError.<code>` (absent: only `message` says it). */
  code?: InputProblemCode;
  /** The values the catalogue text names (`{rule}`, `{name}`, `{expected}`…). */
  values?: Record<string, string | number>;
  /** For a JSON syntax error: where in the text (then `where` is its English form). */
  at?: { line: number; column: number };
  /** For a CSV: the row (as the spreadsheet numbers it), the column as its header writes it, and
   * the place of the value in a cell of several (1-based); then `where` is their English form. */
  cell?: { row?: number; column?: string; value?: number };
}

/** Every code a problem of a file can have: each is a catalogue key `importError.<code>`. */
export const INPUT_PROBLEM_CODES = [
  'json-syntax', 'unknown-variable', 'missing', 'wrong-type', 'empty-text', 'no-replies', 'no-reply-variants',
  'no-rules', 'bad-language', 'bad-language-key', 'bad-rule-id', 'bad-pack-id', 'bad-kind', 'bad-format', 'newer-format',
  'not-whole', 'threshold-range', 'faq-needs-keywords', 'duplicate-rule-id', 'duplicate-pack-id', 'no-pack',
  'too-long', 'too-many-learned', 'too-deep', 'reserved-name', 'invalid',
  'csv-quote-open', 'csv-quote-after', 'csv-empty', 'csv-column-twice', 'csv-no-replies-column', 'csv-pack-value-differs',
  'csv-no-header', 'csv-banned-differs', 'csv-pack-row-cell', 'csv-bad-kind', 'csv-empty-kind', 'csv-not-whole',
  'csv-missing-pack-field', 'csv-no-rules', 'csv-unknown-column', 'csv-reserved-column', 'csv-column-language', 'csv-replies-any',
  'csv-threshold-text', 'csv-threshold-percent', 'csv-threshold-low', 'csv-threshold-high', 'csv-duplicate-rule-id',
  'profile-unknown-role', 'profile-unknown-field', 'profile-bad-selector', 'profile-missing-role', 'profile-bad-pattern',
  'profile-bad-id-source', 'profile-bad-regex', 'profile-bad-send', 'profile-empty-list',
] as const;
export type InputProblemCode = (typeof INPUT_PROBLEM_CODES)[number];

export function formatProblem(p: InputProblem): string {
  return p.where ? `${p.file}: ${p.where}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** `["rules", 3, "replies", "en", 0]` → `rules[3].replies.en[0]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_*][\w-]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || '(top level)';
}

export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}

/** The first problems of a refused file, to list, and how many there are in all. */
export interface ListedProblems {
  listed: InputProblem[];
  total: number;
}

export function listProblems(problems: readonly InputProblem[], max: number): ListedProblems {
  return { listed: problems.slice(0, max), total: problems.length };
}
