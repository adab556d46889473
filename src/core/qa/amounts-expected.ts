import type { Amount, AmountKind } from './amounts-types.ts';
import { ZH_UNITS } from './amounts-units.ts';

/** What a question asks to be measured: a kind, a unit, both, or neither (`{}`: "some amount"). */
export interface ExpectedAmount {
  kind?: AmountKind;
  unit?: string;
}

const UNIT_KEYS = [...ZH_UNITS.keys()].sort((a, b) => b.length - a.length);

const PERCENT_ZH = /多少\s*%|百分之(?:几|多少)|百分比|比例|占比|份额|(?:增长|增|下降|下跌|上涨|降|跌|涨|增速|同比|环比)(?:率|幅)|率(?:是|为)?多少|(?:下跌|下降|下滑|上涨|上升|增长|提升|降低|减少|跌|涨|降)了?多少|占(?:了)?多少/u;
const DURATION_ZH = /多久|多长(?:的)?时间|用了多长|花了多长/u;
const MONEY_ZH = /多少钱|收费|价格|售价|定价|费用|成本|花费|花了多少|亏损|营收|收入|利润|净利|融资|估值|市值|金额|投资|薪资|工资|年薪|报价|营业额|销售额|罚款|罚金|补贴|奖金/u;
const ASKS_ZH = /多少|几|多大|多高|多长/u;
const SIZE_ZH = /参数量|参数规模|多少(?:个)?参数|多大(?:规模)?/u;
const USERS_ZH = /用户(?:数|量|规模)|多少(?:个)?用户/u;

const EN_NOUN_UNITS: Record<string, ExpectedAmount> = {
  times: { kind: 'count', unit: '次' },
  days: { kind: 'duration', unit: '天' },
  weeks: { kind: 'duration', unit: '周' },
  months: { kind: 'duration', unit: '个月' },
  years: { kind: 'duration', unit: '年' },
  hours: { kind: 'duration', unit: '小时' },
  minutes: { kind: 'duration', unit: '分钟' },
  people: { kind: 'count', unit: '人' },
  persons: { kind: 'count', unit: '人' },
  employees: { kind: 'count', unit: '人' },
  users: { kind: 'quantity', unit: '用户' },
  parameters: { kind: 'quantity', unit: '参数' },
  countries: { kind: 'count', unit: '个' },
  companies: { kind: 'count', unit: '家' },
  firms: { kind: 'count', unit: '家' },
  cards: { kind: 'count', unit: '张' },
  gpus: { kind: 'count', unit: '张' },
  chips: { kind: 'count', unit: '张' },
  models: { kind: 'count', unit: '款' },
};

/**
 * The amount a question asks for, or undefined when it does not ask for one.
 *
 * @example expectedAmount('需要多少张A100？') // { kind: 'count', unit: '张' }
 * @example expectedAmount('收费多少？') // { kind: 'money' }
 * @example expectedAmount('how long did it take?') // { kind: 'duration' }
 */
export function expectedAmount(question: string): ExpectedAmount | undefined {
  const q = question.trim();
  return /[a-z]/i.test(q) && !/[\u4e00-\u9fff]/u.test(q) ? expectedEn(q.toLowerCase()) : expectedZh(q);
}

function expectedZh(q: string): ExpectedAmount | undefined {
  const measured = /(?<!第)(?:多少|几)\s*(?:[万亿千百十]+)?\s*/gu; // `第几次` is an ordinal
  for (const m of q.matchAll(measured)) {
    const after = q.slice(m.index + m[0].length);
    const unit = UNIT_KEYS.find((k) => after.startsWith(k));
    // `几个月` is a duration, `多少张` a count, `多少美元` money; `%` is handled below.
    if (unit && unit !== '%') return { kind: ZH_UNITS.get(unit)!.kind, unit };
    // `多少员工` counts people, whom news counts in 人 or 名.
    if (/^(?:员工|职工|雇员|工作人员)/.test(after)) return { kind: 'count', unit: '人' };
  }
  if (PERCENT_ZH.test(q)) return { kind: 'percent' };
  if (DURATION_ZH.test(q)) return { kind: 'duration' };
  if (!ASKS_ZH.test(q)) return undefined;
  if (MONEY_ZH.test(q)) return { kind: 'money' };
  if (SIZE_ZH.test(q)) return { kind: 'quantity', unit: '参数' };
  if (USERS_ZH.test(q)) return { kind: 'quantity', unit: '用户' };
  return /多少/u.test(q) ? {} : undefined; // `几` alone (`几号`, `星期几`) is not an amount
}

function expectedEn(q: string): ExpectedAmount | undefined {
  if (/\bhow long\b|\bhow much time\b/.test(q)) return { kind: 'duration' };
  if (/\b(?:what|which) (?:percentage|percent|share|proportion|fraction)\b|\bhow many percent\b|\bby how much\b|\bwhat (?:is|was) the (?:growth|decline) rate\b/.test(q)) {
    return { kind: 'percent' };
  }
  if (/\bhow much\b/.test(q)) {
    // `how much did shares fall` asks for a change, which the corpus gives in percent.
    return /\b(?:fall|fell|drop|dropped|rise|rose|grow|grew|increase|decrease|decline)\b/.test(q)
      ? { kind: 'percent' }
      : { kind: 'money' };
  }
  const many = /\bhow many\s+([a-z]+)/.exec(q);
  if (many?.[1]) return EN_NOUN_UNITS[many[1]] ?? { kind: 'count' };
  if (/\bwhat (?:is|was|are|were) (?:the |its |their )?(?:price|cost|revenue|valuation|funding|fee|salary)\b/.test(q)) {
    return { kind: 'money' };
  }
  return undefined;
}

/**
 * Units a question may name for the same thing the corpus writes another way. Not symmetric:
 * `个` is the generic classifier, so a question's `个` accepts `家` and `款`, not the reverse.
 */
const ACCEPTS: Record<string, readonly string[]> = {
  张: ['块', '片', '颗'],
  块: ['张', '片', '颗'],
  人: ['名', '位'],
  名: ['人', '位'],
  位: ['人', '名'],
  次: ['回'],
  天: ['日'],
  日: ['天'],
  个月: ['月'],
  周: ['个星期', '星期'],
  小时: ['个小时'],
  个: ['家', '款', '种', '项', '国', '名', '位', '台'],
  家: ['个'],
  款: ['个'],
  '%': ['个百分点', '百分点', '成'],
  用户: ['', '人', '名', '位'],
  参数: [''],
};

/**
 * Whether an amount is written in the unit a question asks about (`多少张` → `1024张`, `1024块`).
 * Money units compare by currency, so `多少美元` accepts `$20` but not `5亿元`.
 *
 * @example unitMatches('张', findAmounts('1024块A100')[0]) // true
 */
export function unitMatches(questionUnit: string, amount: Amount): boolean {
  if (questionUnit === amount.unit) return true;
  const asked = ZH_UNITS.get(questionUnit) ?? EN_NOUN_UNITS[questionUnit.toLowerCase()];
  if (asked?.kind === 'money') {
    const currency = ZH_UNITS.get(questionUnit)?.currency;
    return amount.kind === 'money' && (currency === undefined || amount.currency === currency);
  }
  if (questionUnit === '%') return amount.kind === 'percent' && (ACCEPTS['%'] ?? []).concat('%', 'percent').includes(amount.unit);
  const zh = EN_NOUN_UNITS[questionUnit.toLowerCase()]?.unit ?? questionUnit;
  if (zh === amount.unit) return true;
  const accepted = ACCEPTS[zh] ?? [];
  if (amount.unit === '' && amount.kind !== 'quantity') return false;
  return accepted.includes(amount.unit);
}
