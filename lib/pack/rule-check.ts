import { RuleSchema, type Rule } from './schema';
import { jsonPath } from './errors';
import { findVariables, isKnownVariable } from '../templates/variables';
import type { InputProblemCode } from './errors';
import { codeOfIssue } from './issue-codes';

/** A reason an edited rule cannot be saved, with the field it is about (`replies.en[0]`). */
export interface RuleProblem {
  field: string;
  message: string;
  /** For unknown variables: the name, so that the interface can say it in its own language. */
  variable?: string;
  /** The pack-format problem as a catalogue code (`importError.<code>`) with its values. */
  code?: InputProblemCode;
  values?: Record<string, string | number>;
}

/** Unknown `{variables}` in a rule's replies, each with the reply it is in. */
export function unknownVariables(rule: Pick<Rule, 'replies'>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [lang, replies] of Object.entries(rule.replies ?? {})) {
    replies.forEach((reply, i) => {
      for (const name of findVariables(reply)) {
        if (!isKnownVariable(name)) {
          problems.push({ field: jsonPath(['replies', lang, i]), variable: name, message: `uses the unknown variable {${name}}` });
        }
      }
    });
  }
  return problems;
}

/** What keeps a rule from being saved: the pack format's rules, and unknown variables. */
export function checkRule(rule: unknown): RuleProblem[] {
  const parsed = RuleSchema.safeParse(rule);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ field: jsonPath(issue.path), message: issue.message, ...codeOfIssue(issue, rule) }));
  return unknownVariables(parsed.data);
}
