import type { InputProblem } from '../../lib/pack/errors';
import type { MessageKey } from '../../lib/i18n';
import type { Translate } from './I18n';

/**
 * A problem of an imported file in the interface language: "file: where: what". The JSON path is
 * a value and stays as it is; a line and column, the top level and the problem itself are worded
 * by the catalogue. A problem lib/ gave no code keeps its English message (CSV layout problems).
 */
export function inputProblemText(p: InputProblem, t: Translate): string {
  const where = p.at ? t('importError.line', p.at) : p.cell ? cellText(p.cell, t) : p.where === '(top level)' ? t('importError.topLevel') : p.where;
  const message = p.code ? t(`importError.${p.code}`, typeWords(p.values ?? {}, t)) : p.message;
  return where ? t('importError.at', { file: p.file, where, message }) : t('importError.noWhere', { file: p.file, message });
}

/** A CSV place: row and column as the spreadsheet shows them, and the value's place in its cell. */
function cellText(cell: NonNullable<InputProblem['cell']>, t: Translate): string {
  const { row, column, value } = cell;
  const place = row && column ? t('importError.cell', { row, column }) : row ? t('importError.rowOnly', { row }) : column ? t('importError.columnOnly', { column }) : '';
  return value ? t('importError.valueInCell', { place, value }) : place;
}

/** `expected` and `received` are type words (`array`…): say them in the interface language. */
export function typeWords(values: Record<string, string | number>, t: Translate): Record<string, string | number> {
  const out = { ...values };
  for (const k of ['expected', 'received']) {
    const key = `importError.type.${String(out[k])}` as MessageKey;
    if (typeof out[k] === 'string' && t(key) !== key) out[k] = t(key);
  }
  return out;
}
