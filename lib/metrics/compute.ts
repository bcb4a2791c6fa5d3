import type { ConversationEvent } from '../conversation/events';
import { inScope, tallyOf, type Scope, type Tally } from './tally';

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

export function metricsOfTally(t: Tally): Metrics {
  const n = (type: keyof Tally['counts']) => t.counts[type] ?? 0;
  const decided = n('accepted') + n('edited-then-sent') + n('overridden') + n('dismissed');
  return {
    sessions: t.sessions,
    firstResponseMedianMs: median(t.waits),
    takeoverRate: t.botSessions ? t.takeovers / t.botSessions : null,
    repeatedQuestions: n('repeated-question'),
    acceptanceRate: decided ? (n('accepted') + n('edited-then-sent')) / decided : null,
    autoSent: n('auto-sent'),
    blocked: n('blocked'),
  };
}

export function reportOfTallies(tallies: Record<Scope, Tally>): MetricsReport {
  return { all: metricsOfTally(tallies.all), byArm: { in: metricsOfTally(tallies.in), out: metricsOfTally(tallies.out) } };
}

export function talliesOf(events: readonly ConversationEvent[]): Record<Scope, Tally> {
  return {
    all: tallyOf(events),
    in: tallyOf(events.filter((e) => inScope(e, 'in'))),
    out: tallyOf(events.filter((e) => inScope(e, 'out'))),
  };
}

export function computeMetrics(events: readonly ConversationEvent[]): MetricsReport {
  return reportOfTallies(talliesOf(events));
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
