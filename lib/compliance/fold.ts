/**
 * Case- and width-insensitive text for matching (NFKC + lower case), with a map from every
 * folded UTF-16 unit back to the original text so violations point at what the agent sees.
 * Each base character is folded together with its combining marks, so "e" + U+0301 becomes "é".
 */
export interface Folded {
  text: string;
  /** For each unit of `text`: [start, end) of the original cluster it came from. */
  spans: Array<[number, number]>;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function fold(original: string): Folded {
  let text = '';
  const spans: Array<[number, number]> = [];
  for (const m of original.matchAll(CLUSTER)) {
    const start = m.index!;
    const piece = m[0].normalize('NFKC').toLowerCase();
    text += piece;
    for (let i = 0; i < piece.length; i++) spans.push([start, start + m[0].length]);
  }
  return { text, spans };
}

/** Original [index, length] of folded [from, to). */
export function originalRange(f: Folded, from: number, to: number): { index: number; length: number } {
  const index = f.spans[from][0];
  return { index, length: f.spans[to - 1][1] - index };
}

export const foldPhrase = (phrase: string): string => fold(phrase).text.trim();
