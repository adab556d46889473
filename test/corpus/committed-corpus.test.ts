import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

describe('the committed corpus/', () => {
  it('loads without problems and holds the seed article with its metadata and body', async () => {
    const { articles, problems } = await loadCorpus(CORPUS);
    expect(problems).toEqual([]);
    const seed = articles.find((article) => article.id === '2023-05-16-donews-guochan-chatgpt');
    expect(seed && { ...seed, paragraphs: seed.paragraphs.length }).toEqual({
      id: '2023-05-16-donews-guochan-chatgpt',
      title: '激战千亿大模型 “国产ChatGPT”背水一战',
      date: '2023-05-16',
      source: 'DoNews',
      url: '',
      author: '章芳',
      paragraphs: 40,
    });
    expect(seed?.paragraphs[0]).toBe(
      '2022年11月,OpenAI推出的新型AI聊天机器人工具ChatGPT在一夜之间火爆全球互联网,引来了无数人的关注,上线仅两个月,ChatGPT的月活跃用户数就已突破了1亿,成为历史上增长最快的消费者应用程序。而截至2023年4月,ChatGPT的全球访问量再创新高,达到17.6亿次,仅次于谷歌、百度等搜索引擎。',
    );
    expect(seed?.paragraphs.at(-1)).toBe(
      '值得一提的是,各国监管趋严并非意在制约大模型行业发展,而是要在合规框架下可控发展,对于“国产ChatGPT”而言,加强监管、净化行业环境、驱逐不良玩家可能会带来发展上的限制,但对行业的长期发展却大有裨益。如何合规发展,已成为“国产ChatGPT”的长期命题。',
    );
    expect(seed?.paragraphs).toContain('02.商业化高墙难越');
    expect(seed?.paragraphs.join('\n')).not.toMatch(/首页|ICP|声明:|编 辑|CopyRight/);
  });
});
