import { AFTERSALES_CONCEPTS } from './aftersales';
import { CONTACT_CONCEPTS } from './contact';
import { LOGISTICS_CONCEPTS } from './logistics';
import { MONEY_CONCEPTS } from './money';
import { PRODUCT_CONCEPTS } from './product';
import type { Concept } from './types';

/** Every shop concept (see docs/concepts.md for how to add one). */
export const CONCEPTS: readonly Concept[] = [
  ...LOGISTICS_CONCEPTS,
  ...AFTERSALES_CONCEPTS,
  ...MONEY_CONCEPTS,
  ...PRODUCT_CONCEPTS,
  ...CONTACT_CONCEPTS,
];

/**
 * Phrases that contain a concept term without meaning it; a concept term inside one of them does
 * not count (the longer match wins). Not a concept: no feature.
 */
export const CONCEPT_BLOCKERS: readonly string[] = [
  'in order to',
  'in order',
  'change my mind',
  'changed my mind',
  'a change of mind',
];
