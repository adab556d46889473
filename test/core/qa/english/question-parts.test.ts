import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from '../../../../src/core/qa/english/lemma.ts';
import { findWhWord } from '../../../../src/core/qa/english/question-words.ts';
import { findTimePhrase } from '../../../../src/core/qa/english/time-phrase.ts';
import { tokenizeEnglish } from '../../../../src/core/qa/english/tokenize.ts';

describe('findTimePhrase', () => {
  it.each([
    ['who launched a model in May?', 'in May'],
    ['What did Baidu launch on March 27?', 'on March 27'],
    ['How much did OpenAI lose last year?', 'last year'],
    ['What happened on April 11, 2023?', 'on April 11, 2023'],
    ['Which models came out in early March?', 'in early March'],
    ['What did Google release at the end of May?', 'at the end of May'],
    ['What did Alibaba announce on 7 April?', 'on 7 April'],
    ['How big will the market be by 2028?', 'by 2028'],
    ['What did Baidu release March 16?', 'March 16'],
    ['What was released in the first quarter of 2023?', 'in the first quarter of 2023'],
    ['Who launched a chatbot two months ago?', 'two months ago'],
  ])('%s → %s', (question, phrase) => {
    expect(findTimePhrase(question)).toBe(phrase);
  });

  it('does not take "may" the verb, nor a number that is no year', () => {
    expect(findTimePhrase('Who may launch a model?')).toBeUndefined();
    expect(findTimePhrase('May I ask who launched Bard?')).toBeUndefined();
    expect(findTimePhrase('How many GPUs in 1024 servers?')).toBeUndefined();
  });
});

describe('findWhWord', () => {
  it.each([
    ['How many A100s does training GPT-3 take?', 'how many', 'How many'],
    ['How much does ChatGPT Plus cost?', 'how much', 'How much'],
    ['How long did it take?', 'how long', 'How long'],
    ['How does it work?', 'how', 'How'],
    ['In what year did OpenAI launch ChatGPT?', 'when', 'what year'],
    ['With whom did Kunlun Tech work?', 'who', 'whom'],
    ['Which country banned OpenAI?', 'which', 'Which'],
    ['How big is the market?', 'how much', 'How big'],
    ['How many times will Spark be upgraded?', 'how many', 'How many times'],
  ])('%s → %s', (question, whWord, text) => {
    expect(findWhWord(question)).toEqual({ whWord, text });
  });

  it('is undefined without a question word', () => {
    expect(findWhWord('Tell me about Bard')).toBeUndefined();
  });
});

describe('lemmaCandidates', () => {
  it.each([
    ['launched', 'launch'],
    ['launches', 'launch'],
    ['launching', 'launch'],
    ['models', 'model'],
    ['countries', 'country'],
    ['banned', 'ban'],
    ['using', 'use'],
    ['took', 'take'],
  ])('%s has the guess %s', (word, lemma) => {
    expect(lemmaCandidates(word)).toContain(lemma);
  });

  it('tries the word as written first', () => {
    expect(lemmaCandidates('Training')[0]).toBe('training');
  });
});

describe('tokenizeEnglish', () => {
  it('keeps joined forms whole and drops possessives', () => {
    expect(tokenizeEnglish("Did OpenAI's GPT-4 beat JD.com at I/O?").map((t) => t.text)).toEqual([
      'Did',
      'OpenAI',
      'GPT-4',
      'beat',
      'JD.com',
      'at',
      'I/O',
    ]);
  });

  it('marks the first word of each sentence', () => {
    expect(tokenizeEnglish('Bard is new. Is Bard good?').map((t) => t.sentenceInitial)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});
