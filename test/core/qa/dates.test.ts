import { describe, expect, it } from 'vitest';
import {
  findDates,
  formatDate,
  formatIsoEn,
  formatIsoZh,
  matchesConstraint,
  parseTimeConstraint,
  resolveConstraint,
  type DateMention,
} from '../../../src/core/qa/dates.ts';

const REF = '2023-05-16';

/** The first mention's text and ISO form, the two things most tests care about. */
const first = (text: string, ref: string | undefined = REF): [string, string] | undefined => {
  const [d] = findDates(text, ref);
  return d && [d.text, d.iso];
};

const mention = (text: string, ref = REF): DateMention => {
  const [d] = findDates(text, ref);
  if (!d) throw new Error(`no date found in ${text}`);
  return d;
};

describe('findDates: Chinese dates in corpus sentences', () => {
  it('returns the exact span, parts and granularity of a full date', () => {
    expect(findDates('百度于2023年5月16日发布', REF)).toEqual([
      { start: 3, end: 13, text: '2023年5月16日', year: 2023, month: 5, day: 16, iso: '2023-05-16', granularity: 'day' },
    ]);
  });

  it.each([
    ['2023年5月16日', '2023-05-16', 'day'],
    ['5月6日', '2023-05-06', 'day'],
    ['4月17 日', '2023-04-17', 'day'],
    ['5月6号', '2023-05-06', 'day'],
    ['3月', '2023-03', 'month'],
    ['3月份', '2023-03', 'month'],
    ['2022年11月', '2022-11', 'month'],
    ['2023年', '2023', 'year'],
    ['2023-05-16', '2023-05-16', 'day'],
    ['2023/5/16', '2023-05-16', 'day'],
    ['2022-11', '2022-11', 'month'],
    ['二〇二三年三月五日', '2023-03-05', 'day'],
    ['十二月', '2022-12', 'month'],
    ['上半年', '2023-H1', 'season'],
    ['2022年下半年', '2022-H2', 'season'],
    ['第一季度', '2023-Q1', 'quarter'],
    ['Q1', '2023-Q1', 'quarter'],
    ['今年第三季度', '2023-Q3', 'quarter'],
    ['去年夏季', '2022-summer', 'season'],
  ])('%s → %s (%s)', (text, iso, granularity) => {
    const d = mention(text);
    expect([d.text, d.iso, d.granularity]).toEqual([text, iso, granularity]);
  });

  it.each([
    ['去年', '2022', 'year'],
    ['今年', '2023', 'year'],
    ['明年', '2024', 'year'],
    ['前年', '2021', 'year'],
    ['年内', '2023', 'year'],
    ['上个月', '2023-04', 'month'],
    ['本月', '2023-05', 'month'],
    ['今年4月', '2023-04', 'month'],
    ['去年12月', '2022-12', 'month'],
  ])('relative %s → %s, marked relative', (text, iso, granularity) => {
    expect(mention(text)).toMatchObject({ text, iso, granularity, relative: true });
  });

  it('finds every date in a sentence with its offsets', () => {
    const found = findDates('百度于3月16日发布文心一言，4月17 日开放测试，去年曾预告。', REF);
    expect(found.map((d) => [d.start, d.text, d.iso])).toEqual([
      [3, '3月16日', '2023-03-16'],
      [15, '4月17 日', '2023-04-17'],
      [26, '去年', '2022'],
    ]);
  });

  describe('a missing year comes from the article date', () => {
    it('is the article year when the date is at most about two months ahead', () => {
      expect(mention('3月16日')).toMatchObject({ year: 2023, yearInferred: true });
      expect(first('7月1日')).toEqual(['7月1日', '2023-07-01']); // 46 days ahead: a plan
      expect(first('7月')).toEqual(['7月', '2023-07']);
    });

    it('is the previous year when the date would be more than two months ahead', () => {
      expect(first('8月1日')).toEqual(['8月1日', '2022-08-01']);
      expect(first('8月')).toEqual(['8月', '2022-08']);
      expect(first('12月5日', '2023-01-10')).toEqual(['12月5日', '2022-12-05']);
    });

    it('stays in the article year for an announced plan, however far ahead', () => {
      expect(first('并计划在10月24日对标ChatGPT')).toEqual(['10月24日', '2023-10-24']);
      expect(first('iPhone 15将于9月发布')).toEqual(['9月', '2023-09']);
      expect(first('10月24日，讯飞发布星火')).toEqual(['10月24日', '2022-10-24']);
    });

    it('crosses the year boundary for relative months', () => {
      expect(first('上个月', '2023-01-09')).toEqual(['上个月', '2022-12']);
    });

    it('gives a bare day the month of the date before it, or of the article', () => {
      expect(findDates('5月1日至20日', REF).map((d) => d.iso)).toEqual(['2023-05-01', '2023-05-20']);
      expect(first('16日，OpenAI宣布')).toEqual(['16日', '2023-05-16']);
      expect(first('28日，OpenAI宣布', '2023-03-02')).toEqual(['28日', '2023-02-28']);
    });

    it('is left open without an article date', () => {
      expect(findDates('3月16日')).toEqual([
        { start: 0, end: 5, text: '3月16日', month: 3, day: 16, iso: '--03-16', granularity: 'day' },
      ]);
      expect(findDates('去年')).toEqual([
        { start: 0, end: 2, text: '去年', iso: '', granularity: 'year', relative: true, rel: 'last-year' },
      ]);
      expect(findDates('16日，OpenAI宣布')).toEqual([]);
    });
  });

  it.each([
    '5.4亿美元', '180个国家', 'GPT-4', 'I/O', '2800亿参数', '1024张', '3.24万',
    '30日内', '34天', '两个月', '3年内', '近7日', '100日元',
    '前三季度', '夏季达沃斯', '如今年轻人', '登上月球', '13月',
  ])('takes nothing from %s', (text) => {
    expect(findDates(text, REF)).toEqual([]);
  });
});

describe('findDates: English dates', () => {
  it.each([
    ['May 6', 'May 6', '2023-05-06'],
    ['on April 11', 'April 11', '2023-04-11'],
    ['March 16, 2023', 'March 16, 2023', '2023-03-16'],
    ['16 March 2023', '16 March 2023', '2023-03-16'],
    ['November 2022', 'November 2022', '2022-11'],
    ['in 2022', '2022', '2022'],
    ['released in May', 'May', '2023-05'],
    ['last year', 'last year', '2022'],
    ['Q1 2023', 'Q1 2023', '2023-Q1'],
    ['the first half of 2023', 'first half of 2023', '2023-H1'],
  ])('%s → %s = %s', (text, span, iso) => {
    expect(first(text)).toEqual([span, iso]);
  });

  it.each(['It may rain', 'grew to 2000 users', 'in 2000 users', 'H100 chips'])('takes nothing from %s', (text) => {
    expect(findDates(text, REF)).toEqual([]);
  });
});

describe('parseTimeConstraint', () => {
  it.each([
    ['5月谁发布了大模型？', { text: '5月', month: 5, yearFromContext: true }, '谁发布了大模型？'],
    ['5月6日发布了什么', { text: '5月6日', month: 5, day: 6, yearFromContext: true }, '发布了什么'],
    ['3月份发布了哪些', { text: '3月份', month: 3, yearFromContext: true }, '发布了哪些'],
    ['在5月发布的模型有哪些', { text: '5月', month: 5, yearFromContext: true }, '发布的模型有哪些'],
    ['去年营收多少？', { text: '去年', relative: 'last-year' }, '营收多少？'],
    ['今年4月谁发布了模型', { text: '今年4月', month: 4, relative: 'this-year' }, '谁发布了模型'],
    ['2023年5月的发布会', { text: '2023年5月', year: 2023, month: 5 }, '发布会'],
    ['上半年融资多少', { text: '上半年', period: 'H1', yearFromContext: true }, '融资多少'],
    ['Who released a model in May?', { text: 'May', month: 5, yearFromContext: true }, 'Who released a model?'],
    ['What happened on April 11?', { text: 'April 11', month: 4, day: 11, yearFromContext: true }, 'What happened?'],
    ['What launched in March 2023?', { text: 'March 2023', year: 2023, month: 3 }, 'What launched?'],
    ['What did Baidu release last year?', { text: 'last year', relative: 'last-year' }, 'What did Baidu release?'],
    ['what happened this year', { text: 'this year', relative: 'this-year' }, 'what happened'],
    ['who released a model in may', { text: 'may', month: 5, yearFromContext: true }, 'who released a model'],
  ] as const)('%s', (question, constraint, rest) => {
    expect(parseTimeConstraint(question)).toEqual({ constraint, rest });
  });

  it('leaves a question without time words alone', () => {
    expect(parseTimeConstraint('需要多少张A100？')).toEqual({ rest: '需要多少张A100？' });
    expect(parseTimeConstraint('Which models may be released?')).toEqual({ rest: 'Which models may be released?' });
  });
});

describe('resolveConstraint', () => {
  it('reads relative words against the article date', () => {
    expect(resolveConstraint({ text: '去年', relative: 'last-year' }, REF)).toEqual({ year: 2022 });
    expect(resolveConstraint({ text: '今年4月', relative: 'this-year', month: 4 }, REF)).toEqual({ year: 2023, month: 4 });
    expect(resolveConstraint({ text: '上个月', relative: 'last-month' }, '2023-01-09')).toEqual({ year: 2022, month: 12 });
  });

  it('keeps a year taken from context open, and a relative year open without an article date', () => {
    expect(resolveConstraint({ text: '5月', month: 5, yearFromContext: true }, REF)).toEqual({ month: 5 });
    expect(resolveConstraint({ text: '去年', relative: 'last-year' }, '')).toEqual({});
  });
});

describe('matchesConstraint', () => {
  const may = parseTimeConstraint('5月谁发布了大模型？').constraint!;
  const lastYear = parseTimeConstraint('去年营收多少？').constraint!;
  const march2023 = parseTimeConstraint('What launched in March 2023?').constraint!;
  const firstHalf = parseTimeConstraint('上半年融资多少').constraint!;

  it('matches day- and month-level mentions of the month, in any year', () => {
    expect(matchesConstraint(mention('5月6日'), may, REF)).toBe(true);
    expect(matchesConstraint(mention('5月份'), may, REF)).toBe(true);
    expect(matchesConstraint(mention('2021年5月'), may, REF)).toBe(true);
    expect(matchesConstraint(mention('6月6日'), may, REF)).toBe(false);
    expect(matchesConstraint(mention('2023年'), may, REF)).toBe(false);
  });

  it('reads 去年 in the question against the article date', () => {
    expect(matchesConstraint(mention('去年12月'), lastYear, REF)).toBe(true);
    expect(matchesConstraint(mention('2022年'), lastYear, REF)).toBe(true);
    expect(matchesConstraint(mention('2023年3月'), lastYear, REF)).toBe(false);
    expect(matchesConstraint(mention('2023年3月'), lastYear, '2024-02-01')).toBe(true);
  });

  it('infers the mention year with the article date when findDates had none', () => {
    expect(matchesConstraint(mention('3月份', ''), march2023, REF)).toBe(true);
    expect(matchesConstraint(mention('3月份', ''), march2023, '2024-05-16')).toBe(false);
  });

  it('matches a part of the year by the same part or a date inside it', () => {
    expect(matchesConstraint(mention('2023年上半年'), firstHalf, REF)).toBe(true);
    expect(matchesConstraint(mention('5月6日'), firstHalf, REF)).toBe(true);
    expect(matchesConstraint(mention('9月'), firstHalf, REF)).toBe(false);
  });

  it('without an article date, matches only the same relative word', () => {
    expect(matchesConstraint(mention('去年营收', ''), lastYear, '')).toBe(true);
    expect(matchesConstraint(mention('2022年', ''), lastYear, '')).toBe(false);
  });
});

describe('formatting', () => {
  it('formatDate writes only the known parts, in the question language', () => {
    expect(formatDate({ year: 2023, month: 3, day: 16 }, 'zh')).toBe('2023年3月16日');
    expect(formatDate({ month: 3, day: 16 }, 'zh')).toBe('3月16日');
    expect(formatDate({ year: 2023, month: 3 }, 'zh')).toBe('2023年3月');
    expect(formatDate({ year: 2023, month: 3, day: 16 }, 'en')).toBe('March 16, 2023');
    expect(formatDate({ month: 3, day: 16 }, 'en')).toBe('March 16');
    expect(formatDate({ year: 2022, month: 11 }, 'en')).toBe('November 2022');
    expect(formatDate({ year: 2023, period: 'Q1' }, 'en')).toBe('Q1 2023');
  });

  it('formatIsoZh and formatIsoEn read the iso of a mention, and leave other text alone', () => {
    expect(formatIsoZh('2023-03-16')).toBe('2023年3月16日');
    expect(formatIsoZh('2023-03')).toBe('2023年3月');
    expect(formatIsoZh('2023')).toBe('2023年');
    expect(formatIsoZh('2023-H1')).toBe('2023年上半年');
    expect(formatIsoZh('2023-Q1')).toBe('2023年第一季度');
    expect(formatIsoZh('--03-16')).toBe('3月16日');
    expect(formatIsoZh('')).toBe('');
    expect(formatIsoZh('不是日期')).toBe('不是日期');
    expect(formatIsoEn('2023-03-16')).toBe('March 16, 2023');
    expect(formatIsoEn('2023-H2')).toBe('the second half of 2023');
  });
});

describe('years before 1900', () => {
  it('are dates when written with 年, not durations', () => {
    expect(findDates('尤金袋鼠最初是于1628年船难的生还者在西澳发现的').map((d) => d.text)).toEqual(['1628年']);
    expect(findDates('天正16年(1588年)').map((d) => [d.text, d.year])).toEqual([['1588年', 1588]]);
  });
});
