/**
 * Number words: Chinese numerals (`二十`, `两`, `一亿二千万`), Chinese multipliers after Arabic
 * digits (`3.24万`), and English scale words (`12 million`). Shared by dates and amounts.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is made of, for building regular expressions. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral, or undefined when the text is not one.
 *
 * @example parseChineseNumber('二十') // 20
 * @example parseChineseNumber('一亿二千万') // 120000000
 * @example parseChineseNumber('二〇二三') // 2023 (digit by digit, as years are written)
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text === '' || [...text].some((ch) => !CN_NUMERAL_CHARS.includes(ch))) return undefined;
  // `二〇二三`: a run of bare digits is read digit by digit, the way years are written.
  if (text.length > 1 && [...text].every((ch) => ch in DIGITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0; // everything already closed by 亿 or 万
  let section = 0; // the part below 万 being built
  let digit = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit || 1) * small; // a bare `十` is ten
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit || 1) * 1e4;
      section = digit = 0;
    } else {
      // 亿 closes everything before it: 三万亿 = 3 × 10^4 × 10^8.
      total = (total + section + digit || 1) * 1e8;
      section = digit = 0;
    }
  }
  return total + section + digit;
}

/** Chinese multipliers written after Arabic digits (`3.24万`, `1.2万亿`), longest first. */
export const CN_MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9],
  ['千万', 1e7], ['百万', 1e6], ['十万', 1e5],
  ['亿', 1e8], ['万', 1e4], ['千', 1e3], ['百', 1e2],
];

/** English scale words and their values. */
export const EN_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9,
};

/**
 * Parses an Arabic number as written in news text: `1,024`, `3.24`.
 *
 * @example parseArabicNumber('1,024') // 1024
 */
export function parseArabicNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/**
 * Multiplies without the binary noise of `3.24 * 1e4 = 32400.000000000004`.
 *
 * @example scale(3.24, 1e4) // 32400
 */
export function scale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}
