import { z } from 'zod';

/**
 * What happened to suggestions, one event each. `grayArm` is set by whoever records the event
 * (grayLaunchArm(conversationId, share) at that moment) so metrics compare the launch arms even
 * after the share changes.
 */
const base = {
  at: z.number().int().nonnegative(),
  conversationId: z.string().min(1),
  sessionId: z.string().min(1),
  ruleId: z.string().optional(),
  packId: z.string().optional(),
  detail: z.string().optional(),
  grayArm: z.enum(['in', 'out']).optional(),
};

export const ConversationEventSchema = z.discriminatedUnion('type', [
  /** Not a suggestion outcome, but the start of every response time. */
  z.object({ type: z.literal('buyer-message'), ...base }),
  z.object({ type: z.literal('shown'), ...base }),
  z.object({ type: z.literal('accepted'), ...base }),
  z.object({ type: z.literal('edited-then-sent'), ...base }),
  /** The agent sent something else (maybe another rule's reply: then ruleId is that rule). */
  z.object({ type: z.literal('overridden'), ...base }),
  z.object({ type: z.literal('dismissed'), ...base }),
  /** The worker granted an automatic send for one buyer message (it counts toward the session from here). */
  z.object({ type: z.literal('auto-claimed'), ...base }),
  z.object({ type: z.literal('auto-sent'), ...base }),
  z.object({ type: z.literal('auto-unconfirmed'), ...base }),
  z.object({ type: z.literal('blocked'), ...base, guard: z.string().min(1) }),
  z.object({ type: z.literal('repeated-question'), ...base }),
  z.object({ type: z.literal('offline-queued'), ...base, deadline: z.number().int() }),
  z.object({ type: z.literal('taken-over'), ...base }),
]);
export type ConversationEvent = z.infer<typeof ConversationEventSchema>;
export type ConversationEventType = ConversationEvent['type'];

/** Events by which a reply reached the buyer. */
const RESPONSES = new Set<ConversationEventType>(['accepted', 'edited-then-sent', 'overridden', 'auto-sent', 'auto-unconfirmed']);
const AGENT_DECISIONS = new Set<ConversationEventType>(['accepted', 'edited-then-sent', 'overridden', 'dismissed']);
const AUTO = new Set<ConversationEventType>(['auto-sent', 'auto-unconfirmed']);

export interface Metrics {
  sessions: number;
  /** Median ms from a session's first buyer message to its first reply; null without any. */
  firstResponseMedianMs: number | null;
  /** Sessions where the bot replied and an agent then took over, per session where the bot replied. */
  takeoverRate: number | null;
  repeatedQuestions: number;
  /** (accepted + edited-then-sent) / (accepted + edited-then-sent + overridden + dismissed). */
  acceptanceRate: number | null;
  autoSent: number;
  blocked: number;
}

export interface MetricsReport {
  all: Metrics;
  /** Only events that carry a gray-launch arm. */
  byArm: { in: Metrics; out: Metrics };
}

export function computeMetrics(events: readonly ConversationEvent[]): MetricsReport {
  return {
    all: metricsOf(events),
    byArm: { in: metricsOf(events.filter((e) => e.grayArm === 'in')), out: metricsOf(events.filter((e) => e.grayArm === 'out')) },
  };
}

function metricsOf(events: readonly ConversationEvent[]): Metrics {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const sessions = new Map<string, { firstBuyer?: number; firstResponse?: number; firstAuto?: number; takeoverAfterAuto: boolean }>();
  for (const e of sorted) {
    let s = sessions.get(e.sessionId);
    if (!s) sessions.set(e.sessionId, (s = { takeoverAfterAuto: false }));
    if (e.type === 'buyer-message') s.firstBuyer ??= e.at;
    if (RESPONSES.has(e.type)) s.firstResponse ??= e.at;
    if (AUTO.has(e.type)) s.firstAuto ??= e.at;
    if (e.type === 'taken-over' && s.firstAuto !== undefined) s.takeoverAfterAuto = true;
  }
  const waits = [...sessions.values()]
    .filter((s) => s.firstBuyer !== undefined && s.firstResponse !== undefined && s.firstResponse >= s.firstBuyer)
    .map((s) => s.firstResponse! - s.firstBuyer!);
  const botSessions = [...sessions.values()].filter((s) => s.firstAuto !== undefined);
  const count = (t: ConversationEventType) => events.filter((e) => e.type === t).length;
  const decided = events.filter((e) => AGENT_DECISIONS.has(e.type)).length;
  return {
    sessions: sessions.size,
    firstResponseMedianMs: median(waits),
    takeoverRate: botSessions.length ? botSessions.filter((s) => s.takeoverAfterAuto).length / botSessions.length : null,
    repeatedQuestions: count('repeated-question'),
    acceptanceRate: decided ? (count('accepted') + count('edited-then-sent')) / decided : null,
    autoSent: count('auto-sent'),
    blocked: count('blocked'),
  };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
