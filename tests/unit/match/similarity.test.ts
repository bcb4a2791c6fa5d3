import { describe, expect, it } from 'vitest';
import { editDistance, stringSimilarity } from '../../../lib/match/similarity';

describe('string similarity', () => {
  it('is 1 − edits / longer length, by code point, with adjacent swaps as one edit', () => {
    expect(stringSimilarity('trackng', 'tracking')).toBe(0.875);
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(stringSimilarity('快递到了', '快递到哪')).toBe(0.75);
    expect(stringSimilarity('😀ab', '😀ac')).toBeCloseTo(2 / 3, 10);
  });

  it('with a floor: the same value at or above it, 0 below it', () => {
    expect(stringSimilarity('trackng', 'tracking', 0.6)).toBe(0.875);
    expect(stringSimilarity('refund', 'refunds', 0.6)).toBe(stringSimilarity('refund', 'refunds'));
    expect(stringSimilarity('abcde', 'abxyz')).toBe(0.4);
    expect(stringSimilarity('abcde', 'abxyz', 0.6)).toBe(0);
    // Exactly at the floor counts: 2 edits in 5 letters is 0.6.
    expect(stringSimilarity('abcde', 'abxye', 0.6)).toBe(0.6);
  });

  it('stops counting edits past the given maximum', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
