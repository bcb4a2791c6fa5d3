import type { EditorProblem, LibrarySnapshot } from './problems';

/**
 * Checks that lib/conversation provides (never-firing rules, duplicate keywords, readiness),
 * turned into editor problems so that the rest of the editor does not depend on their shapes.
 */
export function libraryChecks(_library: LibrarySnapshot): EditorProblem[] {
  return [];
}
