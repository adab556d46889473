import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/corpus/find-date.ts';
import { joinWrappedLines, splitParagraphs } from '../../src/corpus/join-lines.ts';

describe('joinWrappedLines', () => {
  it('joins CJK to CJK without a space and anything else with one', () => {
    expect(joinWrappedLines(['大模型是', '底层基础设施，', '“文心一言”', 'ERNIE Bot', '发布。'])).toBe('大模型是底层基础设施，“文心一言” ERNIE Bot 发布。');
  });

  it('trims lines and drops empty ones', () => {
    expect(joinWrappedLines(['  甲 ', '', '\u3000乙'])).toBe('甲乙');
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines, including lines holding only spaces', () => {
    expect(splitParagraphs('第一段\n接着\n  \n第二段\n\n\n第三段')).toEqual(['第一段接着', '第二段', '第三段']);
  });
});

describe('findDate', () => {
  it('normalises the date forms Chinese pages use', () => {
    expect(['2023年5月16日 07:42', '发布于 2023-05-16', '2023/5/6', '2023.05.16 来源', '2023-05-16T07:42:00+08:00'].map((text) => findDate(text)?.date)).toEqual([
      '2023-05-16',
      '2023-05-16',
      '2023-05-06',
      '2023-05-16',
      '2023-05-16',
    ]);
  });

  it('skips impossible days and text without a full date', () => {
    expect([findDate('2023-02-30'), findDate('3月16日发布'), findDate('2023年收入')]).toEqual([undefined, undefined, undefined]);
  });
});
