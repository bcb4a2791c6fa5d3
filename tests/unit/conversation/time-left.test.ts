import { describe, expect, it } from 'vitest';
import { timeLeftLabel } from '../../../lib/conversation/time-left';

describe('timeLeftLabel', () => {
  const now = Date.UTC(2026, 10, 24, 8, 0);
  it('counts down in hours and minutes, then says how late', () => {
    expect(timeLeftLabel(now + 65 * 60_000, now)).toBe('1 h 05 min left');
    expect(timeLeftLabel(now + 12 * 60_000, now)).toBe('12 min left');
    expect(timeLeftLabel(now - 3 * 60_000, now)).toBe('overdue by 3 min');
  });
});
