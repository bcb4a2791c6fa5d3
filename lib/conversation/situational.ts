import type { LibraryRule } from '../match/types';
import { compareRank } from './rank';

export interface SituationalPick {
  rule: LibraryRule;
  language: string;
  variants: string[];
}

/**
 * The welcome or offline rule that answers a buyer in `language`: among rules that apply to the
 * SKU in view (or name no SKUs), those with replies in the buyer's language; failing that, those
 * with replies in their pack's default language. The winner is the first by priority, then rule id.
 */
export function pickSituational(rules: readonly LibraryRule[], language: string, sku?: string): SituationalPick | undefined {
  const applicable = rules.filter((r) => !r.skus?.length || (sku !== undefined && r.skus.includes(sku)));
  const rank = (list: LibraryRule[]) =>
    [...list].sort((a, b) =>
      compareRank({ priority: a.priority ?? 0, score: 1, packId: a.packId, ruleId: a.id }, { priority: b.priority ?? 0, score: 1, packId: b.packId, ruleId: b.id }),
    )[0];
  const own = rank(applicable.filter((r) => r.replies[language]?.length));
  if (own) return { rule: own, language, variants: own.replies[language] };
  const fallback = rank(applicable.filter((r) => r.replies[r.defaultLanguage]?.length));
  return fallback && { rule: fallback, language: fallback.defaultLanguage, variants: fallback.replies[fallback.defaultLanguage] };
}
