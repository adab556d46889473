import { describe, expect, it } from 'vitest';
import { questionFromMessage, type MessageFacts } from '../../../src/adapters/discord/message-trigger.ts';

const bot = '1100000000000000001';
const base: MessageFacts = { id: '900', channelId: '500', content: '', isDM: false, mentionsBot: false };
const none = () => undefined;

describe('questionFromMessage', () => {
  it('takes a question from a message that mentions the bot, without the mention', () => {
    expect(questionFromMessage({ ...base, content: `<@${bot}> 讯飞星火是谁发布的？`, mentionsBot: true }, bot, none)).toEqual({
      question: '讯飞星火是谁发布的？',
      conversationId: 'discord:msg:900',
    });
  });

  it('strips the nickname form <@!id> too, wherever it is', () => {
    expect(questionFromMessage({ ...base, content: `讯飞星火 <@!${bot}> 是谁发布的？` }, bot, none)?.question).toBe('讯飞星火 是谁发布的？');
  });

  it('keeps other people\'s mentions in the question (they never ping: allowedMentions)', () => {
    expect(questionFromMessage({ ...base, content: `<@${bot}> <@42> 说的对吗？`, mentionsBot: true }, bot, none)?.question).toBe('<@42> 说的对吗？');
  });

  it('answers every message in a DM, as one conversation per DM channel', () => {
    expect(questionFromMessage({ ...base, content: '5月谁发布了大模型？', isDM: true }, bot, none)).toEqual({
      question: '5月谁发布了大模型？',
      conversationId: 'discord:dm:500',
    });
  });

  it('continues the conversation of the answer a message replies to, even without a mention', () => {
    const conversations: Record<string, string> = { '777': 'discord:msg:600' };
    expect(questionFromMessage({ ...base, content: '它是什么时候发布的？', replyTo: '777' }, bot, (id) => conversations[id])).toEqual({
      question: '它是什么时候发布的？',
      conversationId: 'discord:msg:600',
    });
  });

  it('ignores server messages that neither mention the bot nor reply to one of its answers', () => {
    expect(questionFromMessage({ ...base, content: '今天天气不错' }, bot, none)).toBeUndefined();
    expect(questionFromMessage({ ...base, content: '同意', replyTo: '123' }, bot, none)).toBeUndefined();
    expect(questionFromMessage({ ...base, content: '<@1100000000000000009> 你好' }, bot, none)).toBeUndefined();
  });
});
