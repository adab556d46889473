import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at Chinese and ASCII stops and at semicolons between events', () => {
    expect(split('5月5日,网易有道发布了视频;5月6日,科大讯飞发布“讯飞星火”。同一天,淘云科技发布了新品!')).toEqual([
      '5月5日,网易有道发布了视频;',
      '5月6日,科大讯飞发布“讯飞星火”。',
      '同一天,淘云科技发布了新品!',
    ]);
  });
  it('keeps decimals, model names and Latin abbreviations whole', () => {
    expect(split('OpenAI需要3.24万张A100。X.AI是一家公司。GPT-3.5也有。')).toEqual(['OpenAI需要3.24万张A100。', 'X.AI是一家公司。', 'GPT-3.5也有。']);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(split('他说:“好。”然后走了。')).toEqual(['他说:“好。”', '然后走了。']);
  });
  it('ends a sentence at a full stop followed by a space, not inside a number', () => {
    expect(split('Revenue was 5.4 billion. It grew fast')).toEqual(['Revenue was 5.4 billion.', 'It grew fast']);
  });
  it('returns nothing for blank or punctuation-only text', () => {
    expect(split('   ')).toEqual([]);
    expect(split('。。')).toEqual([]);
  });
});
