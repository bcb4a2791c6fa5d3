import type { ImportPlan } from './plan';
import type { TextsByLanguage } from './schema';

/**
 * The texts an import changes, rule by rule and language by language, for the preview: a supervisor
 * reads what buyers will see before Apply, not only rule ids.
 */

export const DIFF_FIELDS = ['keywords', 'examples', 'replies'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface TextChange {
  field: DiffField;
  language: string;
  before: string[];
  after: string[];
}

export interface RuleDiff {
  ruleId: string;
  /** `conflict`: edited here and changed by the pack; Replace takes the `after` side. */
  change: 'added' | 'changed' | 'removed' | 'conflict';
  texts: TextChange[];
}

type Texts = Partial<Record<DiffField, TextsByLanguage | undefined>>;

export function textChanges(before: Texts | undefined, after: Texts | undefined): TextChange[] {
  const out: TextChange[] = [];
  for (const field of DIFF_FIELDS) {
    const was = before?.[field] ?? {};
    const now = after?.[field] ?? {};
    const languages = [...new Set([...Object.keys(was), ...Object.keys(now)])];
    for (const language of languages) {
      const b = was[language] ?? [];
      const a = now[language] ?? [];
      if (b.length !== a.length || b.some((t, i) => t !== a[i])) out.push({ field, language, before: b, after: a });
    }
  }
  return out;
}

/** Every rule the plan adds, changes, removes or conflicts on, in that order, with its text changes. */
export function ruleDiffs(plan: ImportPlan): RuleDiff[] {
  const incoming = new Map(plan.incoming.rules.map((r) => [r.id, r]));
  const existing = new Map((plan.existing?.rules ?? []).map((r) => [r.id, r]));
  const diff = (ruleId: string, change: RuleDiff['change']): RuleDiff => ({
    ruleId,
    change,
    texts: textChanges(existing.get(ruleId), change === 'removed' ? undefined : incoming.get(ruleId)),
  });
  return [
    ...plan.added.map((id) => diff(id, 'added')),
    ...plan.changed.map((c) => diff(c.ruleId, 'changed')),
    ...plan.removed.map((id) => diff(id, 'removed')),
    ...plan.conflicts.map((c) => diff(c.ruleId, c.why === 'removed-from-pack' ? 'removed' : 'conflict')),
  ];
}
