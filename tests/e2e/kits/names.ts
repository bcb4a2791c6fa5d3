/** The kit chat pages, each built from tests/e2e/kits/<name>/ and served at /kits/<name>/. */
export const KIT_NAMES = ['chatscope', 'lexical'] as const;
export type KitName = (typeof KIT_NAMES)[number];
