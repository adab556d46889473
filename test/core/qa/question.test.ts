import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/qa/question.ts';
import { resolveFollowUp } from '../../../src/core/qa/followup.ts';

describe('analyzeQuestion', () => {
  it.each([
    ['通义千问是哪家公司推出的？', 'which', 'org'],
    ['文心一言是什么时候发布的？', 'when', 'date'],
    ['训练一次GPT-3需要多少张A100？', 'how-many', 'amount'],
    ['ChatGPT上线多久月活跃用户就突破了1亿？', 'how-long', 'duration'],
    ['哪个国家一度禁止OpenAI在境内开展业务？', 'where', 'place'],
    ['谁要求FTC禁止OpenAI发布新的商业版GPT-4？', 'who', 'agent'],
    ['什么是大模型？', 'definition', 'definition'],
    ['商汤科技发布了什么大模型？', 'what', 'product'],
    ['3月份发布了哪些大模型？', 'list', 'product'],
  ])('%s → %s / %s', (question, kind, type) => {
    const q = analyzeQuestion(question);
    expect(q.kind).toBe(kind);
    expect(q.answerType).toBe(type);
  });
  it('separates the time restriction from the topic', () => {
    const q = analyzeQuestion('5月谁发布了大模型？');
    expect(q.time).toMatchObject({ month: 5 });
    expect(q.topic).not.toContain('5月');
  });
  it('splits the question around the interrogative', () => {
    expect(analyzeQuestion('昆仑万维和谁联合研发天工3.5？')).toMatchObject({ left: '昆仑万维和', right: '联合研发天工3.5' });
  });
  it('knows a question about an article itself', () => {
    expect(analyzeQuestion('DoNews那篇文章是哪天发表的？').aboutArticle).toBe(true);
  });
});

describe('resolveFollowUp', () => {
  const last = { question: '通义千问是哪家公司推出的？', resolved: '通义千问是哪家公司推出的？', topic: '通义千问', short: '阿里巴巴' };
  it('replaces a pronoun with the last topic', () => {
    expect(resolveFollowUp('它是什么时候推出的？', last)).toBe('通义千问是什么时候推出的？');
  });
  it('asks the last question about a new topic', () => {
    expect(resolveFollowUp('那文心一言呢？', last)).toBe('文心一言是哪家公司推出的？');
  });
  it('uses the last answer for "that company"', () => {
    expect(resolveFollowUp('这家公司还发布了什么？', last)).toBe('阿里巴巴还发布了什么？');
  });
  it('leaves a self-contained question alone', () => {
    expect(resolveFollowUp('文心一言是什么时候发布的？', last)).toBe('文心一言是什么时候发布的？');
    expect(resolveFollowUp('它是什么？', undefined)).toBe('它是什么？');
  });
});
