import { parsePackCsv } from './csv';
import { parseJsonText, validatePack, type ParseResult } from './parse';
import type { InputProblem } from './errors';
import type { Pack } from './schema';

/**
 * A file a supervisor chose: a CSV (by its name), a pack JSON file, or a library backup (a JSON
 * list of packs, as the library export writes it). All or nothing: any problem refuses the file.
 */
export function parsePackFile(fileName: string, text: string): ParseResult<Pack[]> {
  if (/\.csv$/i.test(fileName)) {
    const r = parsePackCsv(text, fileName);
    return r.ok ? { ok: true, value: [r.value] } : r;
  }
  const json = parseJsonText(text, fileName);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) {
    const r = validatePack(json.value, fileName);
    return r.ok ? { ok: true, value: [r.value] } : r;
  }
  const packs: Pack[] = [];
  const problems: InputProblem[] = [];
  const seen = new Map<string, number>();
  json.value.forEach((value, i) => {
    const r = validatePack(value, fileName);
    if (r.ok) {
      packs.push(r.value);
      const first = seen.get(r.value.id);
      if (first !== undefined) problems.push({ file: fileName, where: `[${i}].id`, message: `pack id "${r.value.id}" is also at [${first}]; a file holds each pack once`, code: 'duplicate-pack-id', values: { id: r.value.id, first } });
      else seen.set(r.value.id, i);
    }
    else problems.push(...r.problems.map((p) => ({ ...p, where: p.where === '(top level)' ? `[${i}]` : `[${i}].${p.where}`.replace('.[', '[') })));
  });
  if (!json.value.length) problems.push({ file: fileName, where: '', message: 'holds no pack', code: 'no-pack' });
  return problems.length ? { ok: false, problems } : { ok: true, value: packs };
}

/** File names for exports: `<pack id>-<version>.pack.json` / `.csv`. */
export function exportFileName(packId: string, version: string, kind: 'json' | 'csv'): string {
  const safe = `${packId}-${version}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  return kind === 'json' ? `${safe}.pack.json` : `${safe}.csv`;
}
