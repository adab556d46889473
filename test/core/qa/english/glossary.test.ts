import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../../src/core/qa/english/glossary.ts';
import { translateTermsToEnglish } from '../../../../src/core/qa/english/translate-question.ts';

describe('translateTermsToEnglish', () => {
  it.each([
    ['阿里巴巴', 'Alibaba'],
    ['阿里', 'Alibaba'],
    ['科大讯飞', 'iFlytek'],
    ['讯飞', 'iFlytek'],
    ['商汤科技', 'SenseTime'],
    ['网易有道', 'NetEase Youdao'],
    ['文心一言', 'Ernie Bot'],
    ['谷歌', 'Google'],
    ['亚马逊云科技', 'AWS'],
    ['意大利', 'Italy'],
    ['大模型', 'large model'],
    [' 百度 ', 'Baidu'],
  ])('%s → %s', (chinese, english) => {
    expect(translateTermsToEnglish(chinese)).toBe(english);
  });

  it('is undefined for what the glossary does not know', () => {
    expect(translateTermsToEnglish('淘云科技')).toBeUndefined();
    expect(translateTermsToEnglish('')).toBeUndefined();
  });
});

describe('GLOSSARY', () => {
  it('stays a small glossary, not a list of answers', () => {
    expect(GLOSSARY.length).toBeLessThan(200);
  });

  it('lists each English form once', () => {
    const forms = GLOSSARY.flatMap((entry) => entry.english.map((form) => form.toLowerCase()));
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
  });
});
