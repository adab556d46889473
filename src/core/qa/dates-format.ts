import type { ResolvedTime, YearPart } from './dates-types.ts';

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const ZH_PARTS: Record<YearPart, string> = {
  H1: '上半年', H2: '下半年', Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度',
  spring: '春季', summer: '夏季', autumn: '秋季', winter: '冬季',
};
const EN_PARTS: Record<YearPart, string> = {
  H1: 'the first half', H2: 'the second half', Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4',
  spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter',
};

/**
 * Writes a date for an answer, in the question's language, with only the parts that are known.
 *
 * @example formatDate({ year: 2023, month: 3, day: 16 }, 'zh') // '2023年3月16日'
 * @example formatDate({ month: 3, day: 16 }, 'zh') // '3月16日'
 * @example formatDate({ year: 2023, month: 3, day: 16 }, 'en') // 'March 16, 2023'
 */
export function formatDate(m: ResolvedTime, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? formatZh(m) : formatEn(m);
}

function formatZh({ year, month, day, period }: ResolvedTime): string {
  const y = year === undefined ? '' : `${year}年`;
  if (period) return `${y}${ZH_PARTS[period]}`;
  if (month === undefined) return y;
  return `${y}${month}月${day === undefined ? '' : `${day}日`}`;
}

function formatEn({ year, month, day, period }: ResolvedTime): string {
  if (period) {
    const part = EN_PARTS[period];
    if (year === undefined) return part;
    return period.startsWith('Q') ? `${part} ${year}` : `${part} of ${year}`;
  }
  if (month === undefined) return year === undefined ? '' : String(year);
  const name = EN_MONTHS[month - 1] ?? String(month);
  if (day === undefined) return year === undefined ? name : `${name} ${year}`;
  return year === undefined ? `${name} ${day}` : `${name} ${day}, ${year}`;
}

/**
 * Reads the ISO-ish form `DateMention.iso` uses back into its parts; undefined when it is not one.
 *
 * @example parseIso('2023-03') // { year: 2023, month: 3 }
 * @example parseIso('--03-16') // { month: 3, day: 16 }
 */
export function parseIso(iso: string): ResolvedTime | undefined {
  const m = /^(?:(\d{4})|-)(?:-(?:(\d{2})(?:-(\d{2}))?|(H[12]|Q[1-4]|spring|summer|autumn|winter)))?$/.exec(iso);
  if (!m || (m[1] === undefined && m[2] === undefined && m[4] === undefined)) return undefined;
  const out: ResolvedTime = {};
  if (m[1] !== undefined) out.year = Number(m[1]);
  if (m[2] !== undefined) out.month = Number(m[2]);
  if (m[3] !== undefined) out.day = Number(m[3]);
  if (m[4] !== undefined) out.period = m[4] as YearPart;
  return out;
}

/**
 * An ISO-ish date in Chinese; text that is not one comes back unchanged.
 *
 * @example formatIsoZh('2023-03-16') // '2023年3月16日'
 * @example formatIsoZh('2023-H1') // '2023年上半年'
 */
export function formatIsoZh(iso: string): string {
  const parts = parseIso(iso);
  return parts ? formatZh(parts) : iso;
}

/**
 * An ISO-ish date in English; text that is not one comes back unchanged.
 *
 * @example formatIsoEn('2023-03-16') // 'March 16, 2023'
 */
export function formatIsoEn(iso: string): string {
  const parts = parseIso(iso);
  return parts ? formatEn(parts) : iso;
}
