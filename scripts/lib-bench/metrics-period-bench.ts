/**
 * The metrics page's period view (charts, per-rule table, unanswered list) for 90 days, against the
 * totals the page always computed (90 days of raw events plus the rollups of the rest), in the
 * same process, alternating runs.
 *   npx tsx scripts/lib-bench/metrics-period-bench.ts [--days=365] [--per-day=80] [--runs=5]
 */
import { performance } from 'node:perf_hooks';
import { shopHistory } from '../../tests/unit/metrics/history';
import { metricsOfStored, retentionCutoff, rollupsOf, sessionsToFold } from '../../lib/metrics/rollup';
import { dailySeries, dayTallies, periodDays, periodTally, ruleTable } from '../../lib/metrics/daily';
import { unansweredQuestions } from '../../lib/metrics/unanswered';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const days = arg('days', 365);
const perDay = arg('per-day', 80);
const runs = arg('runs', 5);

const now = Date.UTC(2026, 11, 2);
const events = shopHistory(now, days, perDay);
const folded = sessionsToFold(events, retentionCutoff(now));
const raw = events.filter((e) => !folded.has(e.sessionId));
const rollups = rollupsOf(events.filter((e) => folded.has(e.sessionId)));
const period = periodDays(now, 90);
const from = Date.parse(`${period[0]}T00:00:00Z`);
const windowRollups = rollups.filter((r) => r.day >= period[0]);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const totals: number[] = [];
const periodMs: number[] = [];
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  metricsOfStored(raw, rollups);
  totals.push(performance.now() - t);
  t = performance.now();
  const tallies = dayTallies(raw, windowRollups);
  dailySeries(tallies, period);
  ruleTable(periodTally(tallies, period));
  unansweredQuestions(raw, from);
  periodMs.push(performance.now() - t);
}
console.log(JSON.stringify({
  events: events.length, rawKept: raw.length,
  totalsMedianMs: Math.round(median(totals)), period90MedianMs: Math.round(median(periodMs)),
  ratio: Math.round((median(periodMs) / median(totals)) * 10) / 10,
}));
