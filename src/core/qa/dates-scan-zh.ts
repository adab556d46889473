import { parseChineseNumber } from './amounts-numerals.ts';
import { isValidDay } from './dates-resolve.ts';
import type { DateMention, RelativeWord, YearPart } from './dates-types.ts';

/** A date expression as written, before any reference date is applied. */
export interface RawDate extends Pick<DateMention, 'start' | 'end' | 'text' | 'year' | 'month' | 'day' | 'rel' | 'period'> {
  /** `16日` on its own: its month comes from the context or the reference date. */
  bareDay?: boolean;
}

const CN_DIGIT = '[〇零一二三四五六七八九]';
const CN_MONTH = '十[一二]?|[一二三四五六七八九]';
const CN_DAY = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
const MONTH = '1[0-2]|0?[1-9]';
const DAY = '3[01]|[12]\\d|0?[1-9]';

// `如今年轻人` is 如今 + 年轻人, not 今年.
const YEAR =
  `(?:(?<![\\d.])(?<y>(?:1\\d|20)\\d{2})\\s*年度?` +
  `|(?<ycn>${CN_DIGIT}{4})年` +
  `|(?<yrel>今年|去年|明年|前年|本年度?)(?!轻))`;

const BODY = [
  `(?<![\\d.])(?<m>${MONTH})\\s*月份?(?:\\s*(?<d>${DAY})\\s*[日号])?`,
  // `前三月`, `每一月`, `第一月` are not months.
  `(?<![零〇一二两三四五六七八九十百千第几数个每前近后这])(?<mcn>${CN_MONTH})月份?(?:(?<dcn>${CN_DAY})[日号])?`,
  `(?<half>上半年|下半年)`,
  // `前三季度` is the first three quarters, not Q3.
  `(?<![前后近头末每个几数])(?:第\\s*)?(?<q>[一二三四1-4])\\s*季度`,
  `(?<![A-Za-z\\d])[Qq](?<qq>[1-4])(?![\\d])`,
  `(?<season>[春夏秋冬])[季天]`,
].join('|');

/** A duration, not a day of the month: `近7日`, `连续3日`, `30日内`. */
const DURATION_BEFORE = '近|连续|过去|未来|最近|历时|用时|耗时|长达|为期|仅用|不到|每';
const NOT_A_DAY_AFTER = '内|之内|以内|均|元|本|语|韩|产|系|企';

const PATTERNS = [
  `(?<iy>(?<![\\d.])(?:19|20)\\d{2})(?<sep>[-/.])(?<im>${MONTH})\\k<sep>(?<id>${DAY})(?![\\d.])`,
  `(?<![\\d.\\-/])(?<iy2>(?:19|20)\\d{2})-(?<im2>0[1-9]|1[0-2])(?![\\d\\-/.])`,
  // `3年内` is a duration; `年内` alone means within this year.
  `(?<![\\d零〇一二两三四五六七八九十几数多半今去明前本当同])(?<yn>年内)`,
  `(?<![马登])(?<mrel>上个月|上月|本月|这个月|当月|下个月|下月)(?!球)`,
  `(?<!(?:${DURATION_BEFORE})\\s*)(?<![\\d.月/\\-:])(?<bd>${DAY})\\s*日(?!${NOT_A_DAY_AFTER})`,
  // Either part may be missing (`2023年`, `5月`). Last, because it also matches the empty
  // string, which would otherwise shadow the alternatives after it; empty matches are skipped.
  `(?:${YEAR}\\s*)?(?:${BODY})?`,
];

const ZH_DATE = new RegExp(PATTERNS.join('|'), 'gu');

const REL_YEAR: Record<string, RelativeWord> = {
  今年: 'this-year', 去年: 'last-year', 明年: 'next-year', 前年: 'year-before-last',
  本年: 'this-year', 本年度: 'this-year', 年内: 'this-year',
};
const REL_MONTH: Record<string, RelativeWord> = {
  上个月: 'last-month', 上月: 'last-month', 本月: 'this-month', 这个月: 'this-month',
  当月: 'this-month', 下个月: 'next-month', 下月: 'next-month',
};
const SEASONS: Record<string, YearPart> = { 春: 'spring', 夏: 'summer', 秋: 'autumn', 冬: 'winter' };
const QUARTERS: Record<string, YearPart> = {
  一: 'Q1', 二: 'Q2', 三: 'Q3', 四: 'Q4', '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4',
};

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);

/**
 * Chinese (and numeric ISO-style) date expressions as written; nothing is resolved yet.
 *
 * @example scanChineseDates('去年12月') // [{ text: '去年12月', rel: 'last-year', month: 12, … }]
 */
export function scanChineseDates(text: string): RawDate[] {
  const found: RawDate[] = [];
  for (const m of text.matchAll(ZH_DATE)) {
    if (m[0] === '') continue;
    const g = m.groups ?? {};
    const raw = fromGroups(g);
    if (!raw) continue;
    // A season needs a year (`今年夏季`): `夏季达沃斯` is an event, not a date.
    if (raw.period && ['spring', 'summer', 'autumn', 'winter'].includes(raw.period) && !hasYear(g)) continue;
    const start = m.index;
    const matched = m[0].trimEnd();
    found.push({ ...raw, start, end: start + matched.length, text: matched });
  }
  return found;
}

function hasYear(g: Record<string, string | undefined>): boolean {
  return g.y !== undefined || g.ycn !== undefined || g.yrel !== undefined;
}

type Fields = Omit<RawDate, 'start' | 'end' | 'text'>;

function fromGroups(g: Record<string, string | undefined>): Fields | undefined {
  if (g.iy) return withDay(Number(g.iy), Number(g.im), Number(g.id));
  if (g.iy2) return { year: Number(g.iy2), month: Number(g.im2) };
  if (g.yn) return { rel: 'this-year' };
  if (g.mrel) return { rel: REL_MONTH[g.mrel] };
  if (g.bd) return { day: Number(g.bd), bareDay: true };

  const fields: Fields = {};
  if (g.y) fields.year = Number(g.y);
  if (g.ycn) {
    const year = parseChineseNumber(g.ycn);
    if (year === undefined || year < 1900 || year > 2099) return undefined;
    fields.year = year;
  }
  if (g.yrel) fields.rel = REL_YEAR[g.yrel];
  const month = num(g.m ?? g.mcn);
  if (month !== undefined) {
    const day = num(g.d ?? g.dcn);
    if (day !== undefined) return withDay(fields.year, month, day, fields);
    fields.month = month;
  }
  if (g.half) fields.period = g.half === '上半年' ? 'H1' : 'H2';
  if (g.q) fields.period = QUARTERS[g.q];
  if (g.qq) fields.period = QUARTERS[g.qq];
  if (g.season) fields.period = SEASONS[g.season];
  return fields;
}

function withDay(year: number | undefined, month: number, day: number, base: Fields = {}): Fields | undefined {
  if (!isValidDay(year, month, day)) return undefined;
  return { ...base, ...(year === undefined ? {} : { year }), month, day };
}
