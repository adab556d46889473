import { isValidDay } from './dates-resolve.ts';
import type { RawDate } from './dates-scan-zh.ts';
import type { RelativeWord, YearPart } from './dates-types.ts';

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
// Full names before abbreviations so that `June` is not read as `Jun`.
const MONTH = `(?:${MONTH_NAMES.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
const YEAR = '(?:19|20)\\d{2}';
const ORD = '(?:st|nd|rd|th)?';
/** Words after which a bare month name or year is a date: `in May`, `since 2022`. */
const LEAD_WORDS = 'in|since|during|by|until|till|from|before|after|early|late|mid|of|through|between|and';
const LEAD = `\\b(?:${LEAD_WORDS}|last|this|next)[\\s-]+`;
const LEAD_YEAR = `\\b(?:${LEAD_WORDS}|fiscal)[\\s-]+`;
/** Lower-case `may`/`march` in a question is a month only after one of these (`in may`, not `this may`). */
const SAFE_LEAD = /\b(?:in|since|during|until|till|early|late|mid|from|before|after|through|of)[\s-]+$/i;
/** A year followed by one of these is a count (`in 2000 users`), not a year. */
const NOT_A_YEAR_AFTER = '(?![\\d.,%]|\\s*(?:%|percent|million|billion|thousand|people|users|units|dollars|yuan|times))';

const PATTERNS = [
  `\\b(?<mo>${MONTH})\\.?\\s+(?<d>\\d{1,2})${ORD}\\b(?:,?\\s+(?<y>${YEAR})\\b)?`,
  `\\b(?<d2>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<mo2>${MONTH})\\b\\.?(?:,?\\s+(?<y2>${YEAR})\\b)?`,
  `\\b(?<mo3>${MONTH})\\b\\.?,?\\s+(?:of\\s+)?(?<y3>${YEAR})\\b`,
  `(?<=${LEAD})(?<mo4>${MONTH})\\b`,
  `\\b(?<rel>last|this|next)\\s+(?<relu>year|month)\\b`,
  `\\b(?<ybl>the\\s+year\\s+before\\s+last)\\b`,
  `\\b(?<qn>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\b(?:\\s+(?:of\\s+)?(?<qy>${YEAR})\\b)?`,
  `\\bq(?<qd>[1-4])\\b(?:\\s*(?<qy2>${YEAR})\\b)?`,
  `\\b(?<hn>first|second)\\s+half\\b(?:\\s+(?:of\\s+)?(?<hy>${YEAR})\\b)?`,
  `\\bh(?<hd>[12])\\b(?:\\s*(?<hy2>${YEAR})\\b)?`,
  `(?<=${LEAD_YEAR})(?<y5>${YEAR})\\b${NOT_A_YEAR_AFTER}`,
];

const EN_DATE = new RegExp(PATTERNS.join('|'), 'gi');

const ORDINAL: Record<string, 1 | 2 | 3 | 4> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((full) => full.startsWith(lower.slice(0, 3))) + 1;
}

/**
 * English date expressions as written: `May 6`, `March 16, 2023`, `November 2022`, `in 2022`,
 * `last year`, `Q1 2023`. In corpus text (`loose` false) a month name must be capitalised, so the
 * verb `may` is not May; questions are often typed in lower case, so `loose` accepts `in may`.
 *
 * @example scanEnglishDates('on April 11') // [{ text: 'April 11', month: 4, day: 11, … }]
 */
export function scanEnglishDates(text: string, loose = false): RawDate[] {
  const found: RawDate[] = [];
  for (const m of text.matchAll(EN_DATE)) {
    const g = m.groups ?? {};
    const monthWord = g.mo ?? g.mo2 ?? g.mo3 ?? g.mo4;
    if (monthWord !== undefined && !loose && !/^[A-Z]/.test(monthWord)) continue;
    // Bare `may`/`march` in a question is still the verb unless a preposition leads it.
    if (g.mo4 !== undefined && /^(?:may|march)$/.test(g.mo4) && !SAFE_LEAD.test(text.slice(0, m.index))) continue;
    if ((g.qd !== undefined || g.hd !== undefined) && !loose && !/^[QH]/.test(m[0])) continue;
    const fields = fromGroups(g, monthWord);
    if (!fields) continue;
    found.push({ ...fields, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

type Fields = Omit<RawDate, 'start' | 'end' | 'text'>;

function fromGroups(g: Record<string, string | undefined>, monthWord: string | undefined): Fields | undefined {
  const yearText = g.y ?? g.y2 ?? g.y3 ?? g.y5 ?? g.qy ?? g.qy2 ?? g.hy ?? g.hy2;
  const year = yearText === undefined ? undefined : Number(yearText);
  if (g.rel && g.relu) {
    const rel = `${g.rel.toLowerCase()}-${g.relu.toLowerCase()}` as RelativeWord;
    return { rel };
  }
  if (g.ybl) return { rel: 'year-before-last' };
  const quarter = g.qn ? ORDINAL[g.qn.toLowerCase()] : g.qd ? Number(g.qd) : undefined;
  if (quarter !== undefined) return withYear({ period: `Q${quarter}` as YearPart }, year);
  const half = g.hn ? ORDINAL[g.hn.toLowerCase()] : g.hd ? Number(g.hd) : undefined;
  if (half !== undefined) return withYear({ period: `H${half}` as YearPart }, year);
  if (monthWord === undefined) return withYear({}, year);
  const month = monthNumber(monthWord);
  const dayText = g.d ?? g.d2;
  if (dayText === undefined) return withYear({ month }, year);
  const day = Number(dayText);
  return isValidDay(year, month, day) ? withYear({ month, day }, year) : undefined;
}

const withYear = (f: Fields, year: number | undefined): Fields => (year === undefined ? f : { ...f, year });
