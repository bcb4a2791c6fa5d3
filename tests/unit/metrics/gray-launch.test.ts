import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../../../lib/conversation/events';
import {
  evaluateGrayLaunch, grayLaunchFigures, GRAY_LAUNCH_MIN_CONVERSATIONS, GRAY_LAUNCH_MS, wilsonLower, type ArmFigures,
} from '../../../lib/metrics/gray-launch';

const H = 3600_000;
const START = Date.UTC(2026, 10, 30, 8, 0);
const arm = (takeover: [number, number], repeat: [number, number], conversations = 40): ArmFigures => ({
  conversations,
  takeover: { count: takeover[0], of: takeover[1] },
  repeat: { count: repeat[0], of: repeat[1] },
});
const outside = arm([0, 0], [3, 100], 800);
const evaluate = (inside: ArmFigures, now = START + 72 * H) => evaluateGrayLaunch({ startedAt: START, share: 0.05, now, inside, outside });
const codes = (e: ReturnType<typeof evaluate>) => e.reasons.map((r) => ('rate' in r ? `${r.code}:${r.rate}` : r.code));

describe('evaluateGrayLaunch', () => {
  it('is ready exactly at 72 hours with both rates at exactly 8 % over enough conversations', () => {
    const e = evaluate(arm([2, 25], [8, 100], GRAY_LAUNCH_MIN_CONVERSATIONS));
    expect(e.verdict).toBe('ready');
    expect(e.remainingMs).toBe(0);
    expect(codes(e)).toEqual(['rate-within:takeover', 'rate-within:repeat', 'enough-conversations', 'time-done']);
    expect(e.reasons[0]).toEqual({ code: 'rate-within', rate: 'takeover', value: 0.08, limit: 0.08 });
  });

  it('keeps testing one millisecond before 72 hours, and says how long is left', () => {
    const e = evaluate(arm([0, 25], [0, 100]), START + GRAY_LAUNCH_MS - 1);
    expect(e.verdict).toBe('keep-testing');
    expect(e.remainingMs).toBe(1);
    expect(e.reasons.at(-1)).toEqual({ code: 'time-left', remainingMs: 1 });
  });

  it('keeps testing just above 8 % when that is not clearly above (one question more of 100)', () => {
    const e = evaluate(arm([0, 25], [9, 100]));
    expect(e.verdict).toBe('keep-testing');
    expect(codes(e)).toContain('rate-above:repeat');
  });

  it('keeps testing after 72 hours with too few conversations, naming the minimum', () => {
    const e = evaluate(arm([0, 5], [0, 20], GRAY_LAUNCH_MIN_CONVERSATIONS - 1));
    expect(e.verdict).toBe('keep-testing');
    expect(e.reasons).toContainEqual({ code: 'too-few-conversations', have: 29, need: 30 });
  });

  it('keeps testing when no automatic reply was sent inside yet (the takeover rate is not measured)', () => {
    const e = evaluate(arm([0, 0], [0, 100]));
    expect(e.verdict).toBe('keep-testing');
    expect(codes(e)).toContain('rate-unmeasured:takeover');
  });

  it('says stop as soon as a rate is clearly above 8 %, before the 72 hours', () => {
    const e = evaluate(arm([6, 20], [0, 50], 20), START + 5 * H);
    expect(e.verdict).toBe('stop');
    expect(e.reasons[0]).toEqual({ code: 'rate-clearly-above', rate: 'takeover', value: 0.3, limit: 0.08 });
    expect(e.remainingMs).toBe(67 * H);
  });

  it('does not stop on one takeover in three (too little to be clear)', () => {
    expect(evaluate(arm([1, 3], [0, 10]), START + H).verdict).toBe('keep-testing');
  });

  it('wilsonLower is below the rate and rises with the evidence', () => {
    expect(wilsonLower({ count: 1, of: 3 })).toBeLessThan(0.08);
    expect(wilsonLower({ count: 30, of: 100 })).toBeGreaterThan(0.2);
    expect(wilsonLower({ count: 0, of: 0 })).toBe(0);
  });
});

describe('grayLaunchFigures', () => {
  const ev = (type: ConversationEvent['type'], sessionId: string, at: number, grayArm: 'in' | 'out') =>
    ({ type, at, conversationId: sessionId.split(':')[0], sessionId, grayArm }) as ConversationEvent;
  it('counts each arm from the start on: takeovers after automatic replies, repeats per buyer message', () => {
    const events = [
      ev('buyer-message', 'old:1', START - H, 'in'),
      ev('auto-sent', 'old:1', START - H + 1, 'in'),
      ev('taken-over', 'old:1', START - H + 2, 'in'),
      ev('buyer-message', 'a:1', START + H, 'in'),
      ev('auto-sent', 'a:1', START + H + 1, 'in'),
      ev('buyer-message', 'a:1', START + H + 2, 'in'),
      ev('repeated-question', 'a:1', START + H + 2, 'in'),
      ev('taken-over', 'a:1', START + H + 3, 'in'),
      ev('buyer-message', 'b:1', START + H, 'in'),
      ev('auto-sent', 'b:1', START + H + 1, 'in'),
      ev('buyer-message', 'c:1', START + H, 'out'),
    ];
    expect(grayLaunchFigures(events, START)).toEqual({
      inside: { conversations: 2, takeover: { count: 1, of: 2 }, repeat: { count: 1, of: 3 } },
      outside: { conversations: 1, takeover: { count: 0, of: 0 }, repeat: { count: 0, of: 1 } },
    });
  });
});
