import { describe, expect, it } from 'vitest';
import { dueFollowUps, FOLLOW_UP_LEAD_MS, nextFollowUpAlarm } from '../../../lib/conversation/follow-up-alarm';

const NOW = Date.UTC(2026, 11, 2, 2);
const MIN = 60_000;

describe('the one follow-up alarm', () => {
  const pending = [
    { conversationId: 'late', deadline: NOW + 120 * MIN },
    { conversationId: 'soon', deadline: NOW + 40 * MIN },
    { conversationId: 'warned', deadline: NOW + 20 * MIN, notified: true },
  ];

  it('rings the lead time before the nearest deadline not yet warned about', () => {
    expect(FOLLOW_UP_LEAD_MS).toBe(15 * MIN);
    expect(nextFollowUpAlarm(pending, NOW)).toBe(NOW + 25 * MIN);
  });

  it('is not set when nothing waits for a warning', () => {
    expect(nextFollowUpAlarm([], NOW)).toBeUndefined();
    expect(nextFollowUpAlarm([pending[2]], NOW)).toBeUndefined();
  });

  it('rings right away (a second on) for a deadline already inside the lead time', () => {
    expect(nextFollowUpAlarm([{ conversationId: 'x', deadline: NOW + 5 * MIN }], NOW)).toBe(NOW + 1000);
  });

  it('when it rings, warns about every follow-up due, soonest first, and then points at the next', () => {
    const at = NOW + 25 * MIN;
    expect(dueFollowUps(pending, at).map((f) => f.conversationId)).toEqual(['soon']);
    const after = pending.map((f) => (f.conversationId === 'soon' ? { ...f, notified: true } : f));
    expect(dueFollowUps(after, at)).toEqual([]);
    expect(nextFollowUpAlarm(after, at)).toBe(NOW + 105 * MIN);
    expect(dueFollowUps(pending, NOW + 200 * MIN).map((f) => f.conversationId)).toEqual(['soon', 'late']);
  });

  it('one alarm however many buyers wait: 2,000 follow-ups give one time', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ conversationId: `c${i}`, deadline: NOW + (60 + (i * 7919) % 600) * MIN }));
    expect(nextFollowUpAlarm(many, NOW)).toBe(NOW + 45 * MIN);
  });
});
