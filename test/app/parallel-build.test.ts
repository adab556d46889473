import { describe, expect, it } from 'vitest';
import { buildInWorkers, type BuildProgress } from '../../src/app/parallel-build.ts';
import type { Article } from '../../src/core/article.ts';
import { createEngine } from '../../src/core/engine.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const extra: Article[] = Array.from({ length: 30 }, (_, i) => ({
  id: `n${i}`,
  title: `第${i}篇:“星河${i % 3}”模型`,
  date: `2023-0${1 + (i % 9)}-1${i % 10}`,
  source: 'S',
  url: '',
  paragraphs: [`${1 + (i % 12)}月${1 + (i % 28)}日,某公司发布“星河${i % 3}”大模型。`, `它有${i * 10}亿参数,训练用了${i}张A100。`],
}));

describe('building in worker threads', () => {
  it('gives the same index as one thread, over batches spread across two workers', async () => {
    const articles = [...(await loadCorpus('corpus')).articles, ...extra];
    const progress: BuildProgress[] = [];
    // Tiny batches, so that both workers get several and batches arrive out of order.
    const parallel = await buildInWorkers(articles, { threads: 2, batchPassages: 7, onProgress: (p) => progress.push(p) });
    expect(parallel.lexicon).toContain('星河0');
    const single = createEngine(articles, { lexicon: parallel.lexicon });
    expect(parallel.data).toEqual(single.index.postings.data);
    expect(progress.filter((p) => p.phase === 'index').at(-1)).toMatchObject({ done: progress.at(-1)!.total });
  }, 60_000);
});
