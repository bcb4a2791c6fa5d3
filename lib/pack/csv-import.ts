import Papa from 'papaparse';
import type { InputProblem, InputProblemCode } from './errors';
import { validatePack, type ParseResult } from './parse';
import { PACK_FORMAT, PACK_FORMAT_VERSION, RuleKindSchema, type Pack, type TextsByLanguage } from './schema';
import {
  BANNED_COLUMN,
  PACK_COLUMNS,
  PACK_ROW_KIND,
  RULE_COLUMNS,
  TEXT_FIELDS,
  readHeader,
  readKind,
  readThreshold,
  splitValues,
  unprotectCell,
  type Column,
  type PackField,
} from './csv-layout';

const RULE_KINDS = RuleKindSchema.options;
const REQUIRED_PACK_FIELDS: Array<[PackField, string]> = [
  ['id', 'pack_id'],
  ['name', 'pack_name'],
  ['version', 'pack_version'],
];

type Located = { row: number; problem: InputProblem };
type Coded = { code: InputProblemCode; values?: Record<string, string | number> };

/** A header's problem (readHeader's English) as a code for the interface. */
function headerCode(problem: string, cell: string): Coded {
  if (problem.startsWith('needs a language')) {
    const base = cell.trim().toLowerCase().split('.')[0];
    return { code: 'csv-column-language', values: { name: base === 'bannedphrases' ? BANNED_COLUMN : base } };
  }
  if (problem.startsWith('replies need')) return { code: 'csv-replies-any' };
  if (problem.includes('is a reserved name')) return { code: 'csv-reserved-column', values: { column: cell.trim() } };
  return { code: 'csv-unknown-column', values: { known: problem.slice(problem.indexOf('are ') + 4) } };
}

/** The header row's delimiter: Excel writes ";" where the decimal mark is a comma, some tools tabs. */
function guessDelimiter(text: string): string {
  const header = text.split('\n', 50).find((line) => line.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads a pack from a CSV in the layout of csv.ts. Problems name the file, the row as the
 * spreadsheet numbers it (header = row 1) and the column as the header writes it.
 */
export function parsePackCsv(text: string, file: string): ParseResult<Pack> {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), newline: '\n', quoteChar: '"' });
  const found: Located[] = [];
  const at = (row: number, where: string, message: string, coded?: Coded, cell?: InputProblem['cell']) =>
    found.push({ row, problem: { file, where, message, ...coded, ...(cell ? { cell } : {}) } });

  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue;
    const row = e.row + 1;
    const open = e.code === 'MissingQuotes';
    at(row, `row ${row}`, open
      ? 'a quoted cell is never closed: a closing " is missing from here on'
      : 'a quoted cell has text after its closing quote: write a " inside a quoted cell as ""', { code: open ? 'csv-quote-open' : 'csv-quote-after' }, { row });
  }

  const rows = parsed.data.map((cells) => cells.map(unprotectCell));
  const headerIndex = rows.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { ok: false, problems: [{ file, where: '', message: 'the file is empty: it needs a header row and one row per rule', code: 'csv-empty' }] };

  const columns: Array<Column | undefined> = [];
  const headerText = new Map<string, string>();
  rows[headerIndex].forEach((cell, i) => {
    const where = `row ${headerIndex + 1}, column ${i + 1}`;
    if (cell.trim() === '') return;
    const col = readHeader(cell);
    const place = { row: headerIndex + 1, column: cell.trim() };
    if (typeof col === 'string') return at(headerIndex + 1, `${where} "${cell.trim()}"`, col, headerCode(col, cell), place);
    if (headerText.has(col.key)) return at(headerIndex + 1, `${where} "${cell.trim()}"`, `the column "${col.key}" appears twice`, { code: 'csv-column-twice', values: { column: col.key } }, place);
    headerText.set(col.key, cell.trim());
    columns[i] = col;
  });
  const cellWhere = (row: number, key: string) => `row ${row}, column "${headerText.get(key) ?? key}"`;
  const columnOf = (key: string) => headerText.get(key) ?? key;
  const cellAt = (row: number, key: string, message: string, coded: Coded) => at(row, cellWhere(row, key), message, coded, { row, column: columnOf(key) });
  if (![...headerText.keys()].some((k) => k.startsWith('replies.'))) {
    at(headerIndex + 1, `row ${headerIndex + 1}`, 'no "replies.<language>" column such as "replies.en": every rule needs replies', { code: 'csv-no-replies-column' }, { row: headerIndex + 1 });
  }

  const packValues = new Map<PackField, { value: string; row: number; key: string }>();
  const banned = new Map<string, { values: string[]; row: number }>();
  const rules: Array<Record<string, unknown>> = [];
  const ruleRows: number[] = [];

  const givePackValue = (row: number, field: PackField, key: string, value: string) => {
    const first = packValues.get(field);
    if (!first) packValues.set(field, { value, row, key });
    else if (first.value !== value) {
      cellAt(row, key, `"${value}" differs from "${first.value}" on row ${first.row}; the pack has only one ${key.replace('_', ' ')}`, { code: 'csv-pack-value-differs', values: { value, first: first.value, firstRow: first.row, field: key } });
    }
  };

  rows.forEach((cells, index) => {
    const row = index + 1;
    if (index <= headerIndex || isBlank(cells)) return;
    cells.forEach((cell, i) => {
      if (!columns[i] && cell.trim() !== '') at(row, `row ${row}, column ${i + 1}`, `has "${cell.trim()}" but its column has no header`, { code: 'csv-no-header', values: { value: cell.trim() } }, { row, column: `#${i + 1}` });
    });
    const cellOf = (col: Column) => (cells[columns.indexOf(col)] ?? '').trim();
    const filled = columns.filter((c): c is Column => c !== undefined && cellOf(c) !== '');
    const kindCol = columns.find((c) => c?.type === 'rule' && c.field === 'kind');
    const kind = kindCol ? readKind(cellOf(kindCol)) : '';
    const ruleCells = filled.filter((c) => c.type === 'rule' || c.type === 'texts');

    for (const col of filled) {
      if (col.type === 'pack') givePackValue(row, col.field, col.key, cellOf(col));
      if (col.type === 'banned') {
        const values = splitValues(cellOf(col));
        const first = banned.get(col.lang);
        if (!first) banned.set(col.lang, { values, row });
        else if (first.values.join('\n') !== values.join('\n')) {
          cellAt(row, col.key, `differs from the same column on row ${first.row}; give the pack's banned phrases once, on the pack row`, { code: 'csv-banned-differs', values: { firstRow: first.row } });
        }
      }
    }

    if (kind === PACK_ROW_KIND || (kind === '' && ruleCells.length === 0)) {
      for (const col of ruleCells) {
        if (col !== kindCol) cellAt(row, col.key, `must be empty on the pack row (kind "${PACK_ROW_KIND}"); each rule goes on a row of its own`, { code: 'csv-pack-row-cell', values: { kind: PACK_ROW_KIND } });
      }
      return;
    }
    if (!(RULE_KINDS as readonly string[]).includes(kind)) {
      const shown = kind === '' ? 'is empty' : `"${kindCol ? cellOf(kindCol) : ''}" is not a kind`;
      const coded: Coded = kind === '' ? { code: 'csv-empty-kind', values: { kind: PACK_ROW_KIND } } : { code: 'csv-bad-kind', values: { value: kindCol ? cellOf(kindCol) : '', kind: PACK_ROW_KIND } };
      cellAt(row, 'kind', `${shown}: write faq, welcome, offline or quick (or ${PACK_ROW_KIND} for the row with the pack's name and version)`, coded);
      return;
    }

    const rule: Record<string, unknown> = {};
    for (const col of filled) {
      const cell = cellOf(col);
      if (col.type === 'texts') {
        const values = splitValues(cell);
        if (values.length) ((rule[col.field] ??= {}) as TextsByLanguage)[col.lang] = values;
      } else if (col.type === 'rule') {
        if (col.field === 'kind') rule.kind = kind;
        else if (col.field === 'skus' || col.field === 'tags') {
          const values = splitValues(cell);
          if (values.length) rule[col.field] = values;
        } else if (col.field === 'priority') {
          if (/^[+-]?\d+$/.test(cell)) rule.priority = Number(cell);
          else cellAt(row, col.key, `"${cell}" is not a whole number; a priority is a whole number such as 0, 5 or -1 (higher wins)`, { code: 'csv-not-whole', values: { value: cell } });
        } else if (col.field === 'threshold') {
          const t = readThreshold(cell);
          if ('value' in t) rule.threshold = t.value;
          else cellAt(row, col.key, t.problem, { code: t.code, values: t.values });
        } else rule[col.field] = cell;
      }
    }
    rules.push(orderRule(rule));
    ruleRows.push(row);
  });

  const covered = new Set<string>();
  for (const [field, key] of REQUIRED_PACK_FIELDS) {
    if (packValues.has(field)) continue;
    covered.add(field);
    at(0, `column "${headerText.get(key) ?? key}"`, `no row gives the pack's ${key.slice(5)}: fill it in on the pack row (kind "${PACK_ROW_KIND}")`, { code: 'csv-missing-pack-field', values: { field: key.slice(5), kind: PACK_ROW_KIND } }, { column: columnOf(key) });
  }
  if (rules.length === 0) {
    covered.add('rules');
    if (!found.some((f) => f.row > headerIndex + 1)) at(0, '', 'the file has no rule rows: put one rule on each row under the header', { code: 'csv-no-rules' });
  }

  const pack: Record<string, unknown> = { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION };
  for (const field of Object.values(PACK_COLUMNS)) {
    const given = packValues.get(field);
    if (given) pack[field] = given.value;
  }
  pack.rules = rules;
  if (banned.size) {
    const phrases: TextsByLanguage = {};
    for (const [lang, { values }] of banned) if (values.length) phrases[lang] = values;
    if (Object.keys(phrases).length) pack.bannedPhrases = phrases;
  }

  const checked = validatePack(pack, file);
  if (!checked.ok) {
    const locate = locator(pack as unknown as Pack, ruleRows, packValues, banned, cellWhere, columnOf);
    for (const p of checked.problems) {
      if (covered.has(p.where)) continue;
      const { row, where, cell } = locate(p.where);
      const message = p.message.replace(/rules\[(\d+)\]/g, (_, i: string) => `row ${ruleRows[Number(i)]}`);
      // The code says it in the person's language; a rules[i] index means nothing in a CSV, so a
      // repeated rule id names the row of the first one instead.
      const coded: Partial<Coded> = p.code === 'duplicate-rule-id'
        ? { code: 'csv-duplicate-rule-id', values: { id: String(p.values?.id ?? ''), firstRow: ruleRows[Number(p.values?.first)] ?? 0 } }
        : p.code ? { code: p.code, values: p.values } : {};
      found.push({ row, problem: { file, where, message, ...coded, ...(cell ? { cell } : {}) } });
    }
  }
  if (found.length) return { ok: false, problems: found.sort((a, b) => a.row - b.row).map((f) => f.problem) };
  return checked;
}

const RULE_ORDER = ['id', 'kind', 'title', 'priority', 'threshold', ...TEXT_FIELDS, 'skus', 'tags'];
function orderRule(rule: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(RULE_ORDER.filter((k) => k in rule).map((k) => [k, rule[k]]));
}

/** `rules[1].replies.en[0]` → ["rules", 1, "replies", "en", 0]. */
function pathOf(where: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const m of where.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g)) {
    parts.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? (JSON.parse(m[2]) as string) : m[3]);
  }
  return parts;
}

const RULE_FIELD_COLUMN = new Map<string, string>(Object.entries(RULE_COLUMNS).map(([col, field]) => [field, col]));
const PACK_FIELD_COLUMN = new Map<string, string>(Object.entries(PACK_COLUMNS).map(([col, field]) => [field, col]));

/** Maps a JSON path from validatePack back to the row and column the value came from. */
function locator(
  pack: Pack,
  ruleRows: number[],
  packValues: Map<PackField, { row: number }>,
  banned: Map<string, { row: number }>,
  cellWhere: (row: number, key: string) => string,
  columnOf: (key: string) => string,
) {
  const inCell = (list: unknown, index: unknown) =>
    typeof index === 'number' && Array.isArray(list) && list.length > 1 ? `, value ${index + 1} in the cell` : '';
  const nth = (list: unknown, index: unknown) => (typeof index === 'number' && Array.isArray(list) && list.length > 1 ? { value: index + 1 } : {});
  return (where: string): { row: number; where: string; cell?: InputProblem['cell'] } => {
    const [top, i, field, lang, index] = pathOf(where);
    if (top === 'rules' && typeof i === 'number') {
      const row = ruleRows[i];
      const rule = pack.rules[i] as Record<string, unknown>;
      const ruleColumn = typeof field === 'string' ? RULE_FIELD_COLUMN.get(field) : undefined;
      if (typeof field === 'string' && ruleColumn) {
        return { row, where: cellWhere(row, ruleColumn) + inCell(rule[field], lang), cell: { row, column: columnOf(ruleColumn), ...nth(rule[field], lang) } };
      }
      if (field === 'keywords' && lang === undefined) return { row, where: `row ${row}, columns "keywords.<language>" and "examples.<language>"`, cell: { row, column: 'keywords.<language> / examples.<language>' } };
      if ((TEXT_FIELDS as readonly string[]).includes(String(field))) {
        if (lang === undefined) return { row, where: `row ${row}, columns "${field}.<language>"`, cell: { row, column: `${String(field)}.<language>` } };
        const texts = rule[field as string] as TextsByLanguage;
        return { row, where: cellWhere(row, `${field}.${lang}`) + inCell(texts[lang as string], index), cell: { row, column: columnOf(`${field}.${lang}`), ...nth(texts[lang as string], index) } };
      }
      return { row, where: `row ${row}`, cell: { row } };
    }
    if (top === 'bannedPhrases' && typeof i === 'string') {
      const row = banned.get(i)?.row ?? 0;
      return { row, where: cellWhere(row, `${BANNED_COLUMN}.${i}`) + inCell(pack.bannedPhrases?.[i], field), cell: { row, column: columnOf(`${BANNED_COLUMN}.${i}`), ...nth(pack.bannedPhrases?.[i], field) } };
    }
    const column = PACK_FIELD_COLUMN.get(String(top));
    if (column) {
      const row = packValues.get(top as PackField)?.row ?? 0;
      return { row, where: cellWhere(row, column), cell: { row, column: columnOf(column) } };
    }
    return { row: 0, where };
  };
}
