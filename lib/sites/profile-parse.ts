import { jsonPath, type InputProblem } from '../pack/errors';
import { guardMessage, guardValue } from '../pack/guard';
import { codeOfGuard, typeWord, valueAt } from '../pack/issue-codes';
import { parseJsonText, type ParseResult } from '../pack/parse';
import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION, ROLES, siteProfileFileSchema, type SelectorCheck, type SiteProfileFile } from './profile-v1';

/** The parts of a zod issue the codes are read from. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  params?: Record<string, unknown>;
  expected?: unknown;
}

/** One zod issue of a profile file as problems a person can act on (an unknown key gives one per key). */
function problemsOf(issue: Issue, input: unknown, file: string): InputProblem[] {
  const path = issue.path;
  const last = path[path.length - 1];
  const value = valueAt(input, path);
  const at = (where: readonly PropertyKey[], message: string, rest: Partial<InputProblem> = {}): InputProblem => ({ file, where: jsonPath(where), message, ...rest });
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) =>
        path[0] === 'selectors' && path.length === 1
          ? at([...path, key], `is not a role of site-profile-v1 (roles: ${ROLES.join(', ')})`, { code: 'profile-unknown-role', values: { role: key } })
          : at([...path, key], 'is not a field of this object', { code: 'profile-unknown-field', values: { name: key } }),
      );
    case 'invalid_value':
      if (last === 'format') return [at(path, `must be "${PROFILE_FORMAT}"`, { code: 'bad-format', values: { expected: PROFILE_FORMAT } })];
      if (last === 'formatVersion' && typeof value === 'number' && value > PROFILE_FORMAT_VERSION) {
        return [
          at(path, `is ${value}: this profile was written by a newer ShopReply; this version reads format version ${PROFILE_FORMAT_VERSION}`, {
            code: 'newer-format',
            values: { value, expected: PROFILE_FORMAT_VERSION },
          }),
        ];
      }
      if (last === 'formatVersion') return [at(path, `must be ${PROFILE_FORMAT_VERSION}`, { code: 'bad-format', values: { expected: PROFILE_FORMAT_VERSION } })];
      if (last === 'send') return [at(path, 'must be "button" or "enter"', { code: 'profile-bad-send', values: { value: String(value) } })];
      if (last === 'of' || last === 'text') return [at(path, `is not a role of site-profile-v1`, { code: 'profile-unknown-role', values: { role: String(value) } })];
      break;
    case 'invalid_type':
      if (value === undefined) return [at(path, 'is missing', { code: 'missing' })];
      return [at(path, issue.message, { code: 'wrong-type', values: { expected: String(issue.expected), received: typeWord(value) } })];
    case 'too_small':
      return [at(path, typeof value === 'string' ? 'is empty' : 'needs at least one entry', { code: typeof value === 'string' ? 'empty-text' : 'profile-empty-list' })];
    case 'invalid_format':
      if (last === 'id') return [at(path, 'must be lower-case letters, digits and hyphens, starting with a letter or digit', { code: 'bad-pack-id', values: { value: String(value) } })];
      break;
    case 'invalid_union':
      if (path[0] === 'conversationId') {
        return [at(path, 'is not an id source: {"attribute","of"}, {"url":"param","name"}, {"url":"path","pattern"} or {"text"}', { code: 'profile-bad-id-source' })];
      }
      break;
    case 'custom': {
      if (issue.params?.pattern) {
        return [at(path, `"${String(value)}" ${issue.message}`, { code: 'profile-bad-pattern', values: { pattern: String(value), why: String(issue.params.pattern) } })];
      }
      if (issue.params?.missingRole) {
        return [at(path, `needs ${String(issue.params.missingRole)}`, { code: 'profile-missing-role', values: { roles: String(issue.params.missingRole) } })];
      }
      if (path[0] === 'selectors') {
        return [at(path, `"${String(value)}" is not a valid CSS selector`, { code: 'profile-bad-selector', values: { role: String(path[1]), selector: String(value) } })];
      }
      if (last === 'pattern') return [at(path, issue.message, { code: 'profile-bad-regex', values: { value: String(value) } })];
      break;
    }
  }
  return [at(path, issue.message, { code: 'invalid' })];
}

/** Checks a parsed JSON value against site-profile-v1; the profile is refused whole on any problem. */
export function validateSiteProfile(value: unknown, file: string, check?: SelectorCheck): ParseResult<SiteProfileFile> {
  const guard = guardValue(value);
  if (guard) return { ok: false, problems: [{ file, where: jsonPath(guard.path), message: guardMessage(guard), ...codeOfGuard(guard) }] };
  const result = siteProfileFileSchema(check).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => problemsOf(issue as unknown as Issue, value, file)) };
}

export function parseSiteProfileText(text: string, file: string, check?: SelectorCheck): ParseResult<SiteProfileFile> {
  const json = parseJsonText(text, file);
  return json.ok ? validateSiteProfile(json.value, file, check) : json;
}

/** Whether a parsed JSON value says it is a site profile (its `format`), whatever else is wrong with it. */
export function looksLikeSiteProfile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === PROFILE_FORMAT;
}
