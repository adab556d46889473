import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine.ts';
import type { Engine } from '../../../src/core/engine-api.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { parseJsonlLine } from '../../../src/corpus/parse-jsonl-line.ts';

// 399 real news articles about the same companies compete with the seed article. Data for tests
// only, read from ../shared beside the checkout; skipped where it is absent (a bare clone).
const DISTRACTORS = '../shared/bench/qqnews-ai-2023.jsonl';

describe.skipIf(!existsSync(DISTRACTORS))('seed facts among 399 distractor articles', () => {
  let engine: Engine;
  // Loaded in beforeAll, not while collecting: a skipped suite must not read the file.
  beforeAll(async () => {
    const seed = await loadCorpus('corpus');
    const others = readFileSync(DISTRACTORS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => parseJsonlLine(line, 'qqnews-ai-2023.jsonl', i + 1))
      .flatMap((r) => (r.ok ? [r.article] : []));
    engine = createEngine([...seed.articles, ...others]);
  });

  it.each([
    ['通义千问是哪家公司推出的？', '阿里巴巴'],
    ['训练一次GPT-3需要多少张A100？', '1024张'],
    ['哪个国家一度禁止OpenAI在境内开展业务？', '意大利'],
    ['谷歌在I/O开发者大会上向多少个国家和地区开放了Bard？', '180个'],
  ])('%s → %s', (question, expected) => {
    expect(engine.answer(question).short).toBe(expected);
  });
  it('lists only the May launches the articles support, with the seed article among the sources', () => {
    const a = engine.answer('5月谁发布了大模型？');
    expect(a.answer).toMatch(/科大讯飞/);
    expect(a.answer).not.toMatch(/阿里巴巴|商汤/);
    expect(a.sources.some((s) => s.articleId === '2023-05-16-donews-guochan-chatgpt')).toBe(true);
  });
  it('still abstains on what no article says', () => {
    expect(engine.answer('苹果发布了什么大模型？').abstained).toBe(true);
  });
});
