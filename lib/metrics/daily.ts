import type { ConversationEvent } from '../conversation/events';
import { metricsOfTally } from './compute';
import { addRollup, DAY_MS, dayOf, rollupsOf, type DailyRollup } from './rollup';
import { addInto, emptyTally, type Scope, type Tally } from './tally';

/**
 * The metrics day by day over a period, for the charts. A session counts on the UTC day of its
 * first event, as in the daily rollups, so the days of raw events and of rollups add up.
 */

/** The periods the metrics page offers, in days. */
export const METRIC_PERIODS = [7, 30, 90] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];

/** The line the guide draws for the takeover and repeat question rates. */
export const RATE_LIMIT = 0.08;

export interface DayPoint {
  /** UTC date "YYYY-MM-DD". */
  day: string;
  /** Midnight UTC of that day, ms. */
  at: number;
  sessions: number;
  firstResponseMedianMs: number | null;
  accepted: number;
  edited: number;
  overridden: number;
  dismissed: number;
  /** Sessions taken over after an automatic reply, per session with one; null without any. */
  takeoverRate: number | null;
  /** Repeated questions per buyer message; null without buyer messages. */
  repeatRate: number | null;
}

/** The days of a period ending with `now`'s day: `days` UTC days, oldest first. */
export function periodDays(now: number, days: number): string[] {
  const last = Date.parse(`${dayOf(now)}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => dayOf(last - (days - 1 - i) * DAY_MS));
}

/** Per day and scope: the tallies of raw events (by their session's first day) and stored rollups. */
export function dayTallies(events: readonly ConversationEvent[], rollups: readonly DailyRollup[], scope: Scope = 'all'): Map<string, Tally> {
  const byDay = new Map<string, DailyRollup>();
  for (const r of [...rollupsOf(events), ...rollups]) {
    if (r.scope !== scope) continue;
    byDay.set(r.day, addRollup(byDay.get(r.day), r));
  }
  return new Map([...byDay].map(([day, { day: _d, scope: _s, ...tally }]) => [day, tally]));
}

export const repeatRateOf = (t: Tally): number | null => {
  const asked = t.counts['buyer-message'] ?? 0;
  return asked ? (t.counts['repeated-question'] ?? 0) / asked : null;
};

export function dayPoint(day: string, t: Tally = emptyTally()): DayPoint {
  const n = (type: keyof Tally['counts']) => t.counts[type] ?? 0;
  const m = metricsOfTally(t);
  return {
    day,
    at: Date.parse(`${day}T00:00:00Z`),
    sessions: t.sessions,
    firstResponseMedianMs: m.firstResponseMedianMs,
    accepted: n('accepted'),
    edited: n('edited-then-sent'),
    overridden: n('overridden'),
    dismissed: n('dismissed'),
    takeoverRate: m.takeoverRate,
    repeatRate: repeatRateOf(t),
  };
}

/** One point per day of the period (days without sessions included), oldest first. */
export function dailySeries(tallies: ReadonlyMap<string, Tally>, days: readonly string[]): DayPoint[] {
  return days.map((day) => dayPoint(day, tallies.get(day)));
}

/** The tallies of the period's days added together. */
export function periodTally(tallies: ReadonlyMap<string, Tally>, days: readonly string[]): Tally {
  const total = emptyTally();
  for (const day of days) {
    const t = tallies.get(day);
    if (t) addInto(total, t);
  }
  return total;
}

export interface RuleRow {
  ruleId: string;
  shown: number;
  accepted: number;
  edited: number;
  overridden: number;
  dismissed: number;
}

/** Per rule over a tally: how often it was shown and what the agents did; most shown first. */
export function ruleTable(t: Tally): RuleRow[] {
  return Object.entries(t.byRule)
    .map(([ruleId, c]) => ({
      ruleId,
      shown: c.shown ?? 0,
      accepted: c.accepted ?? 0,
      edited: c['edited-then-sent'] ?? 0,
      overridden: c.overridden ?? 0,
      dismissed: c.dismissed ?? 0,
    }))
    .filter((r) => r.shown + r.accepted + r.edited + r.overridden + r.dismissed > 0)
    .sort((a, b) => b.shown - a.shown || a.ruleId.localeCompare(b.ruleId));
}
