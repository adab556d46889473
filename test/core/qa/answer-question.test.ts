import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { createEngine } from '../../../src/core/engine.ts';

const articles: Article[] = [
  {
    id: 'news',
    title: '国产大模型竞赛',
    date: '2023-05-16',
    source: 'DoNews',
    url: 'https://example.com/news',
    paragraphs: [
      '百度打响了国内大模型竞赛的第一枪。3月16日,被称为中国版ChatGPT的“文心一言”正式发布。',
      '4月11日,在2023阿里云峰会上,阿里巴巴正式推出大模型“通义千问”。',
      '5月6日,科大讯飞发布认知大模型“讯飞星火”,并预计2023年内还会进行三次升级;同一天,淘云科技发布了阿尔法蛋儿童认知大模型。',
      '训练一次1750亿参数的GPT-3需要34天、使用1024张A100 GPU芯片。',
      'OpenAI推出ChatGPT Plus订阅计划,每月收费20美元。',
      '意大利一度禁止OpenAI在意大利境内开展业务,监管机构认为OpenAI违反了《欧洲通用数据保护条例》中的部分规定。',
      '通义千问能处理10余项单模态和跨模态任务。升级后,更是可以处理30多种跨模态任务。',
      '特斯拉CEO马斯克表示即将推出TruthGPT,此前其已成立了一家名为X.AI的新公司。',
      '参议院将于5月16日展开探讨。届时,山姆·阿尔特曼将首次在美国国会作证。',
      'OpenAI CEO山姆·阿尔特曼更是坦言,OpenAI需要筹集资金。特斯拉CEO埃隆·马斯克表示即将推出OpenAI的竞争对手。',
      '除此之外,腾讯、字节跳动等也均已推出了大模型产品。',
      '苹果在9月发布了iPhone 15。',
      '据统计,目前国内已有超过40家企业发布了大模型产品。',
      '罗保铭,天津人。1992年4月,任大港区委副书记。',
    ],
  },
];

describe('answerQuestion', () => {
  let clock = 0;
  const engine = createEngine(articles, { now: () => clock, memoryTtlMs: 1000 });

  it('answers who with the organisation and cites the sentence', () => {
    const a = engine.answer('通义千问是哪家公司推出的？');
    expect(a.abstained).toBe(false);
    expect(a.short).toBe('阿里巴巴');
    expect(a.sources[0]).toMatchObject({ articleId: 'news', passageId: 'news#p1', title: '国产大模型竞赛', date: '2023-05-16' });
    expect(a.sources[0]!.quote).toContain('通义千问');
    expect([...a.answer].length).toBeLessThanOrEqual(200);
  });
  it('finds the agent a sentence leaves out in the sentence before, and cites both', () => {
    const a = engine.answer('谁发布了文心一言？');
    expect(a.short).toBe('百度');
    expect(a.sources.map((s) => s.quote)).toEqual(['百度打响了国内大模型竞赛的第一枪。', '3月16日,被称为中国版ChatGPT的“文心一言”正式发布。']);
    expect(engine.answer('Who released Ernie Bot?').answer).toContain('百度');
  });
  it('answers when with the date resolved against the article date', () => {
    const a = engine.answer('文心一言是什么时候发布的？');
    expect(a.short).toBe('3月16日');
    expect(a.answer).toContain('2023年3月16日');
  });
  it('answers how many with the amount of the unit asked for', () => {
    expect(engine.answer('训练一次GPT-3需要多少张A100？').short).toBe('1024张');
    expect(engine.answer('ChatGPT Plus每月收费多少？').short).toBe('20美元');
    expect(engine.answer('讯飞星火预计2023年内还会升级几次？').short).toBe('三次');
  });
  it('keeps the words that make an amount a bound or an estimate', () => {
    expect(engine.answer('国内有多少家企业发布了大模型产品？').short).toBe('超过40家');
  });
  it('answers which country', () => {
    expect(engine.answer('哪个国家一度禁止OpenAI在境内开展业务？').short).toBe('意大利');
  });
  it('lists every event in the month asked about, in date order, and nothing outside it', () => {
    const a = engine.answer('5月谁发布了大模型？');
    expect(a.answer).toMatch(/科大讯飞.*淘云科技/);
    expect(a.answer).not.toContain('阿里巴巴');
    expect(a.answer).not.toContain('百度');
    expect(a.sources.length).toBeGreaterThanOrEqual(2);
  });
  it('takes the object phrase when the thing launched has no quoted or Latin name', () => {
    expect(engine.answer('淘云科技发布了什么？').short).toBe('阿尔法蛋儿童认知大模型');
  });
  it('answers with the object of the question\'s own verb, and with what a naming word introduces', () => {
    expect(engine.answer('意大利认为OpenAI违反了什么规定？').short).toBe('欧洲通用数据保护条例');
    expect(engine.answer('马斯克成立的新公司叫什么名字？').short).toBe('X.AI');
  });
  it('prefers the counter the question names, in a sentence whose subject the sentence before gives', () => {
    expect(engine.answer('通义千问能处理多少种跨模态任务？').short).toBe('30多种');
  });
  it('takes the date from the sentence before when a sentence says 届时', () => {
    const a = engine.answer('山姆·阿尔特曼将于哪天在美国国会作证？');
    expect(a.short).toBe('5月16日');
    expect(a.sources.map((s) => s.quote)).toEqual(['参议院将于5月16日展开探讨。', '届时,山姆·阿尔特曼将首次在美国国会作证。']);
  });
  it('answers who holds a role with the person after the role, not the organisation before it', () => {
    expect(engine.answer('OpenAI的CEO是谁？').short).toBe('山姆·阿尔特曼');
    expect(engine.answer('Who is the CEO of OpenAI?').answer).toContain('山姆·阿尔特曼');
  });
  it('reads "what is the price / rate / number" in English as a question for an amount', () => {
    expect(engine.answer('What is the price of ChatGPT Plus per month?').answer).toContain('20美元');
  });
  it('answers only from a sentence that speaks of the kind of thing asked for', () => {
    expect(engine.answer('苹果发布了什么大模型？').abstained).toBe(true);
    expect(engine.answer('苹果发布了什么手机？').abstained).toBe(true);
  });
  it('reads a subject named earlier in the passage (Wikipedia style) and a written year', () => {
    expect(engine.answer('1992年4月，罗保铭担任什么职务？').answer).toContain('副书记');
  });
  it('does not answer with the question\'s own noun dressed as a name', () => {
    expect(engine.answer('字节跳动的大模型叫什么？').abstained).toBe(true);
  });
  it('works for Traditional-Chinese questions', () => {
    expect(engine.answer('通義千問是哪家公司推出的？').short).toBe('阿里巴巴');
  });
  it('works for English questions, quoting the Chinese names', () => {
    const a = engine.answer('Which company launched Tongyi Qianwen?');
    expect(a.lang).toBe('en');
    expect(a.answer).toContain('阿里巴巴');
  });
  it('abstains when the corpus does not cover the question', () => {
    const a = engine.answer('苹果发布了什么大模型？');
    expect(a.abstained).toBe(true);
    expect(a.short).toBe('');
    expect(a.answer).toContain('没有回答');
  });
  it('abstains on a question with no content words', () => {
    expect(engine.answer('？？').abstained).toBe(true);
  });
  it('resolves follow-ups in the same conversation, and only there', () => {
    expect(engine.answer('通义千问是哪家公司推出的？', { conversation: 'c1' }).short).toBe('阿里巴巴');
    expect(engine.answer('它是什么时候推出的？', { conversation: 'c1' }).short).toBe('4月11日');
    expect(engine.answer('那文心一言呢？', { conversation: 'c1' }).answer).toContain('3月16日');
    expect(engine.answer('它是什么时候推出的？', { conversation: 'other' }).short).not.toBe('4月11日');
  });
  it('forgets a conversation after it expires', () => {
    engine.answer('通义千问是哪家公司推出的？', { conversation: 'c2' });
    clock += 5000;
    expect(engine.answer('它是什么时候推出的？', { conversation: 'c2' }).short).not.toBe('4月11日');
  });
});
