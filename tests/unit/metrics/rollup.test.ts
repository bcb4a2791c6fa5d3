import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../../../lib/conversation/events';
import { computeMetrics } from '../../../lib/metrics/compute';
import { addRollup, dayOf, metricsOfStored, retentionCutoff, rollupsOf, sessionsToFold, type DailyRollup } from '../../../lib/metrics/rollup';
import { DAY, shopHistory } from './history';

const NOW = Date.UTC(2026, 11, 2, 9);

/** Folds as the worker does, in several runs: each run folds the sessions wholly before its cutoff. */
function fold(events: ConversationEvent[], cutoffs: number[]) {
  let raw = events;
  const rollups = new Map<string, DailyRollup>();
  for (const cutoff of cutoffs) {
    const sessions = sessionsToFold(raw, cutoff);
    const folded = raw.filter((e) => sessions.has(e.sessionId));
    raw = raw.filter((e) => !sessions.has(e.sessionId));
    for (const r of rollupsOf(folded)) rollups.set(`${r.day}|${r.scope}`, addRollup(rollups.get(`${r.day}|${r.scope}`), r));
  }
  return { raw, rollups: [...rollups.values()] };
}

describe('daily rollups', () => {
  const history = shopHistory(NOW, 200);

  it('the metrics of rollups and the remaining raw events equal those of all the events', () => {
    const { raw, rollups } = fold(history, [retentionCutoff(NOW - 30 * DAY), retentionCutoff(NOW)]);
    expect(raw.length).toBeLessThan(history.length / 2);
    expect(rollups.length).toBeGreaterThan(100);
    const before = computeMetrics(history);
    expect(before.all.sessions).toBe(800);
    expect(metricsOfStored(raw, rollups)).toEqual(before);
  });

  it('keeps a session crossing the cutoff raw until all of it is older', () => {
    const session = history.filter((e) => e.sessionId === history[0].sessionId);
    const cutoff = session[0].at + 1;
    const folded = sessionsToFold(history, cutoff);
    expect(folded.has(session[0].sessionId)).toBe(false);
    expect(sessionsToFold(history, session.at(-1)!.at + 1).has(session[0].sessionId)).toBe(true);
    const { raw, rollups } = fold(history, [cutoff]);
    expect(raw.filter((e) => e.sessionId === session[0].sessionId)).toEqual(session);
    expect(metricsOfStored(raw, rollups)).toEqual(computeMetrics(history));
  });

  it('files a session under the UTC day of its first event, in each scope', () => {
    const start = Date.UTC(2026, 0, 5, 23, 55);
    const events: ConversationEvent[] = [
      { type: 'buyer-message', at: start, conversationId: 'c', sessionId: 'c:1', grayArm: 'in' },
      { type: 'accepted', at: start + 10 * 60_000, conversationId: 'c', sessionId: 'c:1', grayArm: 'in', ruleId: 'r' },
    ];
    const rollups = rollupsOf(events);
    expect(rollups.map((r) => [r.day, r.scope, r.sessions])).toEqual([['2026-01-05', 'all', 1], ['2026-01-05', 'in', 1], ['2026-01-05', 'out', 0]]);
    expect(rollups[0]).toMatchObject({ waits: [600_000], counts: { 'buyer-message': 1, accepted: 1 }, byRule: { r: { accepted: 1 } } });
    expect(dayOf(start + 10 * 60_000)).toBe('2026-01-06');
  });
});
