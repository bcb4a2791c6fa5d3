import type { Rule } from '../pack/schema';
import type { Phrase } from '../messages/protocol';

/** Every reply variant of the library as a phrase an agent can search and insert. */
export function phrasesOf(rules: ReadonlyArray<Rule & { packId: string }>): Phrase[] {
  const phrases: Phrase[] = [];
  for (const rule of rules) {
    const keywords = Object.values(rule.keywords ?? {}).flat();
    for (const [language, replies] of Object.entries(rule.replies)) {
      for (const text of replies) {
        phrases.push({ ruleId: rule.id, packId: rule.packId, kind: rule.kind, title: rule.title, language, text, keywords });
      }
    }
  }
  return phrases;
}
