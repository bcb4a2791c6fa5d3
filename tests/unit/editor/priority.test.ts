import { describe, expect, it } from 'vitest';
import { byPriority, moveItem, reorderPriorities, type Ranked } from '../../../lib/editor/priority';

const list = (...p: number[]): Ranked[] => p.map((priority, i) => ({ id: String.fromCharCode(97 + i), priority }));

/** Applies changes and returns ids in display order. */
function after(items: Ranked[], from: number, to: number): string {
  const changes = new Map(reorderPriorities(items, from, to).map((c) => [c.id, c.priority]));
  const updated = items.map((r) => ({ ...r, priority: changes.get(r.id) ?? r.priority }));
  return byPriority(updated).map((r) => r.id).join('');
}

describe('priority from drag order', () => {
  it('changes only the moved rule when a whole number fits', () => {
    expect(reorderPriorities(list(30, 20, 10), 2, 0)).toEqual([{ id: 'c', priority: 31 }]);
    expect(reorderPriorities(list(30, 20, 10), 0, 2)).toEqual([{ id: 'a', priority: 9 }]);
    expect(reorderPriorities(list(30, 20, 10), 2, 1)).toEqual([{ id: 'c', priority: 25 }]);
  });

  it('for one step among ties, changes the rule stepped over', () => {
    expect(reorderPriorities(list(0, 0, 0), 0, 1)).toEqual([{ id: 'b', priority: 1 }]);
    expect(after(list(0, 0, 0), 0, 1)).toBe('bac');
  });

  it('renumbers the list when nothing else works, and the display follows the new order', () => {
    expect(after(list(5, 5, 5, 5), 0, 2)).toBe('bcad');
    expect(after(list(3, 2, 1, 0), 3, 1)).toBe('adbc');
    expect(after(list(0, 0, 0, 0), 3, 0)).toBe('dabc');
  });

  it('always yields whole numbers and the requested order', () => {
    for (let from = 0; from < 5; from++) {
      for (let to = 0; to < 5; to++) {
        const items = list(4, 4, 2, 1, 1);
        const expected = moveItem(items, from, to).map((r) => r.id).join('');
        if (from !== to) expect(after(items, from, to)).toBe(expected);
        expect(reorderPriorities(items, from, to).every((c) => Number.isInteger(c.priority))).toBe(true);
      }
    }
  });
});
