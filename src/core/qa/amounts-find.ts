import {
  CN_MULTIPLIERS,
  CN_NUMERAL_CHARS,
  EN_SCALES,
  parseArabicNumber,
  parseChineseNumber,
  scale,
} from './amounts-numerals.ts';
import { readPrefix, readSuffix } from './amounts-context.ts';
import type { Amount, Currency } from './amounts-types.ts';
import {
  EN_UNITS,
  ZH_NOUNS,
  ZH_UNITS,
  ZH_UNITS_ONLY_AFTER_DIGITS,
  type UnitInfo,
} from './amounts-units.ts';
import { findDates } from './dates-find.ts';

const CN = CN_NUMERAL_CHARS;
const NUMBER = new RegExp(
  `百分之(?<pct>[${CN}点]+|\\d+(?:\\.\\d+)?)` +
    `|(?<vague>[数几上])?(?<cn>[${CN}]+)` +
    `|(?<ar>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?)`,
  'gu',
);

const ZH_UNIT_KEYS = [...ZH_UNITS.keys()].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_UNIT = new RegExp(
  `^\\s+(${[...EN_UNITS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`,
  'i',
);
const EN_SCALE = /^\s+(thousand|million|billion|trillion)\b/i;
const SHORT_SCALE = /^\s?(bn|mn|[kmb])\b/i;
const EN_NOUN = /^\s+(parameters|tokens)\b/i;
/** `GPT-4`, `GPT-3.5`, `v2`: a number glued to a name is part of the name. */
const NAME_BEFORE = /(?:[A-Za-z_]|[A-Za-z][A-Za-z0-9]*[-/.])$/;
/** `第三次`, `星期一`, `初一`, `之一`, `统一`: a Chinese numeral inside a word or an ordinal. */
const CN_WORD_BEFORE = /(?:第|星期|礼拜|周|初|之|统|唯|专|单|其|万)\s*$/u;
const ORDINAL_BEFORE = /第\s*$/u;
/** `三成` is 30%, but not in `三成为`, `一成不变`. */
const TENTHS = /^成(?![为立功本绩果员长熟都型效交就品不])/u;
/** Set phrases that start like an amount: `一年一度` (annual). */
const IDIOMS = /^(?:一年一度)/u;
const DAYS_WITHIN = /^\s?日(?=内|之内|以内)/u;

interface Reading {
  value: number;
  approx: boolean;
  end: number;
  /** A multiplier or scale word was written (`万`, `亿`, `million`). */
  scaled: boolean;
  /** `余`, `多`, `几` after the number: more than it says (`十余项` is at least 10). */
  over: boolean;
}

/**
 * Finds amounts in a sentence: money, percentages, counts, durations and other quantities, with
 * the exact span to quote. Dates (`2023年`, `5月6日`), model names (`GPT-4`, `A100`, `360GPT`,
 * `天工3.5`), ordinals (`第三次`) and bare numbers without a unit are not amounts.
 *
 * @example findAmounts('融资5.4亿美元')
 * // [{ start: 2, end: 8, text: '5.4亿美元', value: 540000000, unit: '美元', kind: 'money', currency: 'USD' }]
 */
export function findAmounts(text: string): Amount[] {
  const dates = findDates(text);
  const found: Amount[] = [];
  const numbers = new RegExp(NUMBER); // own lastIndex: the scan skips ahead past what it consumed
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const at = m.index;
    const inDate = dates.find((d) => at >= d.start && at < d.end);
    if (inDate) {
      numbers.lastIndex = Math.max(numbers.lastIndex, inDate.end);
      continue;
    }
    const amount = readAmount(text, m);
    if (amount) {
      found.push(amount);
      numbers.lastIndex = Math.max(numbers.lastIndex, amount.end);
    }
  }
  return found;
}

function readAmount(text: string, m: RegExpExecArray): Amount | undefined {
  const g = m.groups ?? {};
  const start = m.index;
  const before = text.slice(0, start);
  if (g.pct !== undefined) {
    const value = g.pct.includes('点') || /[^\d.]/.test(g.pct) ? parseChineseDecimal(g.pct) : Number(g.pct);
    if (value === undefined) return undefined;
    return finish(text, { start, end: start + m[0].length, value, unit: '%', info: { kind: 'percent' }, approx: false });
  }

  let reading: Reading | undefined;
  let currency: { start: number; currency: Currency; symbol: string } | undefined;
  if (g.ar !== undefined) {
    currency = readPrefix.currency(before);
    if (!currency && NAME_BEFORE.test(before)) return undefined;
    if (ORDINAL_BEFORE.test(before)) return undefined;
    reading = readArabic(text, start + g.ar.length, parseArabicNumber(g.ar), currency !== undefined);
  } else if (g.cn !== undefined) {
    reading = readChinese(text, m, g.vague, g.cn);
  }
  if (!reading) return undefined;

  const fromDigits = g.ar !== undefined;
  let unit = readUnit(text, reading.end, fromDigits, reading.value);
  const noun = readNoun(text, unit ? unit.end : reading.end);
  if (unit?.unit === '个' && noun && reading.scaled) unit = undefined; // `1750亿个参数`: the noun says it
  // `一个多模态大模型`, `一种方法`: a lone 一 before a classifier is the article "a", not a count.
  if (g.cn === '一' && !g.vague && unit?.info.kind === 'count' && !reading.approx) return undefined;
  const amountStart = currency?.start ?? start;
  const common = { start: amountStart, approx: reading.approx, over: reading.over };
  if (unit) {
    // `¥100块`: a currency symbol before the number makes it money whatever follows.
    const info: UnitInfo = currency && unit.info.kind !== 'money' ? { kind: 'money', currency: currency.currency } : unit.info;
    return finish(text, { ...common, end: unit.end, value: scale(reading.value, unit.factor), unit: unit.unit, info });
  }
  const bare = { ...common, end: reading.end, value: reading.value };
  if (currency) {
    return finish(text, { ...bare, unit: currency.symbol, info: { kind: 'money', currency: currency.currency } });
  }
  if (noun) return finish(text, { ...bare, unit: noun.unit, info: { kind: 'quantity' } });
  if (reading.scaled) return finish(text, { ...bare, unit: '', info: { kind: 'quantity' } });
  return undefined; // A bare number (`MMLU 86.4`, `天工3.5`) says nothing about what it measures.
}

function readArabic(text: string, pos: number, base: number, hasCurrency: boolean): Reading {
  let value = base;
  let approx = false;
  let scaled = false;
  let end = pos;
  const rest = (): string => text.slice(end);
  const approxMark = /^[多余]/u.exec(rest());
  if (approxMark) {
    approx = true;
    end += 1;
  }
  const next = rest().replace(/^ /, '');
  // `20千瓦` is 20 kW, not 20 thousand watts: a unit beginning with the multiplier wins.
  const mult = CN_MULTIPLIERS.find(
    ([w]) => next.startsWith(w) && !ZH_UNIT_KEYS.some((k) => k.length > w.length && k.startsWith(w) && next.startsWith(k)),
  );
  if (mult) {
    end += (rest().startsWith(' ') ? 1 : 0) + mult[0].length;
    value = scale(value, mult[1]);
    scaled = true;
  } else {
    const en = EN_SCALE.exec(rest()) ?? (hasCurrency ? SHORT_SCALE.exec(rest()) : null);
    if (en?.[1]) {
      end += en[0].length;
      value = scale(value, EN_SCALES[en[1].toLowerCase()] ?? 1);
      scaled = true;
    }
  }
  if (!approx && scaled && /^[多余]/u.test(rest())) {
    approx = true;
    end += 1;
  }
  return { value, approx, end, scaled, over: approx };
}

function readChinese(text: string, m: RegExpExecArray, vague: string | undefined, cn: string): Reading | undefined {
  const before = text.slice(0, m.index);
  if (vague === '上' && !/^[十百千万亿]/u.test(cn)) return undefined; // `上一次` is "last time"
  if (!vague && (!/^[一二两三四五六七八九十]/u.test(cn) || CN_WORD_BEFORE.test(before))) return undefined;
  if (IDIOMS.test(text.slice(m.index))) return undefined;
  const base = parseChineseNumber(cn);
  if (base === undefined) return undefined;
  let value = base;
  let end = m.index + m[0].length;
  let approx = vague !== undefined;
  let over = vague === '上'; // `上万` is ten thousand or more
  // `十余项`, `十几个`, `一百多万人`: the mark may come before a multiplier.
  if (/^[多余几]/u.test(text.slice(end)) && (text[end] !== '几' || cn.endsWith('十'))) {
    approx = over = true;
    end += 1;
    const mult = CN_MULTIPLIERS.find(([w]) => text.startsWith(w, end) && /^[万亿]/u.test(w.slice(-1)));
    if (mult) {
      value = scale(value, mult[1]);
      end += mult[0].length;
    }
  }
  return { value, approx, end, scaled: /[万亿]/u.test(cn) || value >= 1e4, over };
}

interface UnitMatch {
  unit: string;
  info: UnitInfo;
  end: number;
  factor: number;
}

function readUnit(text: string, pos: number, fromDigits: boolean, value: number): UnitMatch | undefined {
  const rest = text.slice(pos);
  const days = DAYS_WITHIN.exec(rest);
  if (days) return { unit: '日', info: { kind: 'duration' }, end: pos + days[0].length, factor: 1 };
  if (TENTHS.test(rest) && value >= 1 && value <= 9 && Number.isInteger(value)) {
    return { unit: '成', info: { kind: 'percent' }, end: pos + 1, factor: 10 };
  }
  const offset = fromDigits && rest.startsWith(' ') && !rest.startsWith(' %') ? 1 : 0;
  const key = ZH_UNIT_KEYS.find((k) => rest.startsWith(k, offset) && unitFits(k, rest, offset, fromDigits));
  if (key) return { unit: key, info: ZH_UNITS.get(key)!, end: pos + offset + key.length, factor: 1 };
  const pct = /^\s?%/.exec(rest);
  if (pct) return { unit: '%', info: { kind: 'percent' }, end: pos + pct[0].length, factor: 1 };
  const en = EN_UNIT.exec(rest);
  if (en?.[1]) {
    const info = EN_UNITS.get(en[1].toLowerCase());
    if (info) return { unit: en[1], info, end: pos + en[0].length, factor: 1 };
  }
  return undefined;
}

function unitFits(key: string, rest: string, offset: number, fromDigits: boolean): boolean {
  if (!fromDigits && ZH_UNITS_ONLY_AFTER_DIGITS.has(key)) return false;
  // `80GB` is a unit, `5G` or `7B` glued to letters is a name.
  return !(/^[A-Za-z]/.test(key) && /^[A-Za-z]/.test(rest.slice(offset + key.length)));
}

function readNoun(text: string, pos: number): { unit: string; end: number } | undefined {
  const rest = text.slice(pos).replace(/^ /, '');
  const noun = ZH_NOUNS.find((n) => rest.startsWith(n));
  if (noun) return { unit: noun, end: pos };
  const en = EN_NOUN.exec(text.slice(pos));
  return en?.[1] ? { unit: en[1], end: pos } : undefined;
}

interface Draft {
  start: number;
  end: number;
  value: number;
  unit: string;
  info: UnitInfo;
  approx: boolean;
  over?: boolean;
}

/** Adds what the words around the span say: per-unit rates, bounds, approximations, direction. */
function finish(text: string, d: Draft): Amount {
  const suffix = readSuffix(text.slice(d.end));
  const end = d.end + (suffix.per?.length ?? 0);
  const prefix = readPrefix.qualifier(text.slice(0, d.start));
  const amount: Amount = {
    start: d.start, end, text: text.slice(d.start, end), value: d.value, unit: d.unit, kind: d.info.kind,
  };
  if (d.info.currency) amount.currency = d.info.currency;
  if (suffix.per) amount.per = suffix.per.replace(/^\//, '');
  const qualifiers = [prefix.word, suffix.word].filter((w): w is string => w !== undefined);
  if (qualifiers.length) amount.qualifier = qualifiers.join('');
  if (d.approx || prefix.approx || suffix.approx) amount.approx = true;
  const bound = prefix.bound ?? suffix.bound ?? (d.over ? 'min' : undefined);
  if (bound) amount.bound = bound;
  const change = readPrefix.change(text.slice(0, d.start - (prefix.word?.length ?? 0)));
  if (change) amount.change = change;
  return amount;
}

/** `三点五` → 3.5, `三十` → 30 (for `百分之…`). */
function parseChineseDecimal(text: string): number | undefined {
  const [whole = '', frac] = text.split('点');
  const int = parseChineseNumber(whole);
  if (int === undefined) return undefined;
  if (frac === undefined) return int;
  const digits = [...frac].map((ch) => parseChineseNumber(ch));
  if (digits.some((d) => d === undefined || d > 9)) return undefined;
  return Number(`${int}.${digits.join('')}`);
}
