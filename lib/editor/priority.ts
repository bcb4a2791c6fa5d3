/**
 * Priority as an order: the editor lists rules highest priority first and lets the supervisor drag
 * them. A new order becomes integer priorities, changing as few rules as possible, because every
 * changed rule counts as edited here when its pack is next imported.
 */

export interface Ranked {
  id: string;
  priority: number;
}

export interface PriorityChange {
  id: string;
  priority: number;
}

/** Display order: higher priority first; ties keep the order given. */
export function byPriority<T extends { priority?: number }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (b.item.priority ?? 0) - (a.item.priority ?? 0) || a.i - b.i)
    .map(({ item }) => item);
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/** A priority strictly between the neighbours of position i, if a whole number fits there. */
function fitBetween(order: readonly Ranked[], i: number): number | undefined {
  const above = order[i - 1]?.priority;
  const below = order[i + 1]?.priority;
  if (above === undefined && below === undefined) return order[i].priority;
  if (above === undefined) return Math.max(order[i].priority, below! + 1);
  if (below === undefined) return Math.min(order[i].priority, above - 1);
  if (above - below < 2) return undefined;
  const current = order[i].priority;
  return current < above && current > below ? current : Math.floor((above + below) / 2);
}

function changesFor(order: readonly Ranked[], i: number, priority: number): PriorityChange[] {
  return priority === order[i].priority ? [] : [{ id: order[i].id, priority }];
}

/**
 * The priority changes that make `list` (highest first) read as `from` moved to `to`. Tries to
 * change only the moved rule, then (for a step of one) only the rule it stepped over, and else
 * numbers the whole list n-1 … 0.
 */
export function reorderPriorities(list: readonly Ranked[], from: number, to: number): PriorityChange[] {
  if (from === to) return [];
  const order = moveItem(list, from, to);
  const moved = fitBetween(order, to);
  if (moved !== undefined) return changesFor(order, to, moved);
  if (Math.abs(from - to) === 1) {
    const other = from < to ? to - 1 : to + 1;
    const stepped = fitBetween(order, other);
    if (stepped !== undefined) return changesFor(order, other, stepped);
  }
  return order.flatMap((item, i) => changesFor(order, i, order.length - 1 - i));
}
