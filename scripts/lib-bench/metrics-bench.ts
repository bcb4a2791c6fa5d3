/**
 * The metrics page's work at a year of events: every raw event parsed (as before daily rollups)
 * against 90 days of raw events plus the rollups of the rest. Same process, alternating runs.
 *   npx tsx scripts/lib-bench/metrics-bench.ts [--days=365] [--per-day=80] [--runs=5]
 */
import { performance } from 'node:perf_hooks';
import { shopHistory } from '../../tests/unit/metrics/history';
import { metricsOfStored, retentionCutoff, rollupsOf, sessionsToFold } from '../../lib/metrics/rollup';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const days = arg('days', 365);
const perDay = arg('per-day', 80);
const runs = arg('runs', 5);

const now = Date.UTC(2026, 11, 2);
const events = shopHistory(now, days, perDay);
const folded = sessionsToFold(events, retentionCutoff(now));
const raw = events.filter((e) => !folded.has(e.sessionId));
const rollups = rollupsOf(events.filter((e) => folded.has(e.sessionId)));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const all: number[] = [];
const rolled: number[] = [];
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  const a = metricsOfStored(events);
  all.push(performance.now() - t);
  t = performance.now();
  const b = metricsOfStored(raw, rollups);
  rolled.push(performance.now() - t);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('metrics differ');
}
const result = {
  events: events.length, rawKept: raw.length, rollups: rollups.length,
  allEventsMedianMs: Math.round(median(all)), rollupsMedianMs: Math.round(median(rolled)),
  ratio: Math.round((median(all) / median(rolled)) * 10) / 10,
};
console.log(JSON.stringify(result));
