/** Columns and cell encoding shared by CSV import and export; the layout is described in csv.ts. */
import { RESERVED_NAMES } from './limits';

export const PACK_COLUMNS = {
  pack_id: 'id',
  pack_name: 'name',
  pack_version: 'version',
  default_language: 'defaultLanguage',
  pack_description: 'description',
} as const;
export type PackField = (typeof PACK_COLUMNS)[keyof typeof PACK_COLUMNS];

export const RULE_COLUMNS = {
  rule_id: 'id',
  kind: 'kind',
  title: 'title',
  priority: 'priority',
  threshold: 'threshold',
  skus: 'skus',
  tags: 'tags',
} as const;
export type RuleField = (typeof RULE_COLUMNS)[keyof typeof RULE_COLUMNS];

export const TEXT_FIELDS = ['keywords', 'examples', 'replies'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const BANNED_COLUMN = 'banned_phrases';

/** The value of the `kind` column on the row that carries the pack's own fields. */
export const PACK_ROW_KIND = 'pack';

export type Column =
  | { type: 'pack'; key: string; field: PackField }
  | { type: 'banned'; key: string; lang: string }
  | { type: 'rule'; key: string; field: RuleField }
  | { type: 'texts'; key: string; field: TextField; lang: string };

/**
 * Headers a person understands, as the import panel's templates write them (csv-template.ts), for
 * each machine name. Text columns add the language in brackets: `回复 (zh)`, `Replies (en)`.
 */
export const HUMAN_HEADERS = {
  zh: {
    pack_id: '话术包ID', pack_name: '话术包名称', pack_version: '版本', default_language: '默认语言', pack_description: '话术包说明',
    rule_id: '规则ID', kind: '类型', title: '标题', priority: '优先级', threshold: '匹配阈值', skus: 'SKU', tags: '标签',
    keywords: '关键词', examples: '买家问法', replies: '回复', banned_phrases: '禁用语',
  },
  en: {
    pack_id: 'Pack ID', pack_name: 'Pack name', pack_version: 'Version', default_language: 'Default language', pack_description: 'Pack description',
    rule_id: 'Rule ID', kind: 'Type', title: 'Title', priority: 'Priority', threshold: 'Match threshold', skus: 'SKUs', tags: 'Tags',
    keywords: 'Keywords', examples: 'Buyer questions', replies: 'Replies', banned_phrases: 'Banned phrases',
  },
} as const;
export type HeaderLanguage = keyof typeof HUMAN_HEADERS;

// Lower-cased human header → machine name. A Map: header text is the person's, not ours.
const ALIASES = new Map<string, string>(
  Object.values(HUMAN_HEADERS).flatMap((names) => Object.entries(names).map(([key, label]) => [label.toLowerCase(), key] as [string, string])),
);
// Also the spellings people type: 英文/全角 brackets, SKU list, "关键字".
for (const [alias, key] of [['关键字', 'keywords'], ['例句', 'examples'], ['skus', 'skus'], ['sku', 'skus'], ['type', 'kind'], ['阈值', 'threshold'], ['违禁词', 'banned_phrases']] as const) ALIASES.set(alias, key);

/** `回复 (zh)`, `回复（zh）` or `Replies (en)` → `replies.zh`; a plain human header → its machine name. */
function machineHeader(key: string): string {
  const bracket = /^(.+?)\s*[(（]\s*([a-z]{2}|\*)\s*[)）]$/.exec(key);
  if (bracket) {
    const base = ALIASES.get(bracket[1].trim()) ?? bracket[1].trim();
    return `${base}.${bracket[2]}`;
  }
  return ALIASES.get(key) ?? key;
}

/** Rule kinds as the Chinese template writes them (the `类型` column); English uses the kind names. */
export const HUMAN_KINDS = { zh: { faq: '问答', welcome: '欢迎语', offline: '离线回复', quick: '快捷短语', pack: '话术包' } } as const;
const KIND_ALIASES = new Map<string, string>(Object.entries(HUMAN_KINDS.zh).map(([kind, label]) => [label, kind]));

/** A kind cell in the machine's words: `问答` → `faq`; anything else lower-cased as it is. */
export function readKind(cell: string): string {
  const text = cell.trim();
  return KIND_ALIASES.get(text) ?? text.toLowerCase();
}

/** Reads one header cell; a string result is the problem, in a supervisor's words. */
export function readHeader(cell: string): Column | string {
  const key = machineHeader(cell.trim().toLowerCase());
  // Own keys only: `"constructor" in PACK_COLUMNS` is true through the object's prototype.
  if (RESERVED_NAMES.has(key)) return `"${cell.trim()}" is a reserved name, not a column ShopReply knows; remove the column`;
  if (Object.hasOwn(PACK_COLUMNS, key)) return { type: 'pack', key, field: PACK_COLUMNS[key as keyof typeof PACK_COLUMNS] };
  if (Object.hasOwn(RULE_COLUMNS, key)) return { type: 'rule', key, field: RULE_COLUMNS[key as keyof typeof RULE_COLUMNS] };
  const dot = key.indexOf('.');
  const base = dot < 0 ? key : key.slice(0, dot);
  const isTexts = (TEXT_FIELDS as readonly string[]).includes(base);
  if (isTexts || base === BANNED_COLUMN || base === 'bannedphrases') {
    const lang = dot < 0 ? '' : key.slice(dot + 1);
    const name = isTexts ? base : BANNED_COLUMN;
    if (!/^[a-z]{2}$/.test(lang) && lang !== '*') {
      // Problems of a header stay strings (English, for scripts); csv-import gives them codes.
      return `needs a language after the dot, such as "${name}.en", "${name}.zh" or "${name}.*" for every language`;
    }
    if (lang === '*' && base === 'replies') {
      return 'replies need a real language such as "replies.en": "*" is allowed for keywords, examples and banned phrases only';
    }
    const canonical = `${name}.${lang}`;
    return isTexts
      ? { type: 'texts', key: canonical, field: base as TextField, lang }
      : { type: 'banned', key: canonical, lang };
  }
  const known = [...Object.keys(PACK_COLUMNS), ...Object.keys(RULE_COLUMNS), 'keywords.<language>', 'examples.<language>', 'replies.<language>', `${BANNED_COLUMN}.<language>`];
  return `is not a column ShopReply knows; the columns are ${known.join(', ')}`;
}

// In a cell that holds several values, a line break separates them. A value's own line breaks are
// written \n (and \r); a backslash is doubled only where it would otherwise be read as one of those.
export function encodeValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\\' && i + 1 < value.length && '\\nr\n\r'.includes(value[i + 1])) out += '\\\\';
    else out += c;
  }
  return out;
}

export function decodeValue(text: string): string {
  return text.replace(/\\([\\nr])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

export function joinValues(values: readonly string[]): string {
  return values.map(encodeValue).join('\n');
}

/** Values of a multi-value cell; blank lines are skipped and each value is trimmed. */
export function splitValues(cell: string): string[] {
  return cell
    .split('\n')
    .map((line) => decodeValue(line.trim()).trim())
    .filter((v) => v !== '');
}

// Excel runs a cell that starts with = + - @ as a formula (a shared pack could carry one, and a
// reply such as "+1 for that" would be mangled on save), so such cells are written with a leading
// apostrophe, which import removes again. Plain numbers such as -1 stay as they are.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function protectCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function unprotectCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A threshold cell: a share (0.88, 0,88) or a percentage (88%, 88,5 %). */
export type ThresholdProblem = { problem: string; code: 'csv-threshold-text' | 'csv-threshold-percent' | 'csv-threshold-low' | 'csv-threshold-high'; values: Record<string, string | number> };
export function readThreshold(cell: string): { value: number } | ThresholdProblem {
  const text = cell.trim().replace(/\s+/g, '');
  const percent = text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).replace(/^(\d*),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(digits)) {
    return { problem: `"${cell.trim()}" is not a threshold: write a share such as 0.85 or a percentage such as 85%`, code: 'csv-threshold-text', values: { value: cell.trim() } };
  }
  // "88.3e-2" parses exactly as "0.883" would, where 88.3 / 100 may be off in the last bit.
  const value = Number(percent ? `${digits}e-2` : digits);
  if (!percent && value > 1) {
    return { problem: `${digits} looks like a percentage: write ${digits}% or ${Number(`${digits}e-2`)} (the threshold is a share between 0 and 1)`, code: 'csv-threshold-percent', values: { value: digits, share: Number(`${digits}e-2`) } };
  }
  if (value <= 0) return { problem: 'must be above 0: write a share such as 0.85 or a percentage such as 85%', code: 'csv-threshold-low', values: {} };
  if (value > 1) return { problem: `${cell.trim()} is more than 100%`, code: 'csv-threshold-high', values: { value: cell.trim() } };
  return { value };
}
