import { WEEKDAYS, type Weekday } from '../settings/schema';

/** Wall-clock parts of an instant in an IANA time zone (DST-correct, via Intl). */
export interface LocalTime {
  /** "YYYY-MM-DD" */
  date: string;
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', weekday: 'short',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAY_OF: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

export function localTime(at: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const year = Number(parts.year), month = Number(parts.month), day = Number(parts.day);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    year, month, day,
    weekday: WEEKDAY_OF[parts.weekday],
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Offset of the zone from UTC at an instant, in ms (local = utc + offset). */
function offsetAt(at: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day),
    Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time. Like Temporal's "compatible" disambiguation: a time
 * repeated when clocks go back is the earlier one; a time skipped when clocks go forward is
 * moved forward by the gap (02:30 on a spring-forward night is 03:30).
 */
export function zonedInstant(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const day_ms = 86_400_000;
  const before = offsetAt(wall - day_ms, timeZone);
  const after = offsetAt(wall + day_ms, timeZone);
  const valid = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  return valid.length ? Math.min(...valid) : wall - before;
}

/** The calendar date `n` days after a local date (pure calendar arithmetic, no zone). */
export function addDays(year: number, month: number, day: number, n: number): { year: number; month: number; day: number; weekday: Weekday; date: string } {
  const d = new Date(Date.UTC(year, month - 1, day + n));
  const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7];
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday, date: d.toISOString().slice(0, 10) };
}
