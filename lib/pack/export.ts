import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack, type Rule, type TextsByLanguage } from './schema';

/** A pack's own fields as the library keeps them, with any extra fields the pack had. */
export interface PackMeta {
  id: string;
  name: string;
  version: string;
  description?: string;
  defaultLanguage?: string;
  bannedPhrases?: TextsByLanguage;
  format?: string;
  formatVersion?: number;
  [extra: string]: unknown;
}

/** A rule as the library keeps it. */
export interface StoredRule extends Rule {
  /** ruleHash of the rule as last imported (see plan-hash.ts); absent for rules made here. */
  importedHash?: string;
  /** Buyer messages agents confirmed for this rule; a product field, not part of the spec. */
  learnedExamples?: TextsByLanguage;
}

export interface StoredPack {
  meta: PackMeta;
  rules: StoredRule[];
}

/** Fields the library adds to rules for its own use; never written to a pack file. */
export const STORAGE_FIELDS = ['importedHash', 'updatedAt', 'packId', 'packVersion', 'defaultLanguage'] as const;
export const LEARNED_FIELD = 'learnedExamples';

export interface ExportOptions {
  /** Add each rule's learned examples as `learnedExamples`. */
  includeLearned?: boolean;
}

/** The rule as it goes into a pack file: no storage fields, learned examples only when asked. */
export function exportRule(rule: StoredRule, options: ExportOptions = {}): Rule {
  const out: Record<string, unknown> = { ...rule };
  for (const field of STORAGE_FIELDS) delete out[field];
  const learned = rule.learnedExamples;
  delete out[LEARNED_FIELD];
  if (options.includeLearned && learned && Object.values(learned).some((list) => list.length)) out[LEARNED_FIELD] = learned;
  return out as Rule;
}

/** A pack to share with other shops or agents: learned examples stay home unless asked. */
export function sharedPack(stored: StoredPack, options: ExportOptions = {}): Pack {
  return {
    ...stored.meta,
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    rules: stored.rules.map((rule) => exportRule(rule, options)),
  } as Pack;
}

/** The whole library as pack files, for a backup: learned examples go with it unless told not to. */
export function libraryToPacks(library: readonly StoredPack[], options: ExportOptions = {}): Pack[] {
  const includeLearned = options.includeLearned ?? true;
  return library.map((stored) => sharedPack(stored, { includeLearned }));
}

const PACK_ORDER = ['format', 'formatVersion', 'id', 'name', 'version', 'description', 'defaultLanguage', 'bannedPhrases'];
const RULE_ORDER = ['id', 'kind', 'title', 'priority', 'threshold', 'keywords', 'examples', 'replies', 'skus', 'tags'];

/** Spec fields first in the spec's order, then any other fields in the order they came. */
function ordered<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const known = order.flatMap((k) => entries.filter(([key]) => key === k));
  const rest = entries.filter(([key]) => !order.includes(key));
  return Object.fromEntries([...known, ...rest]) as T;
}

/** The pack as a pretty, stable JSON file; parsePackText gives back a pack deep-equal to it. */
export function packToJson(pack: Pack): string {
  const { rules, ...meta } = pack;
  const out = { ...ordered(meta, PACK_ORDER), rules: rules.map((rule) => ordered(rule, RULE_ORDER)) };
  return JSON.stringify(out, null, 2) + '\n';
}
