/** A date as Chinese pages write it: 2023年5月16日, 2023-05-16, 2023/5/16 or 2023.05.16 (time may follow). */
const DATE = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;

/** A date match in a line: the normalised day and where it sits, so callers can cut it out. */
export interface DateMatch {
  date: string;
  index: number;
  length: number;
}

/**
 * Finds the first plausible date in a line and normalises it to `YYYY-MM-DD`.
 * @example findDate('2023年5月16日 07:42  DoNews')?.date // '2023-05-16'
 */
export function findDate(text: string): DateMatch | undefined {
  const pattern = new RegExp(DATE.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const year = Number(match[1]);
    const month = Number(match[2] ?? match[4]);
    const day = Number(match[3] ?? match[5]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) continue;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { date, index: match.index, length: match[0].length };
  }
  return undefined;
}
