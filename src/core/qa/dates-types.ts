/** How precise a date mention is. `season` is a half-year or a named season, `quarter` a fiscal quarter. */
export type DateGranularity = 'day' | 'month' | 'year' | 'season' | 'quarter';

/** A part of a year named by its position rather than by month. */
export type YearPart = 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'spring' | 'summer' | 'autumn' | 'winter';

/** A time word that only means something next to a reference date (the article's, for the corpus). */
export type RelativeWord =
  | 'last-year'
  | 'this-year'
  | 'next-year'
  | 'year-before-last'
  | 'last-month'
  | 'this-month'
  | 'next-month';

/** A date expression found in a sentence. Offsets are UTF-16 indices into the searched text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /**
   * ISO-ish: `2023-03-16`, `2023-03`, `2023`, `2023-H1`, `2023-Q1`, `2023-spring`.
   * Without a year (no reference date given): `--03-16`, `--03`, `--Q1`.
   * `''` for a relative word (`去年`) that no reference date resolved.
   */
  iso: string;
  granularity: DateGranularity;
  /** True when the text used a relative word (`去年`, `上个月`, `last year`). */
  relative?: boolean;
  /** Which relative word, so two unresolved mentions can still be compared. */
  rel?: RelativeWord;
  /** True when the year was not written and came from the reference date. */
  yearInferred?: boolean;
  period?: YearPart;
}

/** The time a question is restricted to (`5月`, `去年`, `in March 2023`). */
export interface TimeConstraint {
  /** The time words as written in the question. */
  text: string;
  year?: number;
  month?: number;
  day?: number;
  period?: YearPart;
  /** The constraint is relative and can only be resolved per article (against its date). */
  relative?: RelativeWord;
  /**
   * True when the question names a month, day or part of a year but no year (`5月谁发布了…`):
   * any year matches, and the caller decides which is meant (usually the most recent).
   */
  yearFromContext?: boolean;
}

/** A constraint made concrete against one article's date. */
export interface ResolvedTime {
  year?: number;
  month?: number;
  day?: number;
  period?: YearPart;
}
