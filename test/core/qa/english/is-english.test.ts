import { describe, expect, it } from 'vitest';
import { isEnglishQuestion } from '../../../../src/core/qa/english/translate-question.ts';

describe('isEnglishQuestion', () => {
  it.each([
    'When did OpenAI launch ChatGPT?',
    'who launched a model in May?',
    'How many A100s does training GPT-3 take?',
    'What is 文心一言?',
    'Which company released 通义千问 in April?',
  ])('English: %s', (question) => {
    expect(isEnglishQuestion(question)).toBe(true);
  });

  it.each([
    'ChatGPT是什么',
    'ChatGPT Plus每月收费多少？',
    '训练一次GPT-3需要多少张A100？',
    '谁要求FTC禁止OpenAI发布新的商业版GPT-4？',
    '百度的Ernie Bot是什么',
    'GPT-4',
    '',
  ])('not English: %s', (question) => {
    expect(isEnglishQuestion(question)).toBe(false);
  });
});
