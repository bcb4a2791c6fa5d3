/** One problem found in a file a person gave us, located well enough to fix it. */
export interface InputProblem {
  /** The file's name as the person knows it. */
  file: string;
  /** JSON path such as `rules[3].replies.en[0]`, or a CSV row such as `row 7, column "replies.en"`. */
  where: string;
  message: string;
}

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
