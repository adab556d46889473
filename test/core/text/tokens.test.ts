import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/text/normalize.ts';
import { addWords, cut } from '../../../src/core/text/segment.ts';
import { tokenize } from '../../../src/core/text/tokens.ts';

describe('segmentation and terms', () => {
  it('keeps Latin names and decimals whole (HMM on)', () => {
    expect(cut('OpenAI需要3.24万张A100')).toEqual(expect.arrayContaining(['OpenAI', '3.24', 'A100']));
  });
  it('cuts added words whole', () => {
    expect(cut('阿里巴巴推出通义千问')).not.toContain('通义千问');
    addWords(['通义千问']);
    expect(cut('阿里巴巴推出通义千问')).toContain('通义千问');
  });
  it('makes terms of words and Han bigrams, without stop words', () => {
    const terms = tokenize(foldText('谁发布了讯飞星火？'));
    expect(terms).toEqual(expect.arrayContaining(['发布', '讯飞', '飞星', '星火']));
    expect(terms).not.toContain('谁');
    expect(terms).not.toContain('了');
  });
  it('finds a name the dictionary lacks through shared bigrams', () => {
    const question = new Set(tokenize('淘云科技'));
    const sentence = tokenize('同一天,淘云科技发布了阿尔法蛋');
    expect(sentence.filter((t) => question.has(t)).length).toBeGreaterThanOrEqual(3);
  });
  it('keeps hyphenated model names as one term', () => {
    expect(tokenize('训练GPT-3需要多少张A100')).toEqual(expect.arrayContaining(['gpt-3', 'a100']));
  });
  it('gives the same terms for Traditional and Simplified text', () => {
    expect(tokenize(foldText('通義千問'))).toEqual(tokenize(foldText('通义千问')));
  });
});
