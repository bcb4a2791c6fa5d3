import { foldWithSpans, rewrite, withoutAccents, type Folded } from '../text/fold';

/**
 * The compliance check reads a reply in two compact forms built from the product-wide fold
 * (lib/text/fold.ts), both keeping the map back to the original text:
 *
 * - `skeleton`: the fold without accents (ß as ss), with separators dropped where they only pull
 *   a word apart ("W h a t s A p p", "加 微 信", "1 3 8 …") and runs of Chinese or Korean numerals
 *   or of digit words written as digits ("一三八一二三四五六七八", "one three eight …"). All built-in patterns and pack phrases run here.
 * - `letters`: the skeleton with digits inside words read as letters ("Wh4tsApp", "te1egram") and
 *   every separator dropped ("Whats App", "Tele-gram", "微.信"). Only names that never occur
 *   inside ordinary words are looked for here (see DISTINCTIVE in defaults.ts).
 */
export interface ComplianceViews {
  skeleton: Folded;
  letters: Folded;
  /**
   * Numbers spelt out in numerals or words, by original position: nobody spells an order number,
   * so one of phone length is a phone number wherever it stands.
   */
  spelt: Array<{ index: number; length: number; digits: number }>;
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

/** Digit words of the Latin-script product languages (accents already gone: tres, zero, funf). */
const DIGIT_WORD: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  um: '1', dois: '2', quatro: '4', sete: '7', oito: '8', nove: '9',
  un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
  null: '0', eins: '1', zwei: '2', drei: '3', vier: '4', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
};
const DIGIT_WORD_ALT = Object.keys(DIGIT_WORD).sort((a, b) => b.length - a.length).join('|');
/** Seven or more digit words in a row ("one three eight one two …"): a phone number spelt out. */
const DIGIT_WORD_RUN = new RegExp(`\\b(?:${DIGIT_WORD_ALT})(?:[\\s,-]{1,3}(?:${DIGIT_WORD_ALT})){6,}\\b`, 'g');

const LEET: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's' };
/** A digit or symbol standing for a letter between two letters. */
const LEET_IN_WORD = /(?<=\p{L})[013457@$](?=\p{L})/gu;

function spellDigits(run: string, table: Record<string, string>): string {
  return [...run].map((c) => table[c] ?? c).join('');
}

export function complianceViews(text: string): ComplianceViews {
  let f = foldWithSpans(text);
  const spelt: ComplianceViews['spelt'] = [];
  /** Spells a run as digits and remembers where it was in the original. */
  const spell = (current: Folded, m: RegExpExecArray, digits: string) => {
    const from = current.spans[m.index][0];
    spelt.push({ index: from, length: current.spans[m.index + m[0].length - 1][1] - from, digits: digits.replace(/\D/g, '').length });
    return digits;
  };
  f = rewrite(f, /[^\x00-\x7f]/gu, (m) => (m[0] === 'ß' ? 'ss' : withoutAccents(m[0])));
  // Spelt out only with three numerals or more: one numeral word glued to a number (两 13812345678) stays a word.
  const enough = (run: string) => run.replace(/[0-9\s.-]/g, '').length >= 3;
  f = rewrite(f, CHINESE_RUN, (m) => (enough(m[0]) ? spell(f, m, spellDigits(m[0], CHINESE_DIGIT)) : m[0]));
  f = rewrite(f, KOREAN_RUN, (m) => (enough(m[0]) ? spell(f, m, spellDigits(m[0], KOREAN_DIGIT)) : m[0]));
  f = rewrite(f, DIGIT_WORD_RUN, (m) => spell(f, m, m[0].split(/[\s,-]+/).map((w) => DIGIT_WORD[w]).join('')));
  f = rewrite(f, CJK_GAP, () => '');
  // A spaced dot stays a dot ("g m a i l . c o m" is gmail.com); other separators go ("W.h.a.t.s").
  const gap = new RegExp(`${SEP}{1,3}`, 'gu');
  const skeleton = rewrite(f, SINGLES, (m) => m[0].replace(gap, (g) => (g.includes('.') && /\s/.test(g) ? '.' : '')));
  const letters = rewrite(
    rewrite(skeleton, LEET_IN_WORD, (m) => LEET[m[0]] ?? m[0]),
    new RegExp(`${SEP}+`, 'gu'),
    () => '',
  );
  return { skeleton, letters, spelt };
}
