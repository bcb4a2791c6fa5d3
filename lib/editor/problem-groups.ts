import type { EditorProblem } from './problems';

export type ProblemKind = EditorProblem['kind'];

/** Errors first, then what makes rules misfire, then gaps. */
export const PROBLEM_KIND_ORDER: readonly ProblemKind[] = [
  'readiness', 'unknown-variable', 'banned-phrase', 'never-fires', 'tie', 'duplicate-keyword', 'missing-language', 'other',
];

/** The problems of one kind about one rule (or about the shop, for readiness). */
export interface ProblemRuleGroup {
  packId?: string;
  ruleId?: string;
  problems: EditorProblem[];
}

export interface ProblemKindGroup {
  kind: ProblemKind;
  /** Problems of this kind in all. */
  count: number;
  rules: ProblemRuleGroup[];
}

/** Problems grouped by kind, then by rule, in the problems' own order within each. */
export function groupProblems(problems: readonly EditorProblem[]): ProblemKindGroup[] {
  const byKind = new Map<ProblemKind, Map<string, ProblemRuleGroup>>();
  for (const p of problems) {
    const packId = 'packId' in p ? p.packId : undefined;
    const ruleId = 'ruleId' in p ? p.ruleId : undefined;
    const rules = byKind.get(p.kind) ?? new Map<string, ProblemRuleGroup>();
    byKind.set(p.kind, rules);
    const key = `${packId ?? ''}\u0000${ruleId ?? ''}`;
    const group = rules.get(key) ?? { packId, ruleId, problems: [] };
    rules.set(key, group);
    group.problems.push(p);
  }
  return PROBLEM_KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => {
    const rules = [...byKind.get(kind)!.values()];
    return { kind, count: rules.reduce((n, r) => n + r.problems.length, 0), rules };
  });
}
