import type { AmountKind, Currency } from './amounts-types.ts';

export interface UnitInfo {
  kind: AmountKind;
  currency?: Currency;
}

const money = (currency: Currency): UnitInfo => ({ kind: 'money', currency });
const of = (kind: AmountKind, words: string): Array<[string, UnitInfo]> =>
  words.split(' ').map((w) => [w, { kind }]);

/**
 * Units written right after a Chinese or Arabic number, and what they measure. Matched longest
 * first, so `个月` wins over `个` and `人次` over `人`. `块` counts pieces (`1024块GPU`); money
 * in 块 is written `块钱`.
 */
export const ZH_UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['美元', money('USD')], ['美金', money('USD')], ['美分', money('USD')],
  ['元人民币', money('CNY')], ['人民币', money('CNY')], ['元', money('CNY')], ['块钱', money('CNY')],
  ['欧元', money('EUR')], ['英镑', money('GBP')], ['日元', money('JPY')], ['港元', money('HKD')],
  ['港币', money('HKD')], ['韩元', money('KRW')], ['卢布', money('RUB')], ['新台币', money('TWD')],
  ['卢比', money('INR')],
  ['%', { kind: 'percent' }], ['个百分点', { kind: 'percent' }], ['百分点', { kind: 'percent' }],
  ...of('duration', '天 个月 个星期 星期 周 个小时 小时 分钟 秒钟 秒 毫秒 年 个工作日 工作日 个季度'),
  ...of('count', '周年 个 张 家 次 项 款 种 名 位 人次 人 台 块 件 条 篇 部 本 座 辆 架 颗 枚 份 批 轮 场 届 ' +
    '期 首 所 支 只 户 笔 例 回 封 页 层 套 组 类 片 根 道 门 栋 艘 间 节 章 段 票 国 省 城 起 处'),
  ...of('quantity', '倍 公里 千米 厘米 毫米 纳米 米 吨 公斤 千克 克 千瓦时 千瓦 兆瓦 吉瓦 瓦 度电 ' +
    '平方公里 平方米 亩 毫升 升 摄氏度 °C 像素 帧 字节 GB TB PB MB KB nm'),
]);

/**
 * Units taken only after Arabic digits: nobody writes `五GB`, and after a Chinese numeral these
 * read as words too often (`一起` together, `一道` along, `一门心思`).
 */
export const ZH_UNITS_ONLY_AFTER_DIGITS = new Set([
  '度电', '°C', 'GB', 'TB', 'PB', 'MB', 'KB', 'nm', '%',
  '起', '处', '道', '门', '城', '国', '省', '段', '节', '片', '根',
]);

/** Nouns that follow a unit-less number and say what it counts; kept out of the span (`1750亿`参数). */
export const ZH_NOUNS: readonly string[] = [
  '参数', '月活跃用户', '月活用户', '日活用户', '活跃用户', '用户', '开发者', '网民', '会员', '粉丝',
  '下载', '访问', 'token', 'tokens', '词元',
];

/** Currency written before the number (`$20`, `US$5 million`, `¥100`); in the span. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, Currency]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['USD', 'USD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['EUR', 'EUR'],
  ['$', 'USD'], ['¥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'],
];

/** English units after a number, and what they measure. */
export const EN_UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['us dollars', money('USD')], ['dollars', money('USD')], ['dollar', money('USD')], ['usd', money('USD')],
  ['yuan', money('CNY')], ['rmb', money('CNY')], ['euros', money('EUR')], ['euro', money('EUR')],
  ['pounds', money('GBP')], ['yen', money('JPY')],
  ['percent', { kind: 'percent' }], ['per cent', { kind: 'percent' }], ['percentage points', { kind: 'percent' }],
  ...of('duration', 'days day weeks week months month years year hours hour minutes minute seconds second'),
  ...of('count', 'times people users companies countries'),
]);
