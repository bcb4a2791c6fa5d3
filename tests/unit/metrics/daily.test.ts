import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../../../lib/conversation/events';
import { dailySeries, dayTallies, periodDays, periodTally, ruleTable } from '../../../lib/metrics/daily';
import { computeMetrics } from '../../../lib/metrics/compute';
import { rollupsOf, sessionsToFold } from '../../../lib/metrics/rollup';
import { unansweredQuestions } from '../../../lib/metrics/unanswered';
import { DAY, shopHistory } from './history';

const SEC = 1000;
const NOW = Date.UTC(2026, 11, 2, 12, 0);
const ev = (type: ConversationEvent['type'], sessionId: string, at: number, extra: object = {}) =>
  ({ type, at, conversationId: sessionId.split(':')[0], sessionId, ...extra }) as ConversationEvent;

describe('daily series', () => {
  it('periodDays gives the last n UTC days, oldest first, ending today', () => {
    expect(periodDays(NOW, 3)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(periodDays(NOW, 90)).toHaveLength(90);
  });

  it('per day: median first response, outcomes, takeover rate and repeat question rate; empty days too', () => {
    const d1 = Date.UTC(2026, 11, 1, 9, 0);
    const events = [
      ev('buyer-message', 'a:1', d1),
      ev('shown', 'a:1', d1 + SEC, { ruleId: 'track' }),
      ev('accepted', 'a:1', d1 + 10 * SEC, { ruleId: 'track' }),
      ev('buyer-message', 'b:1', d1),
      ev('auto-sent', 'b:1', d1 + 30 * SEC, { ruleId: 'track' }),
      ev('buyer-message', 'b:1', d1 + 60 * SEC),
      ev('repeated-question', 'b:1', d1 + 60 * SEC, { ruleId: 'track' }),
      ev('taken-over', 'b:1', d1 + 90 * SEC),
      ev('buyer-message', 'c:1', d1),
      ev('shown', 'c:1', d1 + SEC, { ruleId: 'ship' }),
      ev('edited-then-sent', 'c:1', d1 + 50 * SEC, { ruleId: 'ship' }),
      ev('dismissed', 'c:1', d1 + 55 * SEC, { ruleId: 'ship' }),
      ev('buyer-message', 'c:1', d1 + 70 * SEC),
    ];
    const series = dailySeries(dayTallies(events, []), periodDays(NOW, 3));
    expect(series.map((p) => p.sessions)).toEqual([0, 3, 0]);
    expect(series[0]).toMatchObject({ day: '2026-11-30', firstResponseMedianMs: null, takeoverRate: null, repeatRate: null, accepted: 0 });
    expect(series[1]).toEqual({
      day: '2026-12-01', at: Date.UTC(2026, 11, 1), sessions: 3, firstResponseMedianMs: 30 * SEC,
      accepted: 1, edited: 1, overridden: 0, dismissed: 1, takeoverRate: 1, repeatRate: 1 / 5,
    });
  });

  it('rollups and raw events together give the same days as all the raw events', () => {
    const events = shopHistory(NOW, 40, 5);
    const cutoff = NOW - 20 * DAY;
    const fold = sessionsToFold(events, cutoff);
    const rollups = rollupsOf(events.filter((e) => fold.has(e.sessionId)));
    const raw = events.filter((e) => !fold.has(e.sessionId));
    const days = periodDays(NOW, 45);
    expect(dailySeries(dayTallies(raw, rollups), days)).toEqual(dailySeries(dayTallies(events, []), days));
    // And the whole period adds up to the metrics of every event.
    const total = periodTally(dayTallies(raw, rollups), days);
    expect(total.sessions).toBe(computeMetrics(events).all.sessions);
  });

  it('only the days of the period count in its total', () => {
    const events = shopHistory(NOW, 30, 4);
    const tallies = dayTallies(events, []);
    const week = periodTally(tallies, periodDays(NOW, 7));
    const month = periodTally(tallies, periodDays(NOW, 31));
    expect(week.sessions).toBeGreaterThan(0);
    expect(week.sessions).toBeLessThan(month.sessions);
  });

  it('ruleTable: shown, accepted, edited, overridden, dismissed per rule, most shown first', () => {
    const t = periodTally(dayTallies([
      ev('shown', 'a:1', NOW, { ruleId: 'ship' }),
      ev('shown', 'a:1', NOW, { ruleId: 'track' }),
      ev('shown', 'b:1', NOW, { ruleId: 'track' }),
      ev('accepted', 'a:1', NOW + 1, { ruleId: 'track' }),
      ev('edited-then-sent', 'b:1', NOW + 1, { ruleId: 'track' }),
      ev('dismissed', 'a:1', NOW + 2, { ruleId: 'ship' }),
      ev('overridden', 'c:1', NOW + 2, { ruleId: 'other' }),
    ], []), periodDays(NOW, 1));
    expect(ruleTable(t)).toEqual([
      { ruleId: 'track', shown: 2, accepted: 1, edited: 1, overridden: 0, dismissed: 0 },
      { ruleId: 'ship', shown: 1, accepted: 0, edited: 0, overridden: 0, dismissed: 1 },
      { ruleId: 'other', shown: 0, accepted: 0, edited: 0, overridden: 1, dismissed: 0 },
    ]);
  });
});

describe('unansweredQuestions', () => {
  const un = (sessionId: string, at: number, text: string) => ev('unanswered', sessionId, at, { text, language: 'en' });
  it('lists the same question once with its count, most asked first, within the period, leaving known ones out', () => {
    const events = [
      un('a:1', NOW - 10 * DAY, 'Do you ship to Canada?'),
      un('a:1', NOW - 2, 'do you ship to canada?'),
      un('b:1', NOW - 1, 'Do  you ship to Canada? '),
      un('c:1', NOW - 3, 'Is it waterproof?'),
      un('d:1', NOW - 4, 'Can I pay later?'),
    ];
    const list = unansweredQuestions(events, NOW - 7 * DAY, new Set(['can i pay later']));
    expect(list).toEqual([
      { text: 'Do  you ship to Canada? ', language: 'en', count: 2, lastAt: NOW - 1 },
      { text: 'Is it waterproof?', language: 'en', count: 1, lastAt: NOW - 3 },
    ]);
  });
});
