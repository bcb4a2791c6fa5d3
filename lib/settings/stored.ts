import { autoSendConfidenceProblem, parseSettings, SettingsFieldsSchema, type ShopSettings } from './schema';
import { problemOfIssue, problemText, type SettingsProblem } from './problems';

/**
 * Reading settings back from storage, field by field: a field that no longer parses (an older
 * version or a damaged record wrote it) gets its default and is reported, and every other field
 * keeps its stored value. One bad field must not unpause a paused shop or raise its auto-send limit.
 */

export interface StoredSettings {
  settings: ShopSettings;
  /** The stored fields that did not parse and were replaced by their defaults, each naming its field. */
  errors: SettingsProblem[];
}

/** The time zone of this browser, which the shop gets until it chooses one. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

type Field = keyof typeof SettingsFieldsSchema.shape;
const FIELDS = Object.keys(SettingsFieldsSchema.shape) as Field[];

export function settingsFromStored(stored: unknown, timeZone: string = browserTimeZone()): StoredSettings {
  const errors: SettingsProblem[] = [];
  let record: Record<string, unknown> = {};
  if (stored !== undefined && stored !== null) {
    if (typeof stored === 'object' && !Array.isArray(stored)) record = stored as Record<string, unknown>;
    else errors.push({ field: '', code: 'not-an-object' });
  }
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const schema = SettingsFieldsSchema.shape[field];
    // A shop that never chose a time zone (or whose choice no longer parses) has the browser's.
    const fallback = field === 'timeZone' ? timeZone : undefined;
    const value = record[field] === undefined ? fallback : record[field];
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      out[field] = parsed.data;
      continue;
    }
    errors.push(...parsed.error.issues.map((i) => problemOfIssue(i, [field])));
    out[field] = schema.parse(fallback);
  }
  const settings = out as ShopSettings;
  const crossField = autoSendConfidenceProblem(settings);
  if (crossField) {
    // The safer of the two: auto-send falls back to its default; if even that is not above the
    // shop's suggestion threshold, the threshold goes (the rules' own thresholds remain).
    errors.push(crossField);
    settings.autoSendConfidence = SettingsFieldsSchema.shape.autoSendConfidence.parse(undefined);
    if (autoSendConfidenceProblem(settings)) {
      const threshold = settings.suggestionThreshold ?? 0;
      errors.push({ field: 'suggestionThreshold', code: 'threshold-leaves-no-room', values: { threshold, percent: Math.round(threshold * 1000) / 10 } });
      delete settings.suggestionThreshold;
    }
  }
  const check = parseSettings(settings);
  if (!check.ok) throw new Error(`settingsFromStored produced invalid settings: ${check.errors.map(problemText).join('; ')}`);
  return { settings: check.settings, errors };
}

export type SettingsChange = { ok: true; settings: ShopSettings } | { ok: false; errors: SettingsProblem[] };

/**
 * The settings after a change of some fields: only the fields in `patch` change, every other field
 * stays as read. The whole is validated; errors name the field.
 */
export function changeSettings(current: ShopSettings, patch: Partial<ShopSettings>): SettingsChange {
  const next: Record<string, unknown> = { ...current, ...patch };
  // `suggestionThreshold: undefined` in a patch clears it.
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
  const parsed = parseSettings(next);
  return parsed.ok ? { ok: true, settings: parsed.settings } : { ok: false, errors: parsed.errors };
}
