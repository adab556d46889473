import {
  inferMonthOfDay,
  inferYear,
  parseRefDate,
  resolveRelative,
  toIso,
  type RefDate,
} from './dates-resolve.ts';
import { scanEnglishDates } from './dates-scan-en.ts';
import { scanChineseDates, type RawDate } from './dates-scan-zh.ts';
import type { DateGranularity, DateMention } from './dates-types.ts';

/**
 * All date expressions as written, Chinese and English, left to right without overlaps
 * (the longer one wins when two start at the same place). Nothing is resolved: see findDates.
 *
 * @example scanDates('去年12月') // [{ start: 0, end: 5, text: '去年12月', rel: 'last-year', month: 12 }]
 */
export function scanDates(text: string, loose = false): RawDate[] {
  const all = [...scanChineseDates(text), ...scanEnglishDates(text, loose)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawDate[] = [];
  for (const d of all) {
    const last = kept[kept.length - 1];
    if (!last || d.start >= last.end) kept.push(d);
  }
  return kept;
}

/**
 * Words announcing a plan (`计划在10月24日`, `将于9月`, `will … in September`): a year-less date
 * after them, in the same clause, is in the article's year even when months ahead.
 */
const FUTURE = /(?:将|计划|预计|拟|即将|有望|准备|\bwill\b|\bplans? to\b|\bexpected to\b|\bscheduled\b)[^，。；！？,;!?]*$/iu;

/** A bare day right after a dated mention shares its month: `5月1日至20日`. */
const CONTINUES = /^[\s至到~\-—、和及与或,，]{1,3}$/u;

/**
 * Finds date expressions in a corpus sentence and resolves them against the article date.
 *
 * Years that are not written come from `ref` (`YYYY-MM-DD`): relative words (`去年`, `上个月`)
 * directly, month-days by the rule in {@link inferYear} (more than ~2 months after the reference
 * means the previous year, unless a plan is announced just before: `计划在10月24日`), bare days (`16日`) take the month of the date before them or of the
 * reference. Without `ref`, such mentions keep no year (`iso` `--03-16`, or `''` for `去年`).
 * Durations (`30日内`, `34天`, `两个月`) and numbers (`5.4亿美元`, `GPT-4`) are not dates.
 *
 * @example findDates('3月16日，百度发布文心一言', '2023-05-16')
 * // [{ start: 0, end: 5, text: '3月16日', year: 2023, month: 3, day: 16, iso: '2023-03-16',
 * //    granularity: 'day', yearInferred: true }]
 */
export function findDates(text: string, ref?: string): DateMention[] {
  const refDate = parseRefDate(ref);
  const mentions: DateMention[] = [];
  let previous: DateMention | undefined;
  for (const raw of scanDates(text)) {
    const context =
      previous?.month !== undefined && CONTINUES.test(text.slice(previous.end, raw.start)) ? previous : undefined;
    const planned = FUTURE.test(text.slice(Math.max(0, raw.start - 16), raw.start));
    const mention = resolveRaw(raw, refDate, context, planned);
    if (mention) mentions.push(mention);
    previous = mention;
  }
  return mentions;
}

function resolveRaw(
  raw: RawDate,
  ref: RefDate | undefined,
  context: DateMention | undefined,
  planned: boolean,
): DateMention | undefined {
  let { year, month } = raw;
  const { day, rel, period } = raw;
  let yearInferred = false;
  if (raw.bareDay) {
    if (context) {
      ({ year, month } = context);
      yearInferred = context.yearInferred ?? false;
    } else if (ref) {
      ({ year, month } = inferMonthOfDay(day ?? 1, ref));
      yearInferred = true;
    } else {
      return undefined; // `16日` with nothing to anchor it says too little to be useful.
    }
  } else if (rel && ref) {
    const resolved = resolveRelative(rel, ref);
    year = resolved.year;
    month = month ?? resolved.month;
  } else if (year === undefined && ref) {
    if (month !== undefined) {
      year = planned ? ref.year : inferYear(month, day, ref);
      yearInferred = true;
    } else if (period) {
      year = ref.year; // `第一季度`, `上半年` with no year: the article's year.
      yearInferred = true;
    }
  }
  const time = { year, month, day, period };
  const hasYearOrMonth = year !== undefined || month !== undefined || period !== undefined;
  const mention: DateMention = {
    start: raw.start,
    end: raw.end,
    text: raw.text,
    iso: hasYearOrMonth ? toIso(time) : '',
    granularity: granularityOf(raw),
  };
  if (year !== undefined) mention.year = year;
  if (month !== undefined) mention.month = month;
  if (day !== undefined) mention.day = day;
  if (period) mention.period = period;
  if (rel) {
    mention.relative = true;
    mention.rel = rel;
  }
  if (yearInferred) mention.yearInferred = true;
  return mention;
}

function granularityOf(raw: RawDate): DateGranularity {
  if (raw.day !== undefined) return 'day';
  if (raw.month !== undefined || raw.rel?.endsWith('-month')) return 'month';
  if (raw.period) return raw.period.startsWith('Q') ? 'quarter' : 'season';
  return 'year';
}
