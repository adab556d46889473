import type { Currency } from './amounts-types.ts';
import { CURRENCY_SYMBOLS } from './amounts-units.ts';

/** What the words next to an amount say about it. */
export interface Qualifier {
  /** The words as written: `超过`, `以上`, `约`. */
  word?: string;
  bound?: 'min' | 'max';
  approx?: boolean;
}

const BEFORE: ReadonlyArray<readonly [string, Omit<Qualifier, 'word'>]> = [
  ...words('min', '超过 超出 多达 高达 至少 逾 超 more than at least over'),
  ...words('max', '不到 不足 少于 低于 最多 up to less than under'),
  ...words('max-approx', '将近 接近 近 nearly almost'),
  ...words('approx', '约为 大约 大概 约 about around approximately roughly'),
  ...words('none', '达到 达 仅 只有 only'),
].sort((a, b) => b[0].length - a[0].length);

function words(kind: 'min' | 'max' | 'max-approx' | 'approx' | 'none', list: string): Array<[string, Omit<Qualifier, 'word'>]> {
  const meaning: Omit<Qualifier, 'word'> =
    kind === 'min' ? { bound: 'min' } : kind === 'max' ? { bound: 'max' } : kind === 'max-approx'
      ? { bound: 'max', approx: true } : kind === 'approx' ? { approx: true } : {};
  // English entries are whole phrases, so `more than` must not be split on its space.
  const entries = list.match(/more than|at least|up to|less than|\S+/g) ?? [];
  return entries.map((w) => [w, meaning]);
}

const AFTER: ReadonlyArray<readonly [string, Omit<Qualifier, 'word'>]> = [
  ['以上', { bound: 'min' }], ['之多', { bound: 'min' }], ['有余', { bound: 'min', approx: true }],
  ['出头', { bound: 'min', approx: true }], ['以下', { bound: 'max' }], ['以内', { bound: 'max' }],
  ['之内', { bound: 'max' }], ['内', { bound: 'max' }],
  ['左右', { approx: true }], ['上下', { approx: true }],
];

const PER = /^\/\s?(?:次|月|年|天|小时|人|张|个|份|台|卡|GPU|百万tokens?|千tokens?|tokens?)/u;

const UP = /增长|增加|上涨|上升|提升|提高|增至|增幅|涨幅|涨|增|\b(?:rose|rise|rises|increased?|grew|grows?|up|jumped|gained?)\b/giu;
const DOWN = /下跌|下降|下滑|减少|降低|缩水|降幅|跌幅|跌|降|减|\b(?:fell|falls?|dropped|drops?|declined?|down|decreased?|lost)\b/giu;

const lastIndex = (re: RegExp, s: string): number => {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
};

/** Reading the text before an amount. */
export const readPrefix = {
  /** A currency symbol right before the number: `$20`, `US$ 5`, `RMB 100`. Example: `currency('售价$')` → `{ start: 2, currency: 'USD', symbol: '$' }`. */
  currency(before: string): { start: number; currency: Currency; symbol: string } | undefined {
    for (const [symbol, currency] of CURRENCY_SYMBOLS) {
      for (const written of [symbol, `${symbol} `]) {
        if (!before.endsWith(written)) continue;
        const start = before.length - written.length;
        // `USD` must be a word of its own, not the end of `XUSD`.
        if (/^[A-Z]/.test(symbol) && /[A-Za-z]$/.test(before.slice(0, start))) continue;
        return { start, currency, symbol };
      }
    }
    return undefined;
  },

  /** `超过40家`, `约5亿`, `nearly 20%`. Example: `qualifier('员工超过')` → `{ word: '超过', bound: 'min' }`. */
  qualifier(before: string): Qualifier {
    const trimmed = before.replace(/\s+$/, '');
    for (const [word, meaning] of BEFORE) {
      if (!trimmed.endsWith(word)) continue;
      if (/^[a-z]/.test(word) && /[A-Za-z]$/.test(trimmed.slice(0, -word.length))) continue;
      return { word, ...meaning };
    }
    return {};
  },

  /**
   * `下跌了5%` → down. Only words after the previous number of the same clause count, so in
   * `下降5.6%至80亿元` the fall belongs to 5.6%, not to 80亿元.
   */
  change(before: string): 'up' | 'down' | undefined {
    const clause = before.split(/[，。；！？,;!?]/u).pop() ?? '';
    const near = (clause.split(/[\d%]/u).pop() ?? '').slice(-12);
    const up = lastIndex(UP, near);
    const down = lastIndex(DOWN, near);
    if (up < 0 && down < 0) return undefined;
    return up > down ? 'up' : 'down';
  },
};

/**
 * Reading the text after an amount: a rate's denominator (`/次`, in the span) and a bound (`以上`, outside it).
 *
 * @example readSuffix('/次以上') // { word: '以上', bound: 'min', per: '/次' }
 */
export function readSuffix(after: string): Qualifier & { per?: string } {
  const per = PER.exec(after)?.[0];
  const rest = after.slice(per?.length ?? 0);
  // `上下游` is upstream and downstream, not "about".
  const found = AFTER.find(([w]) => rest.startsWith(w) && !(w === '上下' && /^上下[游文级]/u.test(rest)));
  const out: Qualifier & { per?: string } = found ? { word: found[0], ...found[1] } : {};
  if (per) out.per = per;
  return out;
}
