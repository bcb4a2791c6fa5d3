import { describe, expect, it } from 'vitest';
import { formatDuration, formatShare } from '../../../lib/metrics/format';
import { metricsOfStored } from '../../../lib/metrics/rollup';

describe('metrics of stored events', () => {
  it('computes from valid events and leaves malformed records out', () => {
    const base = { conversationId: 'c', sessionId: 'c:0', grayArm: 'in' as const };
    const report = metricsOfStored([
      { ...base, type: 'buyer-message', at: 1_000 },
      { ...base, type: 'shown', at: 1_100, ruleId: 'r' },
      { ...base, type: 'accepted', at: 31_000, ruleId: 'r' },
      { type: 'accepted', at: 5 }, // no session: an older record
    ]);
    expect(report.all.sessions).toBe(1);
    expect(report.all.firstResponseMedianMs).toBe(30_000);
    expect(report.all.acceptanceRate).toBe(1);
    expect(report.byArm.out.sessions).toBe(0);
  });

  it('formats durations and shares for people', () => {
    expect(formatDuration(30_000)).toBe('30 s');
    expect(formatDuration(95_000)).toBe('1 min 35 s');
    expect(formatDuration(null)).toBe('—');
    expect(formatShare(0.756)).toBe('76 %');
  });
});
