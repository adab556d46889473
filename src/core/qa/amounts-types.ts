/** What an amount measures. */
export type AmountKind = 'money' | 'percent' | 'count' | 'duration' | 'quantity';

/** ISO 4217 codes of the currencies the corpus writes about. */
export type Currency = 'USD' | 'CNY' | 'EUR' | 'GBP' | 'JPY' | 'HKD' | 'KRW' | 'RUB' | 'TWD' | 'INR';

/** A number with its unit, found in text. Offsets are UTF-16 indices into the searched text. */
export interface Amount {
  start: number;
  end: number;
  /** The span to quote as a short answer: `5.4亿美元`, `3.24万张`, `1750亿` (not `参数`), `35.6%`. */
  text: string;
  /** `5.4亿美元` → 540000000; `35.6%` → 35.6 (percent points, not 0.356). */
  value: number;
  /**
   * The unit as written after the number (`美元`, `张`, `家`, `次`, `%`, `个`, `天`), a noun that
   * follows a bare number and stays outside the span (`参数` after `1750亿`), the currency symbol
   * before it (`$`), or `''` when there is none (`突破了1亿`).
   */
  unit: string;
  kind: AmountKind;
  currency?: Currency;
  /** Not exact: `十余项`, `30多种`, `数十亿人`, `约5亿`. */
  approx?: boolean;
  /** `超过40家`, `8亿美元以上` → 'min'; `不到10%`, `近百家` → 'max'. */
  bound?: 'min' | 'max';
  /** The qualifying words outside the span, as written: `超过`, `以上`, `约`. */
  qualifier?: string;
  /** The rate's denominator: `次` in `200万美元/次`. */
  per?: string;
  /** Direction stated just before the amount: `下跌了5%` → 'down', `同比增长35.6%` → 'up'. */
  change?: 'up' | 'down';
}
