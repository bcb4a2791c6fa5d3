import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../../lib/conversation/time-left';
import { timeLeftText } from '../../../lib/i18n/overlay';

describe('timeLeft', () => {
  const now = Date.UTC(2026, 0, 1);
  it('gives hours and minutes left, or overdue', () => {
    expect(timeLeft(now + 65 * 60_000, now)).toEqual({ overdue: false, hours: 1, minutes: 5 });
    expect(timeLeft(now - 3 * 60_000, now)).toEqual({ overdue: true, hours: 0, minutes: 3 });
  });
  it('is worded in the interface language', () => {
    expect(timeLeftText('en', timeLeft(now + 65 * 60_000, now))).toBe('1 h 05 min left');
    expect(timeLeftText('en', timeLeft(now + 12 * 60_000, now))).toBe('12 min left');
    expect(timeLeftText('en', timeLeft(now - 3 * 60_000, now))).toBe('overdue by 3 min');
    expect(timeLeftText('zh', timeLeft(now + 65 * 60_000, now))).toBe('还剩 1 小时 05 分钟');
    expect(timeLeftText('zh', timeLeft(now - 3 * 60_000, now))).toBe('已超时 3 分钟');
  });
});
