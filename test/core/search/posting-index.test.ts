import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { buildIndex, corpusIndexOver, foldArticle } from '../../../src/core/search/corpus-index.ts';
import { IndexBuilder } from '../../../src/core/search/index-builder.ts';
import { FieldStaging, mergePostings } from '../../../src/core/search/postings.ts';
import { LocalVocabulary, prepareArticles } from '../../../src/core/search/prepare.ts';
import { findPassages, queryTerms } from '../../../src/core/search/search.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { referenceIndex, referenceSearch } from '../../../src/cli/minisearch-reference.ts';

/** A small corpus with repeated titles, dates, Latin names and Traditional text, plus the bundled article. */
const synthetic: Article[] = [
  { id: 'x1', title: '国产大模型密集发布', date: '2023-05-16', source: 'S', url: '', paragraphs: ['5月6日,科大讯飞发布认知大模型“讯飞星火”。', '同一天,淘云科技发布了儿童大模型。大模型大模型。', '4月11日,阿里巴巴推出“通义千问”。'] },
  { id: 'x2', title: '芯片出口', date: '2023-06-01', source: 'S', url: '', paragraphs: ['训练GPT-3使用了1024张A100 GPU芯片。', '英伟达的A100芯片在5月供不应求。'] },
  { id: 'x3', title: '通義千問開放', date: '2023-09-13', source: 'S', url: '', paragraphs: ['阿里雲宣布通義千問向公眾開放。', '9月13日起,用户可以下载通义千问App。'] },
  { id: 'x4', title: '大模型', date: '', source: 'S', url: '', paragraphs: ['什么是大模型?大模型是参数规模很大的模型。'] },
];

const queries = ['讯飞星火', '大模型', '5月 发布 大模型', 'A100 芯片', '通義千問', '阿里巴巴 通义千问 开放', '儿童', '不存在的词语', '@--05 发布', 'gpt-3'];

async function corpus(): Promise<Article[]> {
  return [...synthetic, ...(await loadCorpus('corpus')).articles];
}

describe('posting index', () => {
  it('ranks and scores exactly as MiniSearch does over the same terms and fields', async () => {
    const articles = await corpus();
    const index = buildIndex(articles);
    const mini = referenceIndex(articles);
    for (const query of queries) {
      const terms = query.startsWith('@') ? [query.split(' ')[0]!, ...queryTerms(query.split(' ')[1]!)] : queryTerms(query);
      const weights = new Map(terms.slice(0, 1).map((t) => [t, 0.4]));
      for (const [w, fields] of [[undefined, undefined], [weights, undefined], [undefined, ['title']]] as const) {
        const ours = findPassages(index, terms, 20, w, fields);
        const theirs = referenceSearch(mini, terms, 20, w, fields ? [...fields] : undefined);
        expect(ours.map((h) => h.score)).toEqual(theirs.map((h) => expect.closeTo(h.score, 9)) as unknown as number[]);
        // Equal scores may come in either order; the sets of passages at each score agree.
        const key = (hs: Array<{ passage: number; score: number }>) => hs.map((h) => `${h.score.toFixed(9)}:${h.passage}`).sort();
        expect(key(ours)).toEqual(key(theirs));
      }
      expect(findPassages(index, terms, 1000).length).toBe(referenceSearch(mini, terms, 1000).length);
    }
  });

  it('appending articles to a built index gives the same index as building them all at once', async () => {
    const articles = await corpus();
    const whole = buildIndex(articles).postings.data;
    const first = new IndexBuilder();
    first.addBatch(prepareArticles(articles.slice(0, 2).map(foldArticle), new LocalVocabulary()), first.source());
    const next = new IndexBuilder(first.finish());
    next.addBatch(prepareArticles(articles.slice(2).map(foldArticle), new LocalVocabulary()), next.source());
    const appended = next.finish();
    expect(appended).toEqual(whole);
    expect(findPassages(corpusIndexOver(articles, appended), queryTerms('通义千问'), 5)).toEqual(findPassages(buildIndex(articles), queryTerms('通义千问'), 5));
  });

  it('batches from separate vocabularies (one per worker) are mapped onto one', async () => {
    const articles = await corpus();
    const builder = new IndexBuilder();
    const [a, b] = [builder.source(), builder.source()];
    const [va, vb] = [new LocalVocabulary(), new LocalVocabulary()];
    // Alternate two producers, as two workers would.
    articles.forEach((article, i) => builder.addBatch(prepareArticles([foldArticle(article)], i % 2 ? vb : va), i % 2 ? b : a));
    const data = builder.finish();
    const index = corpusIndexOver(articles, data);
    const reference = buildIndex(articles);
    for (const query of queries) {
      const terms = queryTerms(query);
      expect(findPassages(index, terms, 10)).toEqual(findPassages(reference, terms, 10));
      for (const t of terms) expect(index.df.get(t)).toBe(reference.df.get(t));
    }
  });

  it('counts a term once per passage for IDF, whether in the text, the title or both', () => {
    const index = buildIndex(synthetic);
    // 模型: x1 title (3 passages) + x4 (title and text, 1 passage).
    expect(index.df.get('模型')).toBe(4);
    expect(index.df.get('a100')).toBe(2);
    expect(index.df.get('没有的词')).toBeUndefined();
  });

  it('finds passages by id', () => {
    const index = buildIndex(synthetic);
    expect(index.passageAt('x2#p1')).toBe(4);
    expect(index.passageAt(' x2#p1 ')).toBe(4);
    expect(index.passageAt('x2#p2')).toBeUndefined();
    expect(index.passageAt('nope#p0')).toBeUndefined();
  });
});

describe('postings', () => {
  it('builds ascending lists and merges later documents after earlier ones', () => {
    const s = new FieldStaging();
    s.addDocs(Uint32Array.of(0, 2, 2), Uint16Array.of(1, 3, 5), Uint32Array.of(2, 1));
    const a = s.build(3);
    expect([...a.offsets]).toEqual([0, 1, 1, 3]);
    expect([...a.docs]).toEqual([0, 0, 1]);
    expect([...a.tfs]).toEqual([1, 3, 5]);
    const t = new FieldStaging();
    t.addDocs(Uint32Array.of(3, 0), Uint16Array.of(2, 1), Uint32Array.of(2));
    const merged = mergePostings(a, t.build(4, 2), 4);
    expect([...merged.offsets]).toEqual([0, 2, 2, 4, 5]);
    expect([...merged.docs]).toEqual([0, 2, 0, 1, 2]);
  });
});
