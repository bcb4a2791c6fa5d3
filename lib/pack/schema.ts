import { z } from 'zod';
import { MAX_LEARNED_PER_LANGUAGE, MAX_LEARNED_TEXT } from './limits';

/**
 * The phrase pack format, version 1 (shared/spec/phrase-pack-v1.md). This file is the contract:
 * a pack that keeps that page is never rejected, and no field named there changes meaning.
 * Unknown fields are kept (passthrough) so that packs from newer tools survive a round trip.
 */

export const PACK_FORMAT = 'shopreply.pack';
export const PACK_FORMAT_VERSION = 1;
export const DEFAULT_THRESHOLD = 0.85;
export const DEFAULT_LANGUAGE = 'en';

/** The eight languages the product serves; packs may name any other ISO 639-1 code. */
export const PRODUCT_LANGUAGES = ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko'] as const;
export type ProductLanguage = (typeof PRODUCT_LANGUAGES)[number];

export const KNOWN_VARIABLES = [
  'buyer_name',
  'order_id',
  'sku',
  'product_name',
  'agent_name',
  'shop_name',
] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as "en" or "zh"');
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

const LANGUAGE_KEY_MESSAGE = 'is not a language: write an ISO 639-1 code such as "en" or "zh", or "*" for every language';
const LANGUAGE_CODE_MESSAGE = 'is not a language: write an ISO 639-1 code such as "en" or "zh"';

/** A language code, or "*" for every language (one regex: a union cost a third of validating a pack). */
export const LanguageKeySchema = z.string().regex(/^(?:\*|[a-z]{2})$/, LANGUAGE_KEY_MESSAGE);

/** What a value is, in a person's words, for messages such as "must be a list, not a number". */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
const textOnly = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be a text in quotes, not ${describe(issue.input)}`) };
const listOnly = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be a list of texts such as ["…"], not ${describe(issue.input)}`) };
const mapOnly = {
  error: (issue: { code?: string; input?: unknown }) =>
    issue.code === 'invalid_type'
      ? `must map language codes to lists of texts, e.g. {"en": ["…"]}, not ${describe(issue.input)}`
      : issue.code === 'invalid_key'
        ? LANGUAGE_KEY_MESSAGE
        : undefined,
};

const nonEmptyText = z.string(textOnly).trim().min(1, 'must not be empty');

export const TextsByLanguageSchema = z.record(LanguageKeySchema, z.array(nonEmptyText, listOnly), mapOnly);
export type TextsByLanguage = z.infer<typeof TextsByLanguageSchema>;

/**
 * Buyer messages agents confirmed for a rule: a product field (not in the spec) that library
 * backups carry. The matcher and the editor read it, so it is checked like any spec field.
 */
export const LearnedExamplesSchema = z.record(
  LanguageKeySchema,
  z
    .array(z.string(textOnly).max(MAX_LEARNED_TEXT, `must be at most ${MAX_LEARNED_TEXT} characters long`), listOnly)
    .max(MAX_LEARNED_PER_LANGUAGE, `holds more than ${MAX_LEARNED_PER_LANGUAGE} learned examples`),
  mapOnly,
);

export const RepliesByLanguageSchema = z
  .record(LanguageCodeSchema, z.array(nonEmptyText, listOnly).min(1, 'needs at least one reply'), {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? LANGUAGE_CODE_MESSAGE
        : issue.code !== 'invalid_type'
        ? undefined
        : issue.input === undefined
          ? 'is missing: every rule needs replies in at least one language'
          : 'must map language codes to lists of replies, e.g. {"en": ["Hi!"]}',
  })
  .refine((r) => Object.keys(r).length > 0, 'needs replies in at least one language');

export const RuleKindSchema = z.enum(['faq', 'welcome', 'offline', 'quick']);
export type RuleKind = z.infer<typeof RuleKindSchema>;

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must start with a letter or digit and hold only letters, digits, "_", "." or "-"'),
    kind: RuleKindSchema,
    title: z.string().optional(),
    priority: z.number().int('must be a whole number').optional(),
    threshold: z
      .number()
      .gt(0, 'must be above 0 (a share such as 0.85, not a percentage)')
      .lte(1, 'must be at most 1 (a share such as 0.85, not a percentage)')
      .optional(),
    keywords: TextsByLanguageSchema.optional(),
    examples: TextsByLanguageSchema.optional(),
    replies: RepliesByLanguageSchema,
    skus: z.array(nonEmptyText, listOnly).optional(),
    tags: z.array(z.string(textOnly), listOnly).optional(),
    learnedExamples: LearnedExamplesSchema.optional(),
  }, { error: (issue) => (issue.code === 'invalid_type' ? `must be a rule: an object with "id", "kind" and "replies", not ${describe(issue.input)}` : undefined) })
  .passthrough()
  .superRefine((rule, ctx) => {
    if (rule.kind !== 'faq') return;
    const count = (t?: TextsByLanguage) =>
      t ? Object.values(t).reduce((n, list) => n + list.length, 0) : 0;
    if (count(rule.keywords) + count(rule.examples) === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'a faq rule needs keywords or examples (or both)',
        path: ['keywords'],
      });
    }
  });
export type Rule = z.infer<typeof RuleSchema>;

export const PackSchema = z
  .object({
    format: z.literal(PACK_FORMAT, { error: `must be "${PACK_FORMAT}"` }),
    formatVersion: z.literal(PACK_FORMAT_VERSION, {
      error: (iss) =>
        typeof iss.input === 'number' && iss.input > PACK_FORMAT_VERSION
          ? `is ${String(iss.input)}: this pack was written by a newer ShopReply; this version reads format version ${PACK_FORMAT_VERSION}`
          : `must be ${PACK_FORMAT_VERSION}`,
    }),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must hold only lower-case letters, digits and "-", starting with a letter or digit'),
    name: nonEmptyText,
    version: nonEmptyText,
    description: z.string().optional(),
    defaultLanguage: LanguageCodeSchema.optional(),
    rules: z.array(RuleSchema, { error: (issue) => (issue.input === undefined ? 'is missing: a pack needs a list of rules' : `must be a list of rules, not ${describe(issue.input)}`) }).min(1, 'a pack needs at least one rule'),
    bannedPhrases: TextsByLanguageSchema.optional(),
  }, { error: (issue) => (issue.code === 'invalid_type' ? `must be a pack: an object with "format": "${PACK_FORMAT}", not ${describe(issue.input)}` : undefined) })
  .passthrough()
  .superRefine((pack, ctx) => {
    const seen = new Map<string, number>();
    pack.rules.forEach((rule, i) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `rule id "${rule.id}" is used twice (also at rules[${first}]); ids must be unique within a pack`,
          path: ['rules', i, 'id'],
        });
      } else seen.set(rule.id, i);
    });
  });
export type Pack = z.infer<typeof PackSchema>;
