import type { z } from 'zod';

/**
 * A settings problem as data: the field path, a code and its values. The interface says it in the
 * person's language (settings.problem.<code> in lib/i18n); `problemText` is English for logs and tests.
 */
export const SETTINGS_PROBLEM_CODES = [
  'invalid',
  'not-a-number',
  'not-an-integer',
  'not-a-boolean',
  'not-a-text',
  'not-a-list',
  'not-an-object',
  'too-low',
  'not-above',
  'too-high',
  'not-below',
  'empty',
  'unknown-option',
  'bad-time',
  'end-before-start',
  'bad-date',
  'not-a-real-date',
  'bad-time-zone',
  'bad-share',
  'bad-language',
  'must-exceed-threshold',
  'must-exceed-default-threshold',
  'threshold-leaves-no-room',
] as const;
export type SettingsProblemCode = (typeof SETTINGS_PROBLEM_CODES)[number];

export interface SettingsProblem {
  /** The field path, e.g. "workingHours.mon[0].end"; "" for the settings as a whole. */
  field: string;
  code: SettingsProblemCode;
  values?: Record<string, string | number>;
}

/** The params a schema refinement carries so its issue becomes a problem code (see schema.ts). */
export const problemParams = (code: SettingsProblemCode) => ({ params: { problem: code } });

const isCode = (c: unknown): c is SettingsProblemCode => (SETTINGS_PROBLEM_CODES as readonly unknown[]).includes(c);

/** "workingHours.mon[0].end"; the whole settings object is "". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

/** The problem of one zod issue, from its kind and numbers (never from its English message). */
export function problemOfIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): SettingsProblem {
  const field = formatPath([...prefix, ...issue.path]);
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as { problem?: unknown; values?: Record<string, string | number> } | undefined;
      if (!isCode(params?.problem)) return { field, code: 'invalid' };
      return params.values ? { field, code: params.problem, values: params.values } : { field, code: params.problem };
    }
    case 'invalid_type': {
      const byExpected: Record<string, SettingsProblemCode> = {
        number: 'not-a-number', int: 'not-an-integer', boolean: 'not-a-boolean', string: 'not-a-text',
        array: 'not-a-list', object: 'not-an-object',
      };
      return { field, code: byExpected[issue.expected] ?? 'invalid' };
    }
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return { field, code: issue.inclusive ? 'too-low' : 'not-above', values: { min: Number(issue.minimum) } };
      }
      return { field, code: 'empty' };
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return { field, code: issue.inclusive ? 'too-high' : 'not-below', values: { max: Number(issue.maximum) } };
      }
      return { field, code: 'invalid' };
    case 'invalid_value':
      return { field, code: 'unknown-option', values: { options: issue.values.map(String).join(', ') } };
    default:
      return { field, code: 'invalid' };
  }
}

const ENGLISH: Record<SettingsProblemCode, string> = {
  invalid: 'is not valid',
  'not-a-number': 'must be a number',
  'not-an-integer': 'must be a whole number',
  'not-a-boolean': 'must be on or off',
  'not-a-text': 'must be text',
  'not-a-list': 'must be a list',
  'not-an-object': 'must be an object; every field has its default',
  'too-low': 'must be at least {min}',
  'not-above': 'must be above {min}',
  'too-high': 'must be at most {max}',
  'not-below': 'must be below {max}',
  empty: 'must not be empty',
  'unknown-option': 'must be one of {options}',
  'bad-time': 'must be a time "HH:MM" between 00:00 and 24:00',
  'end-before-start': 'end must be later than start on the same day (split an overnight shift at 24:00)',
  'bad-date': 'must be a date "YYYY-MM-DD"',
  'not-a-real-date': 'is not a real calendar date',
  'bad-time-zone': 'must be an IANA time zone such as "Asia/Shanghai" or "America/New_York"',
  'bad-share': 'must be above 0 and below 1 (a share such as 0.05)',
  'bad-language': 'must be an ISO 639-1 language code such as "en" or "zh"',
  'must-exceed-threshold': 'must be higher than the suggestion threshold ({threshold}); otherwise every suggestion would be sent automatically',
  'must-exceed-default-threshold': 'must be higher than the suggestion threshold ({threshold}, the default); otherwise every suggestion would be sent automatically',
  'threshold-leaves-no-room': "{threshold} leaves no room for the auto-send confidence; the rules' own thresholds apply",
};

/** English, for logs and tests only: "workingHours.mon[0].end: end must be later …". */
export function problemText(p: SettingsProblem): string {
  const values = p.values ?? {};
  const text = ENGLISH[p.code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return `${p.field || '(settings)'}: ${text}`;
}
