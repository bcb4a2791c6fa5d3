import type { ConversationEvent } from '../conversation/events';
import { RATE_LIMIT } from './daily';
import { talliesOf } from './compute';
import type { Tally } from './tally';

/**
 * The gray launch as the shop's guide describes it: smart replies (auto-send) on for a share of
 * conversations (5 % by default) for 72 hours, then on for everyone only if the agent takeover
 * rate and the repeat question rate both stay at or below 8 %.
 */
export const GRAY_LAUNCH_HOURS = 72;
export const GRAY_LAUNCH_MS = GRAY_LAUNCH_HOURS * 3600_000;
export const GRAY_LAUNCH_DEFAULT_SHARE = 0.05;
/**
 * Fewest conversations inside the launch before "ready" can be said. With 30, one takeover more
 * or less moves a rate by 3 points at most — enough to tell 8 % from 0 %, and 5 % of a shop's
 * conversations reaches it in 72 hours from about 200 conversations a day.
 */
export const GRAY_LAUNCH_MIN_CONVERSATIONS = 30;
/** "Clearly above": the lower end of the 95 % Wilson interval of the rate is above the limit. */
const Z = 1.96;

/** A rate as its count and what it is out of. */
export interface Ratio {
  count: number;
  of: number;
}

export interface ArmFigures {
  /** Sessions (conversations) of this arm since the start. */
  conversations: number;
  /** Sessions taken over by an agent after an automatic reply, of sessions with one. */
  takeover: Ratio;
  /** Repeated questions, of buyer messages. */
  repeat: Ratio;
}

export type GrayVerdict = 'ready' | 'keep-testing' | 'stop';

export type GrayReason =
  | { code: 'rate-within'; rate: 'takeover' | 'repeat'; value: number; limit: number }
  | { code: 'rate-above'; rate: 'takeover' | 'repeat'; value: number; limit: number }
  | { code: 'rate-clearly-above'; rate: 'takeover' | 'repeat'; value: number; limit: number }
  | { code: 'rate-unmeasured'; rate: 'takeover' | 'repeat' }
  | { code: 'time-left'; remainingMs: number }
  | { code: 'time-done'; hours: number }
  | { code: 'too-few-conversations'; have: number; need: number }
  | { code: 'enough-conversations'; have: number; need: number };

export interface GrayLaunchInput {
  startedAt: number;
  share: number;
  now: number;
  inside: ArmFigures;
  outside: ArmFigures;
}

export interface GrayLaunchEvaluation {
  verdict: GrayVerdict;
  /** Why, in the order a person reads them. */
  reasons: GrayReason[];
  /** Until the 72 hours are over; 0 from then on. */
  remainingMs: number;
}

const within = (r: Ratio, limit: number): boolean => r.count * 10_000 <= Math.round(limit * 10_000) * r.of;

/** Lower end of the Wilson score interval of count/of (95 %). */
export function wilsonLower({ count, of }: Ratio, z = Z): number {
  if (!of) return 0;
  const p = count / of;
  const z2 = z * z;
  const centre = p + z2 / (2 * of);
  const margin = z * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of));
  return (centre - margin) / (1 + z2 / of);
}

/**
 * The verdict on the conversations inside the launch: "stop" as soon as a rate is clearly above
 * the limit (at any time), "ready" once the 72 hours are over with both rates measured, at or below
 * the limit, over enough conversations; "keep testing" otherwise. The outside arm is shown beside
 * it for comparison and does not decide.
 */
export function evaluateGrayLaunch({ startedAt, now, inside }: GrayLaunchInput, limit = RATE_LIMIT): GrayLaunchEvaluation {
  const remainingMs = Math.max(0, startedAt + GRAY_LAUNCH_MS - now);
  const reasons: GrayReason[] = [];
  let clearlyAbove = false;
  let allWithin = true;
  for (const rate of ['takeover', 'repeat'] as const) {
    const r = inside[rate];
    if (!r.of) {
      reasons.push({ code: 'rate-unmeasured', rate });
      allWithin = false;
      continue;
    }
    const value = r.count / r.of;
    if (within(r, limit)) reasons.push({ code: 'rate-within', rate, value, limit });
    else if (wilsonLower(r) > limit) {
      reasons.push({ code: 'rate-clearly-above', rate, value, limit });
      clearlyAbove = true;
      allWithin = false;
    } else {
      reasons.push({ code: 'rate-above', rate, value, limit });
      allWithin = false;
    }
  }
  const enough = inside.conversations >= GRAY_LAUNCH_MIN_CONVERSATIONS;
  reasons.push({ code: enough ? 'enough-conversations' : 'too-few-conversations', have: inside.conversations, need: GRAY_LAUNCH_MIN_CONVERSATIONS });
  reasons.push(remainingMs > 0 ? { code: 'time-left', remainingMs } : { code: 'time-done', hours: GRAY_LAUNCH_HOURS });
  const verdict: GrayVerdict = clearlyAbove ? 'stop' : remainingMs === 0 && allWithin && enough ? 'ready' : 'keep-testing';
  return { verdict, reasons, remainingMs };
}

export function armFigures(t: Tally): ArmFigures {
  const asked = t.counts['buyer-message'] ?? 0;
  return {
    conversations: t.sessions,
    takeover: { count: t.takeovers, of: t.botSessions },
    repeat: { count: t.counts['repeated-question'] ?? 0, of: asked },
  };
}

/** The two arms' figures from the events since the launch started. */
export function grayLaunchFigures(events: readonly ConversationEvent[], startedAt: number): { inside: ArmFigures; outside: ArmFigures } {
  const tallies = talliesOf(events.filter((e) => e.at >= startedAt));
  return { inside: armFigures(tallies.in), outside: armFigures(tallies.out) };
}
