import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { createEngine } from '../../../src/core/engine.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';

const fixture: Article[] = [
  { id: 'a', title: '国产大模型', date: '2023-05-16', source: 'DoNews', url: 'https://example.com/a', paragraphs: ['5月6日,科大讯飞发布认知大模型“讯飞星火”。同一天,淘云科技发布了儿童大模型。', '4月11日,阿里巴巴正式推出大模型“通义千问”。'] },
  { id: 'b', title: '芯片', date: '2023-06-01', source: 'Example', url: '', paragraphs: ['训练GPT-3使用了1024张A100 GPU芯片。'] },
];

describe('search', () => {
  const engine = createEngine(fixture);
  it('ranks the passage naming the query first, with the sentence and a highlighted snippet', () => {
    const [hit] = engine.search('讯飞星火');
    expect(hit).toMatchObject({ articleId: 'a', passage: 0, sentence: 0, passageId: 'a#p0', title: '国产大模型', date: '2023-05-16', outlet: 'DoNews' });
    expect(hit!.snippet).toContain('【讯飞星火】');
    expect(hit!.text).toBe('5月6日,科大讯飞发布认知大模型“讯飞星火”。');
  });
  it('finds Traditional-Chinese queries', () => {
    expect(engine.search('通義千問')[0]).toMatchObject({ passageId: 'a#p1' });
  });
  it('finds Latin product names regardless of case', () => {
    expect(engine.search('a100')[0]).toMatchObject({ articleId: 'b' });
  });
  it('returns nothing for a query with no content words', () => {
    expect(engine.search('的了吗')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
  });
  it('honours the limit', () => {
    expect(engine.search('大模型', { limit: 1 })).toHaveLength(1);
  });
  it('shows a passage by id, and nothing for an unknown id', () => {
    expect(engine.passage('a#p1')?.text).toBe('4月11日,阿里巴巴正式推出大模型“通义千问”。');
    expect(engine.passage('nope#p9')).toBeUndefined();
  });
  it('describes the corpus', () => {
    expect(engine.stats()).toMatchObject({ articles: 2, passages: 3, firstDate: '2023-05-16', lastDate: '2023-06-01' });
  });
});

describe('search over the bundled corpus', async () => {
  const { articles } = await loadCorpus('corpus');
  const engine = createEngine(articles);
  it.each([
    ['讯飞星火', '讯飞星火'],
    ['通义千问', '通义千问'],
    ['通義千問', '通义千问'],
    ['A100', 'A100'],
  ])('first hit for %s is the seed sentence that names it', (query, name) => {
    const [hit] = engine.search(query);
    expect(hit?.articleId).toBe('2023-05-16-donews-guochan-chatgpt');
    expect(hit?.text).toContain(name);
  });
});
