import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/text/normalize.ts';

describe('foldText', () => {
  it('turns Traditional Chinese into Simplified', () => {
    expect(foldText('通義千問')).toBe('通义千问');
    expect(foldText('訊飛星火發佈')).toBe('讯飞星火发布');
  });
  it('folds full-width letters, digits and punctuation to ASCII', () => {
    expect(foldText('ＧＰＴ－４，３．２４万')).toBe('GPT-4,3.24万');
  });
  it('keeps the length, so offsets in folded text quote the original', () => {
    for (const text of ['已有超过40家企业……', '😀通義', 'ａｂｃ「文心一言」', '㈠章']) {
      expect(foldText(text)).toHaveLength(text.length);
    }
  });
  it('leaves Simplified text as it is', () => {
    expect(foldText('科大讯飞发布认知大模型“讯飞星火”')).toBe('科大讯飞发布认知大模型“讯飞星火”');
  });
});
