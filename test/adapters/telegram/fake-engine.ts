import type { Answer, CorpusStats, PassageView, SearchHit, Source } from '../../../src/core/qa/answer.ts';
import type { Engine } from '../../../src/core/engine-api.ts';

/** A tiny stand-in for the retrieval engine, with realistic data and a record of its calls. */
export const XUNFEI: Source = {
  articleId: '2023-05-16-donews-guochan-chatgpt',
  title: '激战千亿大模型 “国产ChatGPT”背水一战',
  date: '2023-05-16',
  url: 'https://www.donews.com/article/detail/1234/5678.html?a=1&b=2',
  outlet: 'DoNews',
  passageId: '2023-05-16-donews-guochan-chatgpt#p12',
  quote: '5月6日，科大讯飞正式发布讯飞星火认知大模型。',
};

export const BAIDU: Source = {
  articleId: '2023-03-17-36kr-wenxin',
  title: '百度发布文心一言 <首批> 企业用户',
  date: '2023-03-17',
  url: 'https://36kr.com/p/2174',
  outlet: '36氪',
  passageId: '2023-03-17-36kr-wenxin#p2',
  quote: '3月16日，百度正式发布大语言模型文心一言。',
};

export function hitFrom(source: Source, score: number): SearchHit {
  const [, p] = source.passageId.split('#p');
  return {
    articleId: source.articleId, title: source.title, date: source.date, url: source.url, outlet: source.outlet,
    passageId: source.passageId, passage: Number(p), sentence: 0, score,
    snippet: source.quote.replace('讯飞星火', '【讯飞星火】'), text: source.quote,
  };
}

export interface FakeEngine extends Engine {
  calls: Array<{ method: string; question: string; conversation?: string }>;
}

export function createFakeEngine(): FakeEngine {
  const calls: FakeEngine['calls'] = [];
  return {
    calls,
    answer(question, options) {
      calls.push({ method: 'answer', question, conversation: options?.conversation });
      if (question.includes('讯飞星火') || question.includes('它')) {
        return {
          question, answer: '讯飞星火认知大模型由科大讯飞于5月6日发布。', short: '科大讯飞', abstained: false,
          confidence: 0.82, lang: 'zh', evidence: [XUNFEI.quote], sources: [XUNFEI],
        } satisfies Answer;
      }
      return {
        question, answer: '语料库中没有找到这个问题的答案。', short: '', abstained: true,
        confidence: 0.1, lang: 'zh', evidence: [], sources: [BAIDU],
      } satisfies Answer;
    },
    search(query, options) {
      calls.push({ method: 'search', question: query });
      return [hitFrom(XUNFEI, 3.2), hitFrom(BAIDU, 1.1)].slice(0, options?.limit ?? 10);
    },
    passage(id) {
      calls.push({ method: 'passage', question: id });
      if (id !== XUNFEI.passageId) return undefined;
      return {
        passageId: XUNFEI.passageId, articleId: XUNFEI.articleId, title: XUNFEI.title, date: XUNFEI.date,
        url: XUNFEI.url, outlet: XUNFEI.outlet, passage: 12, text: `${XUNFEI.quote}这是国产大模型 & <AI> 竞争的开始。`,
      } satisfies PassageView;
    },
    stats(): CorpusStats {
      return {
        articles: 2, passages: 30, sentences: 120, firstDate: '2023-03-17', lastDate: '2023-05-16',
        outlets: [{ name: 'DoNews', articles: 1 }, { name: '36氪', articles: 1 }],
      };
    },
  };
}
