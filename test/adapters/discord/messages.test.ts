import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { handleMessage } from '../../../src/adapters/discord/messages.ts';
import { createDiscordState } from '../../../src/adapters/discord/state.ts';
import { APOLOGY } from '../../../src/adapters/dispatch.ts';
import { createFakeEngine } from './fake-engine.ts';
import { fakeMessage, recordingLogger } from './fakes.ts';

const bot = '1100000000000000001';
const NO_PINGS = { parse: [], repliedUser: false };

function setup(options: { failOn?: string } = {}) {
  const engine = createFakeEngine(options);
  const logger = recordingLogger();
  let clock = 1_000_000;
  const state = createDiscordState({ engine, commands, logger, now: () => clock });
  return { engine, logger, state, advance: (ms: number) => (clock += ms) };
}

describe('handleMessage', () => {
  it('answers a message that mentions the bot, replying without pinging, after showing "typing"', async () => {
    const { engine, state } = setup();
    const { message, sent, typing } = fakeMessage(`<@${bot}> 讯飞星火是谁发布的？`, { id: '1100000000000000020', mentionsBot: true });
    await handleMessage(state, message, bot);

    expect(engine.asked).toEqual([{ question: '讯飞星火是谁发布的？', conversation: 'discord:msg:1100000000000000020' }]);
    expect(typing()).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.embeds[0]!.description).toBe('讯飞星火认知大模型由科大讯飞发布。');
    expect(sent[0]!.allowedMentions).toEqual(NO_PINGS);
    expect(sent[0]!.components[0]!.components.map((b) => b.custom_id.split(':')[1])).toEqual(['more', 'up', 'down']);
  });

  it('treats a reply to the bot\'s answer as a follow-up in the same conversation', async () => {
    const { engine, state } = setup();
    const first = fakeMessage(`<@${bot}> 讯飞星火是谁发布的？`, { id: '1100000000000000020', mentionsBot: true });
    await handleMessage(state, first.message, bot);
    const followUp = fakeMessage('它是什么时候发布的？', { replyTo: first.replyIds[0] });
    await handleMessage(state, followUp.message, bot);
    const again = fakeMessage('那它有什么能力？', { replyTo: followUp.replyIds[0] });
    await handleMessage(state, again.message, bot);

    expect(engine.asked.map((a) => a.conversation)).toEqual(Array(3).fill('discord:msg:1100000000000000020'));
    expect(again.sent[0]!.allowedMentions).toEqual(NO_PINGS);
  });

  it('answers every message in a DM, as one conversation', async () => {
    const { engine, state } = setup();
    await handleMessage(state, fakeMessage('讯飞星火是谁发布的？', { guildId: null }).message, bot);
    await handleMessage(state, fakeMessage('它是什么时候发布的？', { guildId: null }).message, bot);
    expect(engine.asked.map((a) => a.conversation)).toEqual(['discord:dm:1100000000000000003', 'discord:dm:1100000000000000003']);
  });

  it('ignores bots, and server messages that are not for it', async () => {
    const { engine, state } = setup();
    const fromBot = fakeMessage(`<@${bot}> 讯飞星火是谁发布的？`, { mentionsBot: true, bot: true });
    const chatter = fakeMessage('讯飞星火是谁发布的？');
    await handleMessage(state, fromBot.message, bot);
    await handleMessage(state, chatter.message, bot);
    expect(engine.asked).toEqual([]);
    expect([...fromBot.sent, ...chatter.sent]).toEqual([]);
  });

  it('asks for a question when the message is only a mention', async () => {
    const { engine, state } = setup();
    const { message, sent } = fakeMessage(`<@!${bot}>`, { mentionsBot: true });
    await handleMessage(state, message, bot);
    expect(engine.asked).toEqual([]);
    expect(sent.map((s) => s.content)).toEqual(['question: please type some text / 请输入内容 (/ask)']);
  });

  it('lets a user ask 5 questions per 30 s, then says once to slow down', async () => {
    const { engine, state, advance } = setup();
    const replies: Array<string | undefined> = [];
    for (let i = 0; i < 7; i++) {
      const { message, sent } = fakeMessage(`<@${bot}> 讯飞星火是谁发布的？`, { mentionsBot: true });
      await handleMessage(state, message, bot);
      replies.push(sent[0]?.content ?? (sent[0] ? 'answer' : undefined));
    }
    expect(replies).toEqual(['answer', 'answer', 'answer', 'answer', 'answer', '⏳ You are asking a bit fast: please try again in 30 s. / 提问太频繁了，请 30 秒后再试。', undefined]);
    expect(engine.asked).toHaveLength(5);

    advance(30_000);
    const later = fakeMessage(`<@${bot}> 讯飞星火是谁发布的？`, { mentionsBot: true });
    await handleMessage(state, later.message, bot);
    expect(engine.asked).toHaveLength(6);
  });

  it('logs an engine failure in full and replies with a short apology', async () => {
    const { logger, state } = setup({ failOn: '崩溃' });
    const { message, sent } = fakeMessage(`<@${bot}> 崩溃了吗？`, { mentionsBot: true });
    await handleMessage(state, message, bot);
    expect(sent.map((s) => s.content)).toEqual([APOLOGY]);
    expect(sent[0]!.allowedMentions).toEqual(NO_PINGS);
    const error = logger.entries.find((e) => e.level === 'error');
    expect(error?.message).toBe('/ask failed on discord (user 1100000000000000004)');
    expect((error?.extra as Error).message).toBe('index snapshot is corrupt');
  });

  it('never lets a question ping anyone', async () => {
    const { state } = setup();
    const { message, sent } = fakeMessage(`<@${bot}> @everyone 讯飞星火是谁发布的？ <@&1100000000000000077>`, { mentionsBot: true });
    await handleMessage(state, message, bot);
    expect(sent[0]!.allowedMentions).toEqual(NO_PINGS);
    expect(sent[0]!.embeds[0]!.title).toBe('@\u200beveryone 讯飞星火是谁发布的？ <@&1100000000000000077>');
  });
});
