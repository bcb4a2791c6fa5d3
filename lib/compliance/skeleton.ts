import { foldWithSpans, rewrite, withoutAccents, type Folded } from '../text/fold';

/**
 * The compliance check reads a reply in two compact forms built from the product-wide fold
 * (lib/text/fold.ts), both keeping the map back to the original text:
 *
 * - `skeleton`: the fold without accents (ß as ss), with separators dropped where they only pull
 *   a word apart ("W h a t s A p p", "加 微 信", "1 3 8 …") and runs of Chinese or Korean numerals
 *   written as digits ("一三八一二三四五六七八"). All built-in patterns and pack phrases run here.
 * - `letters`: the skeleton with digits inside words read as letters ("Wh4tsApp", "te1egram") and
 *   every separator dropped ("Whats App", "Tele-gram", "微.信"). Only names that never occur
 *   inside ordinary words are looked for here (see DISTINCTIVE in defaults.ts).
 */
export interface ComplianceViews {
  skeleton: Folded;
  letters: Folded;
}

/** Characters used to pull letters apart, symbols and emoji included (薇❤信). Sentence punctuation (，。!?) is not among them. */
const SEP = `[\\s.\\-_*|/\\\\·•~+=':"‧・_\\p{So}\\p{Sk}\\ufe0f]`;
const UNIT = '[\\p{L}\\p{N}]';
const ALONE = '(?![\\p{L}\\p{N}\\p{M}])';
/**
 * Single letters or digits standing alone, split by short runs of separators: three or more
 * ("a 5-star" is two ordinary words), or two Hangul syllables ("카 톡").
 */
const SINGLES = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}])(?:${UNIT}(?:${SEP}{1,3}${UNIT}${ALONE}){2,}|\\p{Script=Hangul}(?:${SEP}{1,3}\\p{Script=Hangul}${ALONE})+)`,
  'gu',
);
/** Separators between two Chinese or Japanese characters (those scripts put no spaces between words). */
const HAN_KANA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
const CJK_GAP = new RegExp(`(?<=${HAN_KANA})${SEP}{1,3}(?=${HAN_KANA})`, 'gu');

const CHINESE_DIGIT: Record<string, string> = {
  零: '0', 〇: '0', '○': '0', 一: '1', 壹: '1', 幺: '1', 二: '2', 贰: '2', 貳: '2', 两: '2', 兩: '2',
  三: '3', 叁: '3', 參: '3', 四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6', 七: '7', 柒: '7',
  八: '8', 捌: '8', 九: '9', 玖: '9',
};
const KOREAN_DIGIT: Record<string, string> = { 공: '0', 영: '0', 일: '1', 이: '2', 삼: '3', 사: '4', 오: '5', 육: '6', 칠: '7', 팔: '8', 구: '9' };
const numeralRun = (chars: string, min: number) =>
  new RegExp(`[${chars}0-9](?:[\\s.\\-]{0,2}[${chars}0-9]){${min - 1},}`, 'gu');
/** Seven or more Chinese numerals or digits in a row (a phone number spelt out); fewer are ordinary words (一二天). */
const CHINESE_RUN = numeralRun(Object.keys(CHINESE_DIGIT).join(''), 7);
/** Korean digit syllables are also common syllables: only a long run of them reads as a number. */
const KOREAN_RUN = numeralRun(Object.keys(KOREAN_DIGIT).join(''), 9);

const LEET: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's' };
/** A digit or symbol standing for a letter between two letters. */
const LEET_IN_WORD = /(?<=\p{L})[013457@$](?=\p{L})/gu;

function spellDigits(run: string, table: Record<string, string>): string {
  return [...run].map((c) => table[c] ?? c).join('');
}

export function complianceViews(text: string): ComplianceViews {
  let f = foldWithSpans(text);
  f = rewrite(f, /[^\x00-\x7f]/gu, (m) => (m[0] === 'ß' ? 'ss' : withoutAccents(m[0])));
  // Spelt out only with three numerals or more: one numeral word glued to a number (两 13812345678) stays a word.
  const spelt = (run: string) => run.replace(/[0-9\s.-]/g, '').length >= 3;
  f = rewrite(f, CHINESE_RUN, (m) => (spelt(m[0]) ? spellDigits(m[0], CHINESE_DIGIT) : m[0]));
  f = rewrite(f, KOREAN_RUN, (m) => (spelt(m[0]) ? spellDigits(m[0], KOREAN_DIGIT) : m[0]));
  f = rewrite(f, CJK_GAP, () => '');
  // A spaced dot stays a dot ("g m a i l . c o m" is gmail.com); other separators go ("W.h.a.t.s").
  const gap = new RegExp(`${SEP}{1,3}`, 'gu');
  const skeleton = rewrite(f, SINGLES, (m) => m[0].replace(gap, (g) => (g.includes('.') && /\s/.test(g) ? '.' : '')));
  const letters = rewrite(
    rewrite(skeleton, LEET_IN_WORD, (m) => LEET[m[0]] ?? m[0]),
    new RegExp(`${SEP}+`, 'gu'),
    () => '',
  );
  return { skeleton, letters };
}
