import { describe, expect, it } from 'vitest';
import { cmrcEm, cmrcF1, cmrcTokens } from '../../src/cli/cmrc-metric.ts';

describe('the official CMRC 2018 metric', () => {
  it('counts each Han character as a token and keeps Latin and number runs whole', () => {
    expect(cmrcTokens('售价3,999元（约US$ 550）')).toEqual(['售', '价', '3,999', '元', '约', 'us', '$', '550']);
  });
  it('drops the official punctuation list, which joins what it separated (`GPT-4` → `gpt4`)', () => {
    expect(cmrcTokens('GPT-4于2023年发布。')).toEqual(['gpt4', '于', '2023', '年', '发', '布']);
    expect(cmrcTokens('《甜葫芦》、“夜香花”')).toEqual(['甜', '葫', '芦', '夜', '香', '花']);
  });
  it('scores F1 on the longest common contiguous run, not on the bag of tokens', () => {
    expect(cmrcF1(['科大讯飞'], '讯飞')).toBeCloseTo(2 / 3, 10);
    // 甲乙 and 丙丁 are both shared, but only one run of two counts: P = 2/5, R = 2/4.
    expect(cmrcF1(['甲乙丙丁'], '甲乙x丙丁')).toBeCloseTo(4 / 9, 10);
    expect(cmrcF1(['Windows 10发布于2015年'], 'windows 10')).toBeCloseTo(4 / 9, 10);
  });
  it('takes the best gold answer, and gives nothing for an empty answer', () => {
    expect(cmrcF1(['北京市', '北京'], '北京是首都')).toBeCloseTo(4 / 7, 10);
    expect(cmrcF1(['科大讯飞'], '')).toBe(0);
  });
  it('matches exactly once punctuation is removed, but not white space inside', () => {
    expect(cmrcEm(['“讯飞星火”'], '讯飞星火')).toBe(1);
    expect(cmrcEm(['5月6日'], ' 5月6日。')).toBe(1);
    expect(cmrcEm(['a b'], 'ab')).toBe(0);
    expect(cmrcEm(['科大讯飞'], '讯飞')).toBe(0);
  });
});
