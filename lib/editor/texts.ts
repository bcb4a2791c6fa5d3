import { PRODUCT_LANGUAGES, type Rule, type TextsByLanguage } from '../pack/schema';

/** Lines of a textarea → the list it stands for: trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** The map with one language's list replaced; an empty list removes the language. */
export function withLanguage(texts: TextsByLanguage | undefined, language: string, list: readonly string[]): TextsByLanguage | undefined {
  const out: TextsByLanguage = { ...(texts ?? {}) };
  if (list.length) out[language] = [...list];
  else delete out[language];
  return Object.keys(out).length ? out : undefined;
}

/** The rule with `field` set, leaving the field out when it is empty (as a pack would). */
export function withField<K extends keyof Rule>(rule: Rule, field: K, value: Rule[K] | undefined): Rule {
  const out = { ...rule } as Record<string, unknown>;
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete out[field];
  else out[field] = value;
  return out as Rule;
}

/**
 * Tabs for a rule's texts: the eight product languages, then any other language the rule or its
 * pack uses, then "*" (every language) for keywords and examples.
 */
export function languageTabs(used: Iterable<string>, withAny: boolean): string[] {
  const extra = [...new Set(used)].filter((l) => l !== '*' && !(PRODUCT_LANGUAGES as readonly string[]).includes(l)).sort();
  return [...PRODUCT_LANGUAGES, ...extra, ...(withAny ? ['*'] : [])];
}

/** Every language key a rule's keywords, examples or replies name. */
export function ruleLanguages(rule: Pick<Rule, 'keywords' | 'examples' | 'replies'>): string[] {
  return [...new Set([rule.keywords, rule.examples, rule.replies].flatMap((t) => Object.keys(t ?? {})))];
}

export const countTexts = (texts?: TextsByLanguage, language?: string): number =>
  language ? (texts?.[language]?.length ?? 0) : Object.values(texts ?? {}).reduce((n, l) => n + l.length, 0);
