import { describe, expect, it } from 'vitest';
import { mineLexicon, quotedNames } from '../../../src/core/text/lexicon.ts';

describe('lexicon mined from the corpus', () => {
  it('takes quoted names, not quoted phrases', () => {
    expect(quotedNames('科大讯飞发布认知大模型“讯飞星火”,定位为“像人但不是人”的产品,《数据安全法》')).toEqual(['讯飞星火', '数据安全法']);
  });
  it('finds names jieba cuts into single characters when they recur', () => {
    const texts = ['科大讯飞发布新品。', '科大讯飞股价上涨。', '科大讯飞董事长表示。', '今天天气很好。'];
    expect(mineLexicon(texts, { minCount: 3 })).toContain('科大讯飞');
  });
  it('does not take one-off n-grams', () => {
    expect(mineLexicon(['科大讯飞发布新品。'], { minCount: 3 })).not.toContain('科大讯飞');
  });
});
