import type { Interval } from './schema';
import type { SettingsProblem } from './problems';

/** A day's opening hours as a person types them: "09:00-12:00, 13:00-18:00"; empty = closed. */
export function intervalsToText(intervals: readonly Interval[]): string {
  return intervals.map((i) => `${i.start}-${i.end}`).join(', ');
}

/** The text back as intervals; undefined when a part is not "HH:MM-HH:MM" (the schema checks the times). */
export function textToIntervals(text: string): Interval[] | undefined {
  const parts = text.split(/[,;，；]/).map((p) => p.trim()).filter(Boolean);
  const out: Interval[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2}:\d{2})\s*[-–~～至到]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) return undefined;
    const pad = (s: string) => s.padStart(5, '0');
    out.push({ start: pad(m[1]), end: pad(m[2]) });
  }
  return out;
}

/** The problems of parseSettings (field "workingHours.mon[0].end") that belong to a field or below it. */
export function errorsOf(errors: readonly SettingsProblem[], field: string): SettingsProblem[] {
  return errors.filter(({ field: f }) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
}
