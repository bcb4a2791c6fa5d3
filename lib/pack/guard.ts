import { MAX_PACK_DEPTH, RESERVED_NAMES } from './limits';

export type GuardProblem = { path: Array<string | number>; code: 'too-deep' | 'reserved-name'; name?: string };

/**
 * Walks a parsed JSON value without recursion (a 10,000-level file must not overflow the stack)
 * and finds the first place that nests deeper than `maxDepth` or uses a reserved name as a key.
 * Runs before schema validation and hashing, which recurse.
 */
export function guardValue(value: unknown, maxDepth = MAX_PACK_DEPTH): GuardProblem | undefined {
  // A first pass that allocates nothing per value (it runs on every pack); only a file that fails
  // it is walked again, keeping paths, to say where.
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) return locate(value, maxDepth);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const item: unknown = v[i];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        if (RESERVED_NAMES.has(keys[i])) return locate(value, maxDepth);
        const item: unknown = (v as Record<string, unknown>)[keys[i]];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return undefined;
}

/** The first problem of guardValue, with its path. */
function locate(value: unknown, maxDepth: number): GuardProblem | undefined {
  // Each entry: the value and its path (shared prefix arrays are copied only when a problem is found).
  const stack: Array<{ v: unknown; depth: number; parent: number; key: string | number }> = [{ v: value, depth: 0, parent: -1, key: '' }];
  const seen: Array<{ parent: number; key: string | number }> = [];
  const pathOf = (index: number): Array<string | number> => {
    const out: Array<string | number> = [];
    for (let i = index; i > 0; i = seen[i].parent) out.push(seen[i].key);
    return out.reverse();
  };
  while (stack.length) {
    const { v, depth, parent, key } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const index = seen.push({ parent, key }) - 1;
    if (depth >= maxDepth) return { path: pathOf(index), code: 'too-deep' };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const item: unknown = v[i];
        if (item !== null && typeof item === 'object') stack.push({ v: item, depth: depth + 1, parent: index, key: i });
      }
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        if (RESERVED_NAMES.has(k)) {
          seen.push({ parent: index, key: k });
          return { path: pathOf(seen.length - 1), code: 'reserved-name', name: k };
        }
        const item: unknown = (v as Record<string, unknown>)[k];
        if (item !== null && typeof item === 'object') stack.push({ v: item, depth: depth + 1, parent: index, key: k });
      }
    }
  }
  return undefined;
}

export function guardMessage(problem: GuardProblem, maxDepth = MAX_PACK_DEPTH): string {
  return problem.code === 'too-deep'
    ? `nests deeper than ${maxDepth} levels of objects and lists; a pack needs no more than 6, so the file is refused as broken or hostile`
    : `uses "${problem.name}" as a field name, which is reserved; rename or remove it`;
}
