/** Deterministic order: higher priority, then higher score, then pack id and rule id (never chance). */
export interface Rankable {
  priority: number;
  score: number;
  packId: string;
  ruleId: string;
}

export function compareRank(a: Rankable, b: Rankable): number {
  return (
    b.priority - a.priority ||
    b.score - a.score ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.packId < b.packId ? -1 : a.packId > b.packId ? 1 : 0)
  );
}
