import type { Amount, Currency } from './amounts-types.ts';

const CURRENCY_NAMES: Record<Currency, string> = {
  USD: 'US dollars', CNY: 'yuan', EUR: 'euros', GBP: 'pounds', JPY: 'yen', HKD: 'Hong Kong dollars',
  KRW: 'won', RUB: 'roubles', TWD: 'New Taiwan dollars', INR: 'rupees',
};

/** English words for Chinese units, [singular, plural]; units not listed are left out. */
const UNIT_NAMES: Record<string, readonly [string, string]> = {
  天: ['day', 'days'], 日: ['day', 'days'], 个月: ['month', 'months'], 年: ['year', 'years'],
  周: ['week', 'weeks'], 星期: ['week', 'weeks'], 个星期: ['week', 'weeks'], 小时: ['hour', 'hours'],
  个小时: ['hour', 'hours'], 分钟: ['minute', 'minutes'], 秒: ['second', 'seconds'], 秒钟: ['second', 'seconds'],
  个季度: ['quarter', 'quarters'], 工作日: ['working day', 'working days'], 个工作日: ['working day', 'working days'],
  次: ['time', 'times'], 人: ['person', 'people'], 名: ['person', 'people'], 位: ['person', 'people'],
  人次: ['visit', 'visits'], 家: ['company', 'companies'], 倍: ['time', 'times'],
  参数: ['parameter', 'parameters'], 用户: ['user', 'users'], 个百分点: ['percentage point', 'percentage points'],
  百分点: ['percentage point', 'percentage points'], 公里: ['km', 'km'], 吨: ['tonne', 'tonnes'],
};

const PER_NAMES: Record<string, string> = {
  次: 'each time', 月: 'per month', 年: 'per year', 天: 'per day', 小时: 'per hour', 人: 'per person',
  张: 'per card', 个: 'each', 份: 'each', 台: 'per unit',
};

/** `数十亿人` names an order of magnitude, not a number: "billions of people". */
const ORDERS: Record<number, string> = {
  10: 'dozens', 100: 'hundreds', 1e3: 'thousands', 1e4: 'tens of thousands', 1e5: 'hundreds of thousands',
  1e6: 'millions', 1e7: 'tens of millions', 1e8: 'hundreds of millions', 1e9: 'billions',
  1e10: 'tens of billions', 1e11: 'hundreds of billions', 1e12: 'trillions',
};

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'],
];

/**
 * A number in English words for large values, digits with commas otherwise.
 *
 * @example formatNumberEn(540000000) // '540 million'
 * @example formatNumberEn(32400) // '32,400'
 */
export function formatNumberEn(n: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) return `${trimNumber(n / size)} ${word}`;
  }
  const [whole = '0', frac] = trimNumber(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** At most three decimals, without trailing zeros or binary noise. */
function trimNumber(n: number): string {
  return String(Number(n.toFixed(3)));
}

/**
 * An amount in English for an answer to an English question, with the Chinese original in
 * brackets when it was written in Chinese.
 *
 * @example formatAmountEn(findAmounts('5.4亿美元')[0]) // '540 million US dollars (5.4亿美元)'
 * @example formatAmountEn(findAmounts('超过40家')[0]) // 'more than 40 companies (40家)'
 */
export function formatAmountEn(a: Amount): string {
  const plural = a.value !== 1;
  const original = /[^\x00-\x7f]/.test(a.text) ? ` (${a.text})` : '';
  const order = /^[数几]/u.test(a.text) ? ORDERS[a.value] : undefined;
  if (order) {
    const noun = UNIT_NAMES[a.unit]?.[1] ?? (a.kind === 'money' && a.currency ? CURRENCY_NAMES[a.currency] : undefined);
    return `${order}${noun ? ` of ${noun}` : ''}${original}`;
  }
  let body: string;
  if (a.kind === 'percent') {
    const points = UNIT_NAMES[a.unit];
    body = points ? `${trimNumber(a.value)} ${points[plural ? 1 : 0]}` : `${trimNumber(a.value)}%`;
  } else if (a.kind === 'money' && a.currency) {
    body = `${formatNumberEn(a.value)} ${CURRENCY_NAMES[a.currency]}`;
  } else {
    const name = UNIT_NAMES[a.unit];
    const latin = /^[A-Za-z]+$/.test(a.unit) ? a.unit : undefined;
    const word = name ? name[plural ? 1 : 0] : latin;
    body = word ? `${formatNumberEn(a.value)} ${word}` : formatNumberEn(a.value);
  }
  if (a.per) body += ` ${PER_NAMES[a.per] ?? `per ${a.per}`}`;
  const lead = a.bound === 'min' ? 'more than '
    : a.bound === 'max' ? (a.approx ? 'nearly ' : a.kind === 'duration' ? 'within ' : 'under ')
      : a.approx ? 'about ' : '';
  return `${lead}${body}${original}`;
}
