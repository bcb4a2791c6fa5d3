import { checkReadiness, detectConflicts } from '../conversation';
import type { LibraryRule } from '../match/types';
import { checkedLanguages, type EditorProblem, type LibrarySnapshot } from './problems';

/**
 * lib/conversation's checks (rules that never fire, duplicate keywords, ties, readiness) as
 * editor problems at the rule they are about. Findings name rules by id; where two packs share
 * an id, the first pack's rule carries the problem.
 */
export function libraryChecks(library: LibrarySnapshot): EditorProblem[] {
  // The first pack's rule carries a finding where two packs share an id (a Map: find() per finding was quadratic).
  const packs = new Map<string, string>();
  for (const r of library.rules) if (!packs.has(r.id)) packs.set(r.id, r.packId);
  const packOf = (ruleId: string) => packs.get(ruleId) ?? '';
  const out: EditorProblem[] = [];
  for (const f of detectConflicts(library.rules)) {
    const [a, b] = f.ruleIds;
    if (f.kind === 'never-fires') out.push({ kind: 'never-fires', packId: packOf(a), ruleId: a, winner: b });
    else if (f.kind === 'duplicate-keyword') {
      out.push({ kind: 'duplicate-keyword', packId: packOf(a), ruleId: a, keyword: f.keyword ?? '', others: [b] });
      out.push({ kind: 'duplicate-keyword', packId: packOf(b), ruleId: b, keyword: f.keyword ?? '', others: [a] });
    } else {
      out.push({ kind: 'tie', packId: packOf(a), ruleId: a, other: b, language: f.language, keyword: f.keyword });
      out.push({ kind: 'tie', packId: packOf(b), ruleId: b, other: a, language: f.language, keyword: f.keyword });
    }
  }
  const rules: LibraryRule[] = library.rules.map((r) => ({ ...r, packVersion: '', defaultLanguage: library.defaultLanguages.get(r.packId) ?? 'en' }));
  for (const p of checkReadiness(rules, checkedLanguages(library)).problems) {
    out.push({ kind: 'readiness', language: p.language, code: p.code, have: p.have, detail: p.problem });
  }
  return out;
}
