import { readFileSync } from 'node:fs';
import { setLexicon, type LexiconTable } from '../../lib/match/lexicon';

/** Measuring tools: LEXICON=file loads a lexicon table written by lexicon-table.ts (not shipped). */
export function lexiconFromEnv(): void {
  const file = process.env.LEXICON;
  if (file) setLexicon(JSON.parse(readFileSync(file, 'utf8')) as LexiconTable);
}
