/**
 * Limits on what a pack file may hold. The spec names no limits; these keep a hostile or broken
 * file from stalling or crashing the product, and sit far above any real pack (the largest
 * benchmark pack is 0.2 MB and 6 levels deep). The import panel states the file size limit.
 */

/** Largest pack file the import reads (bytes). */
export const MAX_PACK_FILE_BYTES = 20 * 1024 * 1024;

/** Deepest nesting of objects and arrays in a pack file; a spec pack needs 6. */
export const MAX_PACK_DEPTH = 64;

/** Problems listed for a refused file; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;

/** A learned example is a buyer's message: at most this many characters. */
export const MAX_LEARNED_TEXT = 5000;

/** Learned examples per rule and language. */
export const MAX_LEARNED_PER_LANGUAGE = 10000;

/** Names that are never a field, a language or a column: they reach into JavaScript objects' prototypes. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
