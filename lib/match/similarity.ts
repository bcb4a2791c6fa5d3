let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);
let codesA = new Int32Array(64);
let codesB = new Int32Array(64);

/** Code points of a string into a reusable buffer; returns the count. */
function codePoints(str: string, which: 0 | 1): number {
  let buf = which ? codesB : codesA;
  if (buf.length < str.length) {
    buf = new Int32Array(str.length * 2);
    if (which) codesB = buf;
    else codesA = buf;
  }
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      buf[n++] = str.codePointAt(i)!;
      i++;
    } else buf[n++] = c;
  }
  return n;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), by code point.
 * Stops early and returns max + 1 once the distance must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = codePoints(a, 0);
  const m = codePoints(b, 1);
  const s = codesA;
  const t = codesB;
  if (Math.abs(n - m) > max) return max + 1;
  if (!n) return m;
  if (!m) return n;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
    rowC = new Int32Array(m * 2 + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = s[i - 1];
    for (let j = 1; j <= m; j++) {
      const bj = t[j - 1];
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === t[j - 2] && s[i - 2] === bj) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const tmp = prev2;
    prev2 = prev;
    prev = cur;
    cur = tmp;
  }
  return prev[m];
}

/** Length in code points, without building an array. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n--;
      i++;
    }
  }
  return n;
}

/** 1 − distance / longer length: "trackng" ~ "tracking" = 0.875. With a floor, a similarity
 * below it comes back as 0, and the edit distance stops as soon as it must fall below. */
export function stringSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const len = Math.max(codePointLength(a), codePointLength(b));
  if (!len) return 1;
  const allowed = floor > 0 ? Math.floor((1 - floor) * len + 1e-9) : Infinity;
  const d = editDistance(a, b, allowed);
  return d > allowed ? 0 : Math.max(0, 1 - d / len);
}

/** Letter trigrams of a word with boundary marks, for finding near spellings. */
export function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const chars = [...w];
  const out: string[] = [];
  for (let i = 0; i + 2 < chars.length; i++) out.push(chars[i] + chars[i + 1] + chars[i + 2]);
  return out;
}
