import { parsePackCsv } from '../pack/csv';
import { parsePackText, type ParseResult } from '../pack/parse';
import type { Pack } from '../pack/schema';

/** A pack file a supervisor chose: CSV by its name (.csv), else pack JSON. */
export function parsePackFile(fileName: string, text: string): ParseResult<Pack> {
  return /\.csv$/i.test(fileName) ? parsePackCsv(text, fileName) : parsePackText(text, fileName);
}

/** File names for exports: `<pack id>-<version>.pack.json` / `.csv`. */
export function exportFileName(packId: string, version: string, kind: 'json' | 'csv'): string {
  const safe = `${packId}-${version}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  return kind === 'json' ? `${safe}.pack.json` : `${safe}.csv`;
}
