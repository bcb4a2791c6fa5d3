import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { displayRuleTitle } from '../../lib/pack/starter/display-names';
import { useUiLanguage } from './I18n';

/** A rule as people know it: its title (the starter's in the interface language), else its id. */
export type RuleNamer = (packId: string | undefined, ruleId: string) => string;

const RuleNamesContext = createContext<RuleNamer | null>(null);

interface Titled {
  packId: string;
  id: string;
  title?: string;
}

/** Names every rule of the library by title for the components below (problems, try-it, lists). */
export function RuleNamesProvider({ rules, children }: { rules: readonly Titled[]; children: ReactNode }) {
  const ui = useUiLanguage();
  const namer = useMemo<RuleNamer>(() => {
    const byKey = new Map<string, Titled>();
    const byId = new Map<string, Titled>();
    for (const r of rules) {
      byKey.set(`${r.packId}\u0000${r.id}`, r);
      if (!byId.has(r.id)) byId.set(r.id, r);
    }
    return (packId, ruleId) => {
      const rule = (packId !== undefined ? byKey.get(`${packId}\u0000${ruleId}`) : undefined) ?? byId.get(ruleId);
      return displayRuleTitle(rule?.packId ?? packId, ruleId, rule?.title, ui);
    };
  }, [rules, ui]);
  return <RuleNamesContext.Provider value={namer}>{children}</RuleNamesContext.Provider>;
}

/** The namer of the nearest provider; without one, rules are named by their starter title or id. */
export function useRuleName(): RuleNamer {
  const ui = useUiLanguage();
  const namer = useContext(RuleNamesContext);
  return namer ?? ((packId, ruleId) => displayRuleTitle(packId, ruleId, undefined, ui));
}
