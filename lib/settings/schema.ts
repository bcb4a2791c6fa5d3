import { z } from 'zod';
import { DEFAULT_THRESHOLD, LanguageCodeSchema } from '../pack/schema';
import { problemOfIssue, problemParams, type SettingsProblem } from './problems';

/**
 * The shop's chat-service settings: one schema, defaults included, types inferred.
 * `parseSettings` reports every problem with the field it belongs to.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clock = z
  .string()
  .refine((s) => /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(s), problemParams('bad-time'));

export const minutesOfClock = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** One opening interval of a day. An overnight shift is two intervals (22:00–24:00, 00:00–02:00). */
export const IntervalSchema = z
  .object({ start: clock, end: clock })
  .refine((i) => minutesOfClock(i.end) > minutesOfClock(i.start), {
    ...problemParams('end-before-start'),
    path: ['end'],
  });
export type Interval = z.infer<typeof IntervalSchema>;

const day = z.array(IntervalSchema).default([]);
const officeDay = () => [{ start: '09:00', end: '18:00' }];

/** Per weekday; an empty list (or a missing day) means closed all day. */
export const WorkingHoursSchema = z.object({
  mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day,
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { ...problemParams('bad-date'), abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, problemParams('not-a-real-date'));

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, problemParams('bad-time-zone'));

const share = z.number().min(0).max(1);

/** Every field on its own, each with its default: stored settings are read field by field (stored.ts). */
export const SettingsFieldsSchema = z.object({
    /** The shop's time zone; the caller passes the browser's zone when the shop has not chosen one. */
    timeZone: timeZone.default('UTC'),
    workingHours: WorkingHoursSchema.default({
      mon: officeDay(), tue: officeDay(), wed: officeDay(), thu: officeDay(), fri: officeDay(), sat: [], sun: [],
    }),
    /** Closed all day on these local dates. */
    holidays: z.array(isoDate).default([]),
    /** A buyer message after more than this many seconds of silence starts a new session. */
    contextWindowSeconds: z.number().int().positive().default(1800),
    /** Shop-wide least similarity for a faq suggestion; it can only raise the rules' own thresholds. */
    suggestionThreshold: z.number().gt(0).lte(1).optional(),
    autoSendConfidence: z.number().gt(0).lte(1).default(0.92),
    maxAutoRepliesPerSession: z.number().int().min(0).default(3),
    offlineReplyDeadlineMinutes: z.number().int().positive().default(120),
    /** Append "we will reply from Monday 09:00" to the offline reply (see conversation/hours.ts). */
    appendNextOpening: z.boolean().default(true),
    globalAutoSendPaused: z.boolean().default(false),
    interfaceLanguage: z.enum(['auto', 'zh', 'en']).default('auto'),
    agentName: z.string().trim().default(''),
    shopName: z.string().trim().default(''),
    /** Share of conversations (by a hash of their id) where auto-send may act. */
    grayLaunchShare: share.default(1),
    /**
     * The gray launch under way or last run (lib/metrics/gray-launch.ts): its share and start, and
     * how it ended. Absent in shops that never started one.
     */
    grayLaunch: z
      .object({
        share: z.number().refine((s) => s > 0 && s < 1, problemParams('bad-share')),
        startedAt: z.number().int().nonnegative(),
        ended: z.object({ at: z.number().int().nonnegative(), outcome: z.enum(['widened', 'stopped']) }).optional(),
      })
      .optional(),
    /**
     * Sites (host names) where a supervisor accepts auto-send in conversations the page identifies
     * by the buyer's name alone: two buyers with one name would share the conversation there.
     */
    nameOnlyAutoSendSites: z.array(z.string().trim().toLowerCase().min(1)).default([]),
    /**
     * Languages the shop answers buyers in: the editor reports missing replies only for these.
     * Empty (the default) means "not chosen yet": each pack is held to the languages its own rules
     * answer in, so importing a Chinese-only pack does not flood the editor with "no German reply".
     */
    servedLanguages: z.array(z.string().refine((c) => LanguageCodeSchema.safeParse(c).success, problemParams('bad-language'))).default([]),
});

/** The one rule between fields: auto-send needs more confidence than a suggestion does. */
export function autoSendConfidenceProblem(s: Pick<ShopSettings, 'autoSendConfidence' | 'suggestionThreshold'>): SettingsProblem | undefined {
  const floor = s.suggestionThreshold ?? DEFAULT_THRESHOLD;
  if (s.autoSendConfidence > floor) return undefined;
  return {
    field: 'autoSendConfidence',
    code: s.suggestionThreshold === undefined ? 'must-exceed-default-threshold' : 'must-exceed-threshold',
    values: { threshold: floor, percent: Math.round(floor * 1000) / 10 },
  };
}

export const SettingsSchema = SettingsFieldsSchema.superRefine((s, ctx) => {
  const problem = autoSendConfidenceProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', path: ['autoSendConfidence'], params: { problem: problem.code, values: problem.values } });
});

export type ShopSettings = z.output<typeof SettingsSchema>;
export type ShopSettingsInput = z.input<typeof SettingsSchema>;

export type SettingsParse =
  | { ok: true; settings: ShopSettings }
  | { ok: false; errors: SettingsProblem[] };

/** Parses stored or edited settings; each problem names its field path, e.g. "workingHours.mon[0].end". */
export function parseSettings(input: unknown): SettingsParse {
  const r = SettingsSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, settings: r.data };
  return { ok: false, errors: r.error.issues.map((i) => problemOfIssue(i)) };
}

/** Defaults for every field, e.g. for tests and first start. */
export const defaultSettings = (): ShopSettings => SettingsSchema.parse({});
