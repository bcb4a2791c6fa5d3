import { z } from 'zod';
import { DEFAULT_THRESHOLD, LanguageCodeSchema } from '../pack/schema';

/**
 * The shop's chat-service settings: one schema, defaults included, types inferred.
 * `parseSettings` reports every problem with the field it belongs to.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clock = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time "HH:MM" between 00:00 and 24:00');

export const minutesOfClock = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** One opening interval of a day. An overnight shift is two intervals (22:00–24:00, 00:00–02:00). */
export const IntervalSchema = z
  .object({ start: clock, end: clock })
  .refine((i) => minutesOfClock(i.end) > minutesOfClock(i.start), {
    message: 'end must be later than start on the same day (split an overnight shift at 24:00)',
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
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date "YYYY-MM-DD"')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as "Asia/Shanghai" or "America/New_York"');

const share = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1 (a share such as 0.2, not a percentage)');

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
        share: z.number().refine((s) => s > 0 && s < 1, 'must be above 0 and below 1 (a share such as 0.05)'),
        startedAt: z.number().int().nonnegative(),
        ended: z.object({ at: z.number().int().nonnegative(), outcome: z.enum(['widened', 'stopped']) }).optional(),
      })
      .optional(),
    /**
     * Sites (host names) where a supervisor accepts auto-send in conversations the page identifies
     * by the buyer's name alone: two buyers with one name would share the conversation there.
     */
    nameOnlyAutoSendSites: z.array(z.string().trim().toLowerCase().min(1, 'must be a host name such as "seller-us.tiktok.com"')).default([]),
    /**
     * Languages the shop answers buyers in: the editor reports missing replies only for these.
     * Empty (the default) means "not chosen yet": each pack is held to the languages its own rules
     * answer in, so importing a Chinese-only pack does not flood the editor with "no German reply".
     */
    servedLanguages: z.array(LanguageCodeSchema).default([]),
});

/** The one rule between fields: auto-send needs more confidence than a suggestion does. */
export function autoSendConfidenceProblem(s: Pick<ShopSettings, 'autoSendConfidence' | 'suggestionThreshold'>): string | undefined {
  const floor = s.suggestionThreshold ?? DEFAULT_THRESHOLD;
  if (s.autoSendConfidence > floor) return undefined;
  return `must be higher than the suggestion threshold (${floor}${s.suggestionThreshold === undefined ? ', the default' : ''}); otherwise every suggestion would be sent automatically`;
}

export const SettingsSchema = SettingsFieldsSchema.superRefine((s, ctx) => {
  const message = autoSendConfidenceProblem(s);
  if (message) ctx.addIssue({ code: 'custom', path: ['autoSendConfidence'], message });
});

export type ShopSettings = z.output<typeof SettingsSchema>;
export type ShopSettingsInput = z.input<typeof SettingsSchema>;

export type SettingsParse =
  | { ok: true; settings: ShopSettings }
  | { ok: false; errors: string[] };

/** Parses stored or edited settings; each error starts with the field path, e.g. "workingHours.mon[0].end: …". */
export function parseSettings(input: unknown): SettingsParse {
  const r = SettingsSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, settings: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => issueText(i.path, i.message)),
  };
}

/** "workingHours.mon[0].end: must be …"; the whole settings object is "(settings)". */
export function issueText(path: readonly PropertyKey[], message: string): string {
  return `${formatPath(path) || '(settings)'}: ${message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

/** Defaults for every field, e.g. for tests and first start. */
export const defaultSettings = (): ShopSettings => SettingsSchema.parse({});
