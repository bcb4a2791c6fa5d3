import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../../../lib/conversation/events';
import { computeMetrics } from '../../../lib/metrics/compute';
import { MIN, MON_10 } from '../conversation/fixtures';

const SEC = 1000;
const ev = (type: ConversationEvent['type'], sessionId: string, at: number, extra: Partial<ConversationEvent> = {}) =>
  ({ type, at, conversationId: sessionId.split(':')[0], sessionId, ...extra }) as ConversationEvent;

describe('computeMetrics', () => {
  const events: ConversationEvent[] = [
    // s1: answered after 30 s by accepting; arm in
    ev('buyer-message', 'a:1', MON_10, { grayArm: 'in' }),
    ev('shown', 'a:1', MON_10 + SEC, { grayArm: 'in' }),
    ev('accepted', 'a:1', MON_10 + 30 * SEC, { grayArm: 'in' }),
    ev('buyer-message', 'a:1', MON_10 + 60 * SEC, { grayArm: 'in' }),
    ev('overridden', 'a:1', MON_10 + 90 * SEC, { grayArm: 'in' }),
    // s2: auto-sent after 2 s, then the agent took over; repeated question; arm in
    ev('buyer-message', 'b:1', MON_10, { grayArm: 'in' }),
    ev('auto-sent', 'b:1', MON_10 + 2 * SEC, { grayArm: 'in' }),
    ev('repeated-question', 'b:1', MON_10 + 3 * MIN, { grayArm: 'in' }),
    ev('taken-over', 'b:1', MON_10 + 4 * MIN, { grayArm: 'in' }),
    // s3: auto-sent, no takeover (a takeover before the auto reply does not count); arm in
    ev('buyer-message', 'c:1', MON_10, { grayArm: 'in' }),
    ev('taken-over', 'c:1', MON_10 + SEC, { grayArm: 'in' }),
    ev('auto-unconfirmed', 'c:1', MON_10 + 4 * SEC, { grayArm: 'in' }),
    // s4: edited after 100 s; s5: dismissed, never answered; arm out
    ev('buyer-message', 'd:1', MON_10, { grayArm: 'out' }),
    ev('blocked', 'd:1', MON_10 + SEC, { grayArm: 'out', guard: 'gray-launch' }),
    ev('edited-then-sent', 'd:1', MON_10 + 100 * SEC, { grayArm: 'out' }),
    ev('buyer-message', 'e:1', MON_10, { grayArm: 'out' }),
    ev('dismissed', 'e:1', MON_10 + 5 * SEC, { grayArm: 'out' }),
  ];

  it('computes the overall figures', () => {
    const m = computeMetrics(events).all;
    expect(m.sessions).toBe(5);
    expect(m.firstResponseMedianMs).toBe(4 * SEC + (30 * SEC - 4 * SEC) / 2); // median of 2, 4, 30, 100 s
    expect(m.takeoverRate).toBe(0.5);
    expect(m.repeatedQuestions).toBe(1);
    expect(m.acceptanceRate).toBe(2 / 4); // accepted + edited of accepted, edited, overridden, dismissed
    expect(m.autoSent).toBe(1);
    expect(m.blocked).toBe(1);
  });

  it('splits by gray-launch arm', () => {
    const { byArm } = computeMetrics(events);
    expect(byArm.in).toMatchObject({ sessions: 3, firstResponseMedianMs: 4 * SEC, takeoverRate: 0.5, acceptanceRate: 0.5 });
    expect(byArm.out).toMatchObject({ sessions: 2, firstResponseMedianMs: 100 * SEC, takeoverRate: null, acceptanceRate: 0.5, blocked: 1 });
  });

  it('is null where nothing can be measured, and order-independent', () => {
    expect(computeMetrics([]).all).toMatchObject({ sessions: 0, firstResponseMedianMs: null, takeoverRate: null, acceptanceRate: null });
    expect(computeMetrics([...events].reverse())).toEqual(computeMetrics(events));
  });
});
