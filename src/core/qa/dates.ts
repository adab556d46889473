/**
 * Time expressions: dates found in corpus sentences (`findDates`), the time restriction of a
 * question (`parseTimeConstraint`) and whether the two agree (`matchesConstraint`), plus
 * formatting for answers. Everything is pure: the reference date is always passed in.
 *
 * The work is split by step: scanning Chinese (`dates-scan-zh.ts`) and English
 * (`dates-scan-en.ts`) text, resolving against a reference date (`dates-resolve.ts`,
 * `dates-find.ts`), the question side (`dates-constraint.ts`) and output (`dates-format.ts`).
 */
export type {
  DateGranularity,
  DateMention,
  RelativeWord,
  ResolvedTime,
  TimeConstraint,
  YearPart,
} from './dates-types.ts';
export { findDates } from './dates-find.ts';
export { matchesConstraint, parseTimeConstraint, resolveConstraint } from './dates-constraint.ts';
export { formatDate, formatIsoEn, formatIsoZh, parseIso } from './dates-format.ts';
export { inferYear } from './dates-resolve.ts';
