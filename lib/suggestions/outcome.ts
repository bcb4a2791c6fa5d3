import type { ShownSuggestion } from '../messages/protocol';
import { sameText } from '../text/fold';

export interface PendingForOutcome {
  suggestions: ShownSuggestion[];
  inserted?: { index: number; text: string; override?: { ruleId: string; packId: string } };
}

export interface SentOutcome {
  outcome: 'accepted' | 'edited-then-sent' | 'overridden';
  /** The rule whose reply was sent (for learning), when one was. */
  ruleId?: string;
  packId?: string;
}

/**
 * What the agent's sent message says about the suggestions: sent as inserted (accepted), changed
 * first (edited then sent), or something else (overridden, with the rule when the agent chose
 * another rule's reply from the library).
 */
export function sentOutcome(pending: PendingForOutcome, sentText: string): SentOutcome | undefined {
  const inserted = pending.inserted;
  if (!inserted) return pending.suggestions.length ? { outcome: 'overridden' } : undefined;
  if (inserted.override) return { outcome: 'overridden', ...inserted.override };
  const suggestion = pending.suggestions[inserted.index];
  if (!suggestion) return { outcome: 'overridden' };
  const rule = { ruleId: suggestion.ruleId, packId: suggestion.packId };
  return sameText(sentText, inserted.text) ? { outcome: 'accepted', ...rule } : { outcome: 'edited-then-sent', ...rule };
}
