import Papa from 'papaparse';
import type { Pack, Rule, TextsByLanguage } from './schema';
import { BANNED_COLUMN, PACK_COLUMNS, PACK_ROW_KIND, RULE_COLUMNS, TEXT_FIELDS, joinValues, protectCell } from './csv-layout';

/** Languages of a set of text maps: "*" first, then the pack's default, then as they first appear. */
function languagesOf(maps: Array<TextsByLanguage | undefined>, first: string[]): string[] {
  const seen = new Set<string>();
  for (const map of maps) for (const lang of Object.keys(map ?? {})) seen.add(lang);
  const order = ['*', ...first, ...seen];
  return [...new Set(order)].filter((lang) => seen.has(lang) || (first.includes(lang) && lang !== '*'));
}

function ruleCell(rule: Rule, field: string): string {
  const value = (rule as Record<string, unknown>)[field];
  if (value === undefined) return '';
  if (Array.isArray(value)) return joinValues(value as string[]);
  return String(value);
}

/**
 * The pack as a CSV in the layout of csv.ts, the way Excel writes one: a BOM so that Excel reads
 * UTF-8 (Chinese and every other script), CRLF between rows, every cell quoted.
 */
export function packToCsv(pack: Pack): string {
  const defaultLanguage = pack.defaultLanguage ?? 'en';
  const texts = TEXT_FIELDS.map((field) => ({
    field,
    langs: languagesOf(pack.rules.map((r) => r[field]), [defaultLanguage]),
  }));
  const bannedLangs = languagesOf([pack.bannedPhrases], []);

  const header = [
    ...Object.keys(PACK_COLUMNS),
    ...Object.keys(RULE_COLUMNS),
    ...texts.flatMap(({ field, langs }) => langs.map((lang) => `${field}.${lang}`)),
    ...bannedLangs.map((lang) => `${BANNED_COLUMN}.${lang}`),
  ];
  const blankRule = Array<string>(Object.keys(RULE_COLUMNS).length - 2).fill('');
  const packRow = [
    ...Object.values(PACK_COLUMNS).map((field) => pack[field] ?? ''),
    '',
    PACK_ROW_KIND,
    ...blankRule,
    ...texts.flatMap(({ langs }) => langs.map(() => '')),
    ...bannedLangs.map((lang) => joinValues(pack.bannedPhrases?.[lang] ?? [])),
  ];
  const ruleRows = pack.rules.map((rule) => [
    ...Object.values(PACK_COLUMNS).map(() => ''),
    ...Object.values(RULE_COLUMNS).map((field) => ruleCell(rule, field)),
    ...texts.flatMap(({ field, langs }) => langs.map((lang) => joinValues(rule[field]?.[lang] ?? []))),
    ...bannedLangs.map(() => ''),
  ]);
  const rows = [header, packRow, ...ruleRows].map((cells) => cells.map(protectCell));
  return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n', quotes: true }) + '\r\n';
}
