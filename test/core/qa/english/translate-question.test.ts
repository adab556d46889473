import { describe, expect, it } from 'vitest';
import { rankByCorpus, translateQuestion } from '../../../../src/core/qa/english/translate-question.ts';

const LAUNCH = ['发布', '推出', '上线'];

/** The Chinese candidates of the term written as `english` in the question. */
function chineseFor(question: string, english: string): string[] | undefined {
  return translateQuestion(question).terms.find((term) => term.english === english)?.chinese;
}

describe('translateQuestion', () => {
  it('translates the verb, keeps names as written and reads the wh-word', () => {
    expect(translateQuestion('When did OpenAI launch ChatGPT?')).toEqual({
      terms: [{ english: 'launch', chinese: LAUNCH, via: 'glossary' }],
      latin: ['OpenAI', 'ChatGPT'],
      whWord: 'when',
    });
  });

  it('leaves the time phrase untouched and out of the terms', () => {
    expect(translateQuestion('who launched a model in May?')).toEqual({
      terms: [
        { english: 'launched', chinese: LAUNCH, via: 'glossary' },
        { english: 'model', chinese: ['模型', '大模型'], via: 'glossary' },
      ],
      latin: [],
      whWord: 'who',
      timeText: 'in May',
    });
    expect(translateQuestion('What did Baidu launch on March 27?')).toEqual({
      terms: [
        { english: 'Baidu', chinese: ['百度'], via: 'glossary' },
        { english: 'launch', chinese: LAUNCH, via: 'glossary' },
      ],
      latin: [],
      whWord: 'what',
      timeText: 'on March 27',
    });
  });

  it('matches a phrase before its words: "pre-training run", "large models"', () => {
    expect(translateQuestion('How much does one pre-training run of PaLM cost?')).toEqual({
      terms: [
        { english: 'pre-training run', chinese: ['预训练'], via: 'glossary' },
        { english: 'cost', chinese: ['成本', '费用'], via: 'glossary' },
      ],
      latin: ['PaLM'],
      whWord: 'how much',
    });
    expect(translateQuestion('What is a large model?')).toEqual({
      terms: [{ english: 'large model', chinese: ['大模型', '大语言模型'], via: 'glossary' }],
      latin: [],
      whWord: 'what',
    });
  });

  it('lemmatizes inflected words before looking them up', () => {
    const result = translateQuestion('How many companies in China have released large models?');
    expect(result.terms.map((term) => [term.english, term.chinese[0]])).toEqual([
      ['companies', '公司'],
      ['China', '中国'],
      ['released', '发布'],
      ['large models', '大模型'],
    ]);
    expect(result.whWord).toBe('how many');
    expect(chineseFor('Which country banned OpenAI?', 'banned')).toEqual(['禁止', '封杀', '禁用']);
    expect(chineseFor('Which country banned OpenAI?', 'country')).toEqual(['国家']);
  });

  it('turns English names of Chinese companies and products into their Chinese names', () => {
    expect(chineseFor('What did SenseTime release?', 'SenseTime')).toEqual(['商汤科技', '商汤']);
    expect(translateQuestion('Which company released Tongyi Qianwen?').terms).toEqual([
      { english: 'company', chinese: ['公司', '企业'], via: 'glossary' },
      { english: 'released', chinese: LAUNCH, via: 'glossary' },
      { english: 'Tongyi Qianwen', chinese: ['通义千问'], via: 'glossary' },
    ]);
    expect(chineseFor('What did Amazon Web Services release on April 13?', 'Amazon Web Services')).toEqual([
      '亚马逊云科技',
      'AWS',
    ]);
  });

  it('keeps codes, acronyms and Latin plurals as written: A100s → A100', () => {
    expect(translateQuestion('How many A100s does training GPT-3 take?')).toEqual({
      terms: [{ english: 'training', chinese: ['训练'], via: 'glossary' }],
      latin: ['A100', 'GPT-3'],
      whWord: 'how many',
    });
    expect(translateQuestion('Who asked the FTC to ban GPT-4?')).toEqual({
      terms: [
        { english: 'asked', chinese: ['要求', '呼吁'], via: 'glossary' },
        { english: 'ban', chinese: ['禁止', '封杀', '禁用'], via: 'glossary' },
      ],
      latin: ['FTC', 'GPT-4'],
      whWord: 'who',
    });
    const io = translateQuestion('To how many countries and regions did Google open Bard at the I/O developer conference?');
    expect(io.latin).toEqual(['Bard', 'I/O']);
    expect(io.terms.map((term) => term.english)).toEqual(['countries and regions', 'Google', 'open', 'developer conference']);
  });

  it('keeps a capitalized word the dictionary has only as a common word as a name: Bedrock, CAIDP', () => {
    const result = translateQuestion('What did Amazon announce with Bedrock after CAIDP complained?');
    expect(result.latin).toEqual(['Bedrock', 'CAIDP']);
    expect(result.terms.find((term) => term.english === 'Bedrock')).toBeUndefined();
  });

  it('searches a word no dictionary knows as written: a name typed in lower case', () => {
    expect(translateQuestion('what is chatgpt')).toEqual({ terms: [], latin: ['chatgpt'], whWord: 'what' });
  });

  it('keeps a capitalized first word both ways, as its capital may only start the sentence', () => {
    const result = translateQuestion('Bard was opened to how many countries?');
    expect(result.latin).toEqual(['Bard']);
    expect(result.terms.map((term) => [term.english, term.via])).toEqual([
      ['Bard', 'cedict'],
      ['opened to', 'glossary'],
      ['countries', 'glossary'],
    ]);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(translateQuestion('Tell us which US company launched Bard').terms.map((term) => term.english)).toEqual([
      'US',
      'company',
      'launched',
    ]);
  });

  it('falls back to CC-CEDICT for words the glossary lacks, with two-word glosses first', () => {
    const engines = translateQuestion('Which websites use search engines?');
    expect(engines.terms.find((term) => term.english === 'search engines')?.chinese[0]).toBe('搜索引擎');
    const reach = translateQuestion('How long did ChatGPT take to reach 100 million users?');
    expect(reach.terms.find((term) => term.english === 'reach')).toMatchObject({ via: 'cedict' });
    expect(reach.terms.find((term) => term.english === 'reach')?.chinese.slice(0, 3)).toContain('达到');
    expect(reach.whWord).toBe('how long');
    expect(chineseFor('Which country in Europe banned ChatGPT?', 'Europe')).toEqual(['欧洲']);
  });

  it('drops single characters when the dictionary has longer words for the same gloss', () => {
    const nation = translateQuestion('Which nation regulates chatbots?').terms.find((term) => term.english === 'nation');
    expect(nation?.chinese[0]).toBe('国家');
    expect(nation?.chinese.every((word) => word.length > 1)).toBe(true);
  });

  it('answers "how big" as an amount and leaves the adjective out of the terms', () => {
    const result = translateQuestion('How big will the global generative AI market be in 2028?');
    expect(result.whWord).toBe('how much');
    expect(result.timeText).toBe('in 2028');
    expect(result.terms.map((term) => term.chinese[0])).toEqual(['全球', '生成式人工智能', '市场']);
  });
});

describe('translateQuestion with corpus counts', () => {
  const counts: Record<string, number> = { 推出: 120, 发布: 30, 发射: 4, 国家: 50 };
  const known = (term: string): number => counts[term] ?? 0;

  it('reorders candidates by document count × dictionary rank and drops those the corpus lacks', () => {
    expect(translateQuestion('When did OpenAI launch ChatGPT?', { known }).terms).toEqual([
      { english: 'launch', chinese: ['推出', '发布'], via: 'glossary' },
    ]);
  });

  it('returns an empty candidate list when the corpus has none of them', () => {
    expect(translateQuestion('Which company launched a chatbot?', { known }).terms).toEqual([
      { english: 'company', chinese: [], via: 'glossary' },
      { english: 'launched', chinese: ['推出', '发布'], via: 'glossary' },
      { english: 'chatbot', chinese: [], via: 'glossary' },
    ]);
  });

  it('weighs dictionary rank: a later candidate needs more documents to move up', () => {
    expect(rankByCorpus(['发布', '推出', '发射'], (t) => ({ 发布: 10, 推出: 15, 发射: 29 })[t] ?? 0)).toEqual([
      '发布',
      '发射',
      '推出',
    ]);
    expect(rankByCorpus(['发射', '推出'], (t) => ({ 发射: 2, 推出: 40 })[t] ?? 0)).toEqual(['推出', '发射']);
  });
});
