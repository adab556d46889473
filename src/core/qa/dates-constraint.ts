import { scanDates } from './dates-find.ts';
import { inferYear, monthsOfPeriod, parseRefDate, resolveRelative } from './dates-resolve.ts';
import type { DateMention, ResolvedTime, TimeConstraint } from './dates-types.ts';

/** Words that only glue the time to the sentence: `在5月`, `于去年`, `in May`, `on April 11`. */
const LEAD_ZH = /(?:是在|在|于)\s*$/u;
const LEAD_EN = /\b(?:in|on|during|since|at|of|by)\s+$/i;
const TAIL_ZH = /^\s*的/u;

/**
 * Takes the time restriction out of a question. The first date expression is the constraint;
 * `rest` is the question without it (nor the `在`/`in` gluing it), for retrieval.
 *
 * @example parseTimeConstraint('5月谁发布了大模型？')
 * // { constraint: { text: '5月', month: 5, yearFromContext: true }, rest: '谁发布了大模型？' }
 * @example parseTimeConstraint('去年营收多少？')
 * // { constraint: { text: '去年', relative: 'last-year' }, rest: '营收多少？' }
 */
export function parseTimeConstraint(question: string): { constraint?: TimeConstraint; rest: string } {
  const raw = scanDates(question, true).find((d) => !d.bareDay);
  if (!raw) return { rest: question };

  const constraint: TimeConstraint = { text: raw.text };
  if (raw.year !== undefined) constraint.year = raw.year;
  if (raw.month !== undefined) constraint.month = raw.month;
  if (raw.day !== undefined) constraint.day = raw.day;
  if (raw.period) constraint.period = raw.period;
  if (raw.rel) constraint.relative = raw.rel;
  const namesPart = raw.month !== undefined || raw.period !== undefined;
  if (namesPart && raw.year === undefined && !raw.rel) constraint.yearFromContext = true;

  let before = question.slice(0, raw.start);
  let after = question.slice(raw.end);
  before = before.replace(LEAD_ZH, '').replace(LEAD_EN, '');
  after = after.replace(TAIL_ZH, '');
  return { constraint, rest: tidy(before, after) };
}

/** Joins the two halves around a removed span without doubled spaces or a space before `?`. */
function tidy(before: string, after: string): string {
  const joined = /[A-Za-z0-9]$/.test(before.trimEnd()) && /^[A-Za-z0-9]/.test(after.trimStart())
    ? `${before.trimEnd()} ${after.trimStart()}`
    : `${before.trimEnd()}${after.trimStart()}`;
  return joined.replace(/\s+([?？,，.。!！])/gu, '$1').replace(/^[,，、\s]+/u, '').replace(/\s{2,}/g, ' ').trim();
}

/**
 * Makes a constraint concrete for one article: relative words are read against its date
 * (`去年` in an article of 2023-05-16 is 2022). A year taken from context stays open.
 *
 * @example resolveConstraint({ text: '今年4月', relative: 'this-year', month: 4 }, '2023-05-16')
 * // { year: 2023, month: 4 }
 */
export function resolveConstraint(c: TimeConstraint, articleDate: string): ResolvedTime {
  const out: ResolvedTime = {};
  if (c.year !== undefined && !c.yearFromContext) out.year = c.year;
  if (c.month !== undefined) out.month = c.month;
  if (c.day !== undefined) out.day = c.day;
  if (c.period) out.period = c.period;
  const ref = parseRefDate(articleDate);
  if (c.relative && ref) {
    const r = resolveRelative(c.relative, ref);
    out.year = r.year;
    if (out.month === undefined && r.month !== undefined) out.month = r.month;
  }
  return out;
}

/**
 * Whether a date found in an article satisfies a question's constraint. Every field the
 * constraint sets must be known and equal in the mention: a day-level `5月6日` matches `5月`, a
 * year-only `2023年` does not. A part of a year (`上半年`, `Q2`) is matched by the same part or by
 * a date inside it. A year-less question month matches that month in any year.
 *
 * @example matchesConstraint(findDates('去年12月', '2023-05-16')[0], { text: '去年', relative: 'last-year' }, '2023-05-16') // true
 */
export function matchesConstraint(d: DateMention, c: TimeConstraint, articleDate: string): boolean {
  const want = resolveConstraint(c, articleDate);
  if (c.relative && want.year === undefined) {
    // No article date: only the very same relative word can be said to match.
    if (d.rel !== c.relative) return false;
  } else if (want.year !== undefined && mentionYear(d, articleDate) !== want.year) {
    return false;
  }
  if (want.month !== undefined && d.month !== want.month) return false;
  if (want.day !== undefined && d.day !== want.day) return false;
  if (want.period && d.period !== want.period) {
    if (d.month === undefined || !monthsOfPeriod(want.period).includes(d.month)) return false;
  }
  return true;
}

/** The mention's year, resolving what `findDates` could not when it was called without a reference. */
function mentionYear(d: DateMention, articleDate: string): number | undefined {
  if (d.year !== undefined) return d.year;
  const ref = parseRefDate(articleDate);
  if (!ref) return undefined;
  if (d.rel) return resolveRelative(d.rel, ref).year;
  if (d.month !== undefined) return inferYear(d.month, d.day, ref);
  return undefined;
}
