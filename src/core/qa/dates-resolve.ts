import type { RelativeWord, ResolvedTime, YearPart } from './dates-types.ts';

/** A reference date split into numbers. */
export interface RefDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads a `YYYY-MM-DD` reference date (an article's publication date); undefined when absent
 * or malformed, so callers fall back to year-less results instead of guessing.
 *
 * @example parseRefDate('2023-05-16') // { year: 2023, month: 5, day: 16 }
 */
export function parseRefDate(ref: string | undefined): RefDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(ref?.trim() ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Days in a month; February has 29 when the year is unknown (a `2月29日` mention is plausible).
 *
 * @example daysInMonth(2, 2023) // 28
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a month and day exist (in that year, when it is known).
 *
 * @example isValidDay(2023, 2, 29) // false
 */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** How far ahead of the reference a year-less date may lie and still be read as the reference year. */
const MAX_DAYS_AHEAD = 62;
const MAX_MONTHS_AHEAD = 2;

/**
 * The year of a date written without one (`3月16日`, `12月`), read against a reference date.
 *
 * Rule: the reference year, unless the date would then lie more than about two months after the
 * reference (more than 62 days for a day, more than 2 calendar months for a month), in which case
 * it is the previous year. News mostly looks back; a near-future plan (`将于7月发布` in May) keeps
 * the current year. The next year is never inferred.
 *
 * @example inferYear(3, 16, { year: 2023, month: 5, day: 16 }) // 2023
 * @example inferYear(12, 5, { year: 2023, month: 1, day: 10 }) // 2022
 */
export function inferYear(month: number, day: number | undefined, ref: RefDate): number {
  if (day === undefined) return month - ref.month > MAX_MONTHS_AHEAD ? ref.year - 1 : ref.year;
  const ahead = (Date.UTC(ref.year, month - 1, day) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000;
  return ahead > MAX_DAYS_AHEAD ? ref.year - 1 : ref.year;
}

/**
 * The month of a bare day (`16日，OpenAI宣布…`): the reference month, or the previous month when
 * the day is after the reference day (the article looks back across a month boundary).
 *
 * @example inferMonthOfDay(28, { year: 2023, month: 3, day: 2 }) // { year: 2023, month: 2 }
 */
export function inferMonthOfDay(day: number, ref: RefDate): { year: number; month: number } {
  if (day <= ref.day) return { year: ref.year, month: ref.month };
  return ref.month === 1 ? { year: ref.year - 1, month: 12 } : { year: ref.year, month: ref.month - 1 };
}

/**
 * What a relative word means next to a reference date.
 *
 * @example resolveRelative('last-year', { year: 2023, month: 5, day: 16 }) // { year: 2022 }
 * @example resolveRelative('last-month', { year: 2023, month: 1, day: 9 }) // { year: 2022, month: 12 }
 */
export function resolveRelative(rel: RelativeWord, ref: RefDate): { year: number; month?: number } {
  switch (rel) {
    case 'last-year':
      return { year: ref.year - 1 };
    case 'this-year':
      return { year: ref.year };
    case 'next-year':
      return { year: ref.year + 1 };
    case 'year-before-last':
      return { year: ref.year - 2 };
    case 'this-month':
      return { year: ref.year, month: ref.month };
    case 'last-month':
      return ref.month === 1 ? { year: ref.year - 1, month: 12 } : { year: ref.year, month: ref.month - 1 };
    case 'next-month':
      return ref.month === 12 ? { year: ref.year + 1, month: 1 } : { year: ref.year, month: ref.month + 1 };
  }
}

const PERIOD_MONTHS: Record<YearPart, readonly number[]> = {
  H1: [1, 2, 3, 4, 5, 6],
  H2: [7, 8, 9, 10, 11, 12],
  Q1: [1, 2, 3],
  Q2: [4, 5, 6],
  Q3: [7, 8, 9],
  Q4: [10, 11, 12],
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};

/**
 * The months a part of a year covers (meteorological seasons for spring…winter).
 *
 * @example monthsOfPeriod('Q2') // [4, 5, 6]
 */
export function monthsOfPeriod(period: YearPart): readonly number[] {
  return PERIOD_MONTHS[period];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The ISO-ish form of a resolved time: `2023-03-16`, `2023-03`, `2023`, `2023-Q1`, or
 * year-less `--03-16`, `--03`, `--Q1`; `''` when nothing is known.
 *
 * @example toIso({ month: 3, day: 16 }) // '--03-16'
 */
export function toIso(t: ResolvedTime): string {
  const head = t.year === undefined ? '-' : String(t.year);
  if (t.period) return `${head}-${t.period}`;
  if (t.month === undefined) return t.year === undefined ? '' : head;
  const month = `${head}-${pad(t.month)}`;
  return t.day === undefined ? month : `${month}-${pad(t.day)}`;
}
