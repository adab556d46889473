import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { createEngine } from '../../../src/core/engine.ts';
import { findWhWord } from '../../../src/core/qa/english/question-words.ts';
import { newsRoleWords } from '../../../src/core/qa/question.ts';
import { isHmmFragment } from '../../../src/core/qa/question-anchors.ts';

// Questions worded as people ask, against news worded as news writes (CEO, 每月收费).
const articles: Article[] = [
  {
    id: 'news',
    title: '大模型竞赛',
    date: '2023-05-16',
    source: 'S',
    url: '',
    paragraphs: [
      '谷歌CEO桑达尔·皮查伊认为,谷歌的主要搜索业务可能首次面临严重威胁。',
      'OpenAI CEO山姆·阿尔特曼更是坦言,OpenAI可能需要筹集更多资金。',
      '针对C端市场,OpenAI推出ChatGPT Plus订阅计划,每月收费20美元。',
      '根据网站SimilarWeb的报告,美国在线教育公司Chegg网站访问量同比暴跌89%。',
      '4月11日,阿里巴巴推出大模型“通义千问”。4月10日,商汤发布大模型“日日新”。',
      '5月6日,科大讯飞发布认知大模型“讯飞星火”,并预计2023年内还会进行三次升级。',
      '训练一次1750亿参数的GPT-3需要34天、使用1024张A100 GPU芯片。',
      '3月16日,文心一言正式发布,并展示了文心一言在文学创作、商业文案创作等五个使用场景中的综合能力。',
    ],
  },
];

describe('question wording', () => {
  const engine = createEngine(articles);

  it('reads role words as news writes them: 执行长, 首席执行官, 老板 → CEO', () => {
    expect(newsRoleWords('谷歌的执行长是谁?')).toBe('谷歌的CEO是谁?');
    expect(newsRoleWords('OpenAI的老板是谁')).toBe('OpenAI的CEO是谁');
    expect(engine.answer('谷歌的執行長是誰？').short).toBe('桑达尔·皮查伊');
    expect(engine.answer('OpenAI的老板是谁？').short).toBe('山姆·阿尔特曼');
  });

  it('keeps a transliterated name whole, up to the verb after it', () => {
    expect(engine.answer('谷歌的CEO是谁？').short).toBe('桑达尔·皮查伊');
  });

  it('does not take two everyday characters jieba glued together for an unknown name', () => {
    expect(isHmmFragment('x', '要花')).toBe(true);
    expect(isHmmFragment('x', '讯飞星火')).toBe(false);
    expect(isHmmFragment('nz', '有个')).toBe(false);
    expect(engine.answer('一个月ChatGPT Plus要花多少钱？')).toMatchObject({ abstained: false, short: '20美元' });
    expect(engine.answer('有个叫SimilarWeb的网站说Chegg的访问量跌了多少？').short).toContain('89%');
  });

  it('still abstains on a name the corpus has never seen', () => {
    expect(engine.answer('华为的执行长是谁？').abstained).toBe(true);
  });

  it('reads an English imperative as a list question', () => {
    expect(findWhWord('List the companies that released large models in April.')?.whWord).toBe('list');
    expect(findWhWord('Name the models launched in May')?.whWord).toBe('list');
    expect(findWhWord('What is the name of the model?')?.whWord).toBe('what');
    const answer = engine.answer('List the companies that released large models in April.');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/Alibaba|阿里巴巴/);
    expect(answer.answer).toMatch(/商汤|SenseTime/);
  });

  it('abstains when what an amount question counts is nowhere in the corpus, instead of giving another count', () => {
    expect(engine.answer('科大讯飞有多少员工？').abstained).toBe(true);
    expect(engine.answer('How many employees does iFlytek have?').abstained).toBe(true);
    expect(engine.answer('训练GPT-3用了多少张A100？').short).toBe('1024张');
    expect(engine.answer('How many days does it take to train GPT-3?').short).toContain('34天');
  });

  it('does not answer how many parameters with a count of something else', () => {
    expect(engine.answer('文心一言的参数量是多少？').abstained).toBe(true);
    expect(engine.answer('GPT-3有多少参数？').short).toContain('1750亿');
  });
});
