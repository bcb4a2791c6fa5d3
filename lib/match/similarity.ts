/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), by code point. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (!s.length) return t.length;
  if (!t.length) return s.length;
  let prev2 = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let cur = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[t.length];
}

/** 1 − distance / longer length: "trackng" ~ "tracking" = 0.875. */
export function stringSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const len = Math.max([...a].length, [...b].length);
  if (!len) return 1;
  return Math.max(0, 1 - editDistance(a, b) / len);
}

/** Letter trigrams of a word with boundary marks, for finding near spellings. */
export function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const chars = [...w];
  const out: string[] = [];
  for (let i = 0; i + 2 < chars.length; i++) out.push(chars[i] + chars[i + 1] + chars[i + 2]);
  return out;
}
