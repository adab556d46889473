import type { Engine } from '../../../src/core/engine-api.ts';
import type { Answer, PassageView, SearchHit, Source } from '../../../src/core/qa/answer.ts';

/** A small stand-in for the retrieval engine, with realistic data, recording what it was asked. */

export const xinghuoSource: Source = {
  articleId: '2023-05-16-donews-guochan-chatgpt',
  title: '激战千亿大模型 “国产ChatGPT”背水一战',
  date: '2023-05-16',
  url: 'https://www.donews.com/article/detail/7516/69233.html',
  outlet: 'DoNews',
  passageId: '2023-05-16-donews-guochan-chatgpt#p12',
  quote: '5月6日，科大讯飞正式发布讯飞星火认知大模型。',
};

export function otherSource(n: number): Source {
  return {
    articleId: `2023-05-1${n}-36kr-damoxing`,
    title: `大模型混战第${n}篇`,
    date: `2023-05-1${n}`,
    url: `https://36kr.com/p/22${n}`,
    outlet: '36氪',
    passageId: `2023-05-1${n}-36kr-damoxing#p${n}`,
    quote: `第${n}家公司也发布了自己的大模型。`,
  };
}

export const xinghuoAnswer: Answer = {
  question: '讯飞星火是谁发布的？',
  answer: '讯飞星火认知大模型由科大讯飞发布。',
  short: '科大讯飞',
  abstained: false,
  confidence: 0.82,
  lang: 'zh',
  evidence: ['5月6日，科大讯飞正式发布讯飞星火认知大模型。'],
  sources: [xinghuoSource, otherSource(1), otherSource(2), otherSource(3), otherSource(4)],
};

export const abstainedAnswer: Answer = {
  question: '马斯克的火箭什么时候发射？',
  answer: '语料库中没有关于这个问题的内容。',
  short: '',
  abstained: true,
  confidence: 0.12,
  lang: 'zh',
  evidence: [],
  sources: [otherSource(1)],
};

export const xinghuoHit: SearchHit = {
  articleId: xinghuoSource.articleId,
  title: xinghuoSource.title,
  date: xinghuoSource.date,
  url: xinghuoSource.url,
  outlet: xinghuoSource.outlet,
  passageId: xinghuoSource.passageId,
  passage: 12,
  sentence: 0,
  score: 7.5,
  snippet: '5月6日，科大讯飞正式发布【讯飞星火】认知大模型。',
  text: '5月6日，科大讯飞正式发布讯飞星火认知大模型。',
};

export const xinghuoPassage: PassageView = {
  passageId: xinghuoSource.passageId,
  articleId: xinghuoSource.articleId,
  title: xinghuoSource.title,
  date: xinghuoSource.date,
  url: xinghuoSource.url,
  outlet: xinghuoSource.outlet,
  passage: 12,
  text: '5月6日，科大讯飞正式发布讯飞星火认知大模型。该模型具备文本生成、语言理解等七大核心能力。',
};

export interface FakeEngine extends Engine {
  /** Every `answer` call, in order. */
  asked: Array<{ question: string; conversation?: string }>;
}

/** Answers questions about 讯飞星火, abstains on anything else; `failOn` makes `answer` throw. */
export function createFakeEngine(options: { failOn?: string } = {}): FakeEngine {
  const asked: FakeEngine['asked'] = [];
  return {
    asked,
    answer(question, opts) {
      asked.push({ question, conversation: opts?.conversation });
      if (options.failOn && question.includes(options.failOn)) throw new Error('index snapshot is corrupt');
      if (question.includes('讯飞星火') || question.includes('它')) return { ...xinghuoAnswer, question };
      return { ...abstainedAnswer, question };
    },
    search(query) {
      return query.includes('讯飞') ? [xinghuoHit] : [];
    },
    passage(id) {
      return id === xinghuoPassage.passageId ? xinghuoPassage : undefined;
    },
    stats() {
      return {
        articles: 12,
        passages: 340,
        sentences: 1980,
        firstDate: '2023-03-01',
        lastDate: '2023-06-30',
        outlets: [
          { name: 'DoNews', articles: 7 },
          { name: '36氪', articles: 5 },
        ],
      };
    },
  };
}
