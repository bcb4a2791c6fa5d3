/** The eight languages every concept is written in. */
export const CONCEPT_LANGUAGES = ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko'] as const;
export type ConceptLanguage = (typeof CONCEPT_LANGUAGES)[number];

/**
 * One shop customer-service concept and how buyers say it in each language.
 *
 * A term is matched on the message as `normalize` leaves it (lower case, accents folded, NFKC),
 * so terms may be written with their accents:
 * - Latin-script terms match whole words ("money back" does not fire on "moneybag"); a trailing
 *   `*` makes the last word a prefix ("reembols*" = reembolso, reembolsar, reembolsado…). Keep
 *   prefixes long enough not to start unrelated words.
 * - Chinese, Japanese and Korean terms match anywhere in the text (no spaces between words,
 *   particles glued on: 배송 matches 배송이, 배송은), so they must be at least two characters and
 *   not part of common unrelated words.
 * Where two terms overlap, the longer one wins ("优惠券" is a coupon, not the discount "优惠").
 */
export interface Concept {
  /** Stable id; the model feature is `§` + id. */
  id: string;
  terms: Record<ConceptLanguage, string[]>;
}
