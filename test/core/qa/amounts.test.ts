import { describe, expect, it } from 'vitest';
import {
  expectedAmount,
  findAmounts,
  formatAmountEn,
  formatNumberEn,
  parseChineseNumber,
  unitMatches,
  type Amount,
} from '../../../src/core/qa/amounts.ts';

/** The one amount a fixture must contain. */
const only = (text: string): Amount => {
  const found = findAmounts(text);
  expect(found, `amounts in ${text}`).toHaveLength(1);
  return found[0]!;
};

describe('findAmounts: exact spans and values', () => {
  it('returns the full record for a sum of money', () => {
    expect(findAmounts('此次融资5.4亿美元。')).toEqual([
      { start: 4, end: 10, text: '5.4亿美元', value: 540_000_000, unit: '美元', kind: 'money', currency: 'USD' },
    ]);
  });

  it.each([
    // sentence, span, value, unit, kind
    ['GPT-3拥有1750亿参数', '1750亿', 175_000_000_000, '参数', 'quantity'],
    ['1750亿个参数', '1750亿', 175_000_000_000, '参数', 'quantity'],
    ['共需3.24万张', '3.24万张', 32_400, '张', 'count'],
    ['营收113亿美元', '113亿美元', 11_300_000_000, '美元', 'money'],
    ['市值518亿美元', '518亿美元', 51_800_000_000, '美元', 'money'],
    ['1200万美元', '1200万美元', 12_000_000, '美元', 'money'],
    ['每月20美元', '20美元', 20, '美元', 'money'],
    ['1000亿美元', '1000亿美元', 100_000_000_000, '美元', 'money'],
    ['1.2万亿元', '1.2万亿元', 1_200_000_000_000, '元', 'money'],
    ['人民币5000万元', '5000万元', 50_000_000, '元', 'money'],
    ['同比增长35.6%', '35.6%', 35.6, '%', 'percent'],
    ['占89%', '89%', 89, '%', 'percent'],
    ['百分之三十', '百分之三十', 30, '%', 'percent'],
    ['三成', '三成', 30, '成', 'percent'],
    ['提高3个百分点', '3个百分点', 3, '个百分点', 'percent'],
    ['需要1024张A100', '1024张', 1024, '张', 'count'],
    ['1,024张', '1,024张', 1024, '张', 'count'],
    ['覆盖180个国家和地区', '180个', 180, '个', 'count'],
    ['调用17.6亿次', '17.6亿次', 1_760_000_000, '次', 'count'],
    ['三次', '三次', 3, '次', 'count'],
    ['二十款', '二十款', 20, '款', 'count'],
    ['10周年', '10周年', 10, '周年', 'count'],
    ['耗时34天', '34天', 34, '天', 'duration'],
    ['两个月', '两个月', 2, '个月', 'duration'],
    ['用户突破了1亿', '1亿', 100_000_000, '', 'quantity'],
    ['80GB显存', '80GB', 80, 'GB', 'quantity'],
    ['功率20千瓦', '20千瓦', 20, '千瓦', 'quantity'],
    ['3起事故', '3起', 3, '起', 'count'],
  ] as const)('%s → %s', (sentence, text, value, unit, kind) => {
    expect(only(sentence)).toMatchObject({ text, value, unit, kind });
  });

  it('keeps a rate per use in the span', () => {
    expect(only('收费200万美元/次')).toMatchObject({
      text: '200万美元/次', value: 2_000_000, unit: '美元', per: '次', kind: 'money', currency: 'USD',
    });
  });

  it('leaves bounds and approximations outside the span but records them', () => {
    expect(only('预计8亿美元以上')).toMatchObject({ text: '8亿美元', value: 800_000_000, qualifier: '以上', bound: 'min' });
    expect(only('超过40家')).toMatchObject({ text: '40家', value: 40, unit: '家', kind: 'count', qualifier: '超过', bound: 'min' });
    expect(only('约5亿元')).toMatchObject({ text: '5亿元', qualifier: '约', approx: true });
    expect(only('30日内')).toMatchObject({ text: '30日', value: 30, unit: '日', kind: 'duration', bound: 'max' });
  });

  it('reads vague Chinese numbers as their order of magnitude', () => {
    expect(only('十余项')).toMatchObject({ text: '十余项', value: 10, unit: '项', approx: true, bound: 'min' });
    expect(only('30多种')).toMatchObject({ text: '30多种', value: 30, unit: '种', approx: true, bound: 'min' });
    expect(only('数十亿人')).toMatchObject({ text: '数十亿人', value: 1_000_000_000, unit: '人', approx: true });
    expect(only('一百多万人')).toMatchObject({ text: '一百多万人', value: 1_000_000, approx: true });
    expect(only('上万家')).toMatchObject({ text: '上万家', value: 10_000, unit: '家', bound: 'min' });
  });

  it('records the direction stated just before the amount', () => {
    expect(only('股价下跌了5%').change).toBe('down');
    expect(only('同比增长35.6%').change).toBe('up');
    expect(only('占89%').change).toBeUndefined();
    const [fall, level] = findAmounts('营收同比下降5.6%至80亿元');
    expect([fall?.change, level?.change]).toEqual(['down', undefined]);
  });

  it.each([
    ['$20', '$20', 20, '$', 'money'],
    ['US$ 5 million', 'US$ 5 million', 5_000_000, 'US$', 'money'],
    ['$1.5 billion', '$1.5 billion', 1_500_000_000, '$', 'money'],
    ['20 dollars', '20 dollars', 20, 'dollars', 'money'],
    ['12 million', '12 million', 12_000_000, '', 'quantity'],
    ['540 million', '540 million', 540_000_000, '', 'quantity'],
    ['35 percent', '35 percent', 35, 'percent', 'percent'],
    ['3 days', '3 days', 3, 'days', 'duration'],
  ] as const)('English %s', (sentence, text, value, unit, kind) => {
    expect(only(sentence)).toMatchObject({ text, value, unit, kind });
  });

  it('finds each amount of a sentence in order', () => {
    const found = findAmounts('2023年5月，该公司用1024张A100训练34天，成本超过1200万美元。');
    expect(found.map((a) => [a.start, a.text])).toEqual([[12, '1024张'], [23, '34天'], [31, '1200万美元']]);
  });

  it.each([
    '2023年', '5月6日', '2023-05-16', 'GPT-4', 'GPT-3.5', 'A100', '360GPT', '天工3.5', 'PaLM 2', '7B模型',
    '5G网络', '电话13800138000', '京ICP备09042934号', '688327.SH', 'MMLU得分86.4',
    '第三次', '统一', '一起', '百度', '十分重要', '千万不要', '万一', '上一次', '成为第一', '通义千问',
    '这是一个多模态大模型', '一种新方法', '一年一度的大会',
  ])('finds no amount in %s', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['两', 2], ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105],
    ['三千', 3000], ['十万', 100_000], ['一亿二千万', 120_000_000], ['三万亿', 3e12], ['二〇二三', 2023],
  ] as const)('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumber('十余')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});

describe('expectedAmount', () => {
  it.each([
    ['需要多少张A100？', { kind: 'count', unit: '张' }],
    ['多少个国家可以使用？', { kind: 'count', unit: '个' }],
    ['调整了几次？', { kind: 'count', unit: '次' }],
    ['训练了几个月？', { kind: 'duration', unit: '个月' }],
    ['融资多少万美元？', { kind: 'money', unit: '美元' }],
    ['收费多少？', { kind: 'money' }],
    ['多少钱？', { kind: 'money' }],
    ['训练成本是多少？', { kind: 'money' }],
    ['亏损多少？', { kind: 'money' }],
    ['股价下跌了多少？', { kind: 'percent' }],
    ['增长率是多少？', { kind: 'percent' }],
    ['市场份额多少%？', { kind: 'percent' }],
    ['训练花了多久？', { kind: 'duration' }],
    ['用了多长时间？', { kind: 'duration' }],
    ['GPT-3有多少参数？', { kind: 'quantity', unit: '参数' }],
    ['有多少？', {}],
    ['How much does it cost?', { kind: 'money' }],
    ['How many countries can use it?', { kind: 'count', unit: '个' }],
    ['How many times was it delayed?', { kind: 'count', unit: '次' }],
    ['How many models were released?', { kind: 'count', unit: '款' }],
    ['How many engineers?', { kind: 'count' }],
    ['How long did training take?', { kind: 'duration' }],
    ['What percentage of users pay?', { kind: 'percent' }],
    ['How much did the shares fall?', { kind: 'percent' }],
  ] as const)('%s → %j', (question, expected) => {
    expect(expectedAmount(question)).toEqual(expected);
  });

  it.each(['谁发布了文心一言？', '第几次发布？', '几号发布？', 'Who is the CEO of Baidu?'])(
    'expects no amount for %s',
    (question) => {
      expect(expectedAmount(question)).toBeUndefined();
    },
  );
});

describe('unitMatches', () => {
  it('accepts the same unit and the classifiers written for the same things', () => {
    expect(unitMatches('张', only('1024张A100'))).toBe(true);
    expect(unitMatches('张', only('1024块A100'))).toBe(true);
    expect(unitMatches('个', only('180个国家'))).toBe(true);
    expect(unitMatches('个', only('超过40家'))).toBe(true);
    expect(unitMatches('人', only('300名员工'))).toBe(true);
    expect(unitMatches('张', only('三次'))).toBe(false);
    expect(unitMatches('家', only('十余项'))).toBe(false);
  });

  it('compares money by currency', () => {
    expect(unitMatches('美元', only('$20'))).toBe(true);
    expect(unitMatches('美元', only('5.4亿美元'))).toBe(true);
    expect(unitMatches('美元', only('5亿元'))).toBe(false);
  });

  it('accepts percentage points for a percent question, and a bare big number for a noun', () => {
    expect(unitMatches('%', only('3个百分点'))).toBe(true);
    expect(unitMatches('%', only('3天'))).toBe(false);
    expect(unitMatches('参数', only('突破1750亿'))).toBe(true);
    expect(unitMatches('用户', only('用户突破了1亿'))).toBe(true);
  });

  it('maps an English noun to its Chinese classifier', () => {
    expect(unitMatches('countries', only('180个国家'))).toBe(true);
    expect(unitMatches('times', only('三次'))).toBe(true);
  });
});

describe('formatAmountEn', () => {
  it.each([
    ['5.4亿美元', '540 million US dollars (5.4亿美元)'],
    ['预计8亿美元以上', 'more than 800 million US dollars (8亿美元)'],
    ['超过40家', 'more than 40 companies (40家)'],
    ['3.24万张', '32,400 (3.24万张)'],
    ['耗时34天', '34 days (34天)'],
    ['30日内', 'within 30 days (30日)'],
    ['200万美元/次', '2 million US dollars each time (200万美元/次)'],
    ['数十亿人', 'billions of people (数十亿人)'],
    ['35.6%', '35.6%'],
    ['$20', '20 US dollars'],
  ])('%s → %s', (sentence, english) => {
    expect(formatAmountEn(only(sentence))).toBe(english);
  });

  it('formatNumberEn groups digits and names large scales', () => {
    expect(formatNumberEn(1024)).toBe('1,024');
    expect(formatNumberEn(1_760_000_000)).toBe('1.76 billion');
    expect(formatNumberEn(1.2e12)).toBe('1.2 trillion');
  });
});
