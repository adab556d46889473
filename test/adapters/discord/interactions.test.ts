import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { handleButton, handleSlashCommand } from '../../../src/adapters/discord/interactions.ts';
import { handleMessage } from '../../../src/adapters/discord/messages.ts';
import { createDiscordState } from '../../../src/adapters/discord/state.ts';
import { APOLOGY } from '../../../src/adapters/dispatch.ts';
import { createFakeEngine } from './fake-engine.ts';
import { fakeButton, fakeMessage, fakeSlash, recordingLogger } from './fakes.ts';

const NO_PINGS = { parse: [], repliedUser: false };

function setup(options: { failOn?: string } = {}) {
  const engine = createFakeEngine(options);
  const logger = recordingLogger();
  const state = createDiscordState({ engine, commands, logger, now: () => 1_000_000 });
  return { engine, logger, state };
}

describe('handleSlashCommand', () => {
  it('defers /ask, then edits the answer into the deferred reply', async () => {
    const { engine, state } = setup();
    const { interaction, calls } = fakeSlash('ask', { question: '讯飞星火是谁发布的？' });
    await handleSlashCommand(state, interaction);

    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    const edit = calls[1]!.options;
    expect(edit.embeds[0].description).toBe('讯飞星火认知大模型由科大讯飞发布。');
    expect(edit.allowedMentions).toEqual(NO_PINGS);
    expect(edit.flags).toBeUndefined();
    expect(engine.asked).toEqual([{ question: '讯飞星火是谁发布的？', conversation: 'discord:1100000000000000002:1100000000000000003:1100000000000000004' }]);
  });

  it('continues the /ask conversation when someone replies to its answer', async () => {
    const { engine, state } = setup();
    await handleSlashCommand(state, fakeSlash('ask', { question: '讯飞星火是谁发布的？' }).interaction);
    await handleMessage(state, fakeMessage('它是什么时候发布的？', { replyTo: 'edited-original' }).message, '1100000000000000001');
    expect(engine.asked.map((a) => a.conversation)).toEqual(Array(2).fill('discord:1100000000000000002:1100000000000000003:1100000000000000004'));
  });

  it('replies to /search directly, publicly', async () => {
    const { state } = setup();
    const { interaction, calls } = fakeSlash('search', { query: '讯飞星火' });
    await handleSlashCommand(state, interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(calls[0]!.options).toMatchObject({ withResponse: true, allowedMentions: NO_PINGS });
    expect(calls[0]!.options.flags).toBeUndefined();
    expect(calls[0]!.options.embeds[0].fields[0].name).toBe('[1] 激战千亿大模型 “国产ChatGPT”背水一战');
  });

  it('shows expected failures (an unknown passage id, empty input) ephemerally, with their own message', async () => {
    const { state } = setup();
    const source = fakeSlash('source', { id: 'nope#p1' });
    await handleSlashCommand(state, source.interaction);
    expect(source.calls).toEqual([
      { method: 'reply', options: { content: 'No passage with id “nope#p1”. / 没有这个段落。', embeds: [], components: [], allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral, withResponse: true } },
    ]);

    const empty = fakeSlash('ask', { question: '   ' });
    await handleSlashCommand(state, empty.interaction);
    expect(empty.calls.map((c) => [c.method, c.options.content, c.options.flags])).toEqual([
      ['reply', 'question: please type some text / 请输入内容 (/ask)', MessageFlags.Ephemeral],
    ]);
  });

  it('logs an unexpected error in full; the asker gets an ephemeral apology, not a public one', async () => {
    const { logger, state } = setup({ failOn: '崩溃' });
    const { interaction, calls } = fakeSlash('ask', { question: '崩溃了吗？' });
    await handleSlashCommand(state, interaction);

    // The public "thinking…" placeholder is removed, then the apology follows up ephemerally.
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(calls[2]!.options).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    const error = logger.entries.find((e) => e.level === 'error');
    expect(error?.message).toBe('/ask failed on discord (user 1100000000000000004)');
    expect((error?.extra as Error).stack).toContain('index snapshot is corrupt');
  });

  it('apologises ephemerally when Discord itself refuses the answer', async () => {
    const { logger, state } = setup();
    const { interaction, calls } = fakeSlash('ask', { question: '讯飞星火是谁发布的？' }, { editReply: new Error('Unknown Webhook') });
    await handleSlashCommand(state, interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply', 'followUp']);
    expect(calls[2]!.options).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });
    expect(logger.entries.filter((e) => e.level === 'error').map((e) => (e.extra as Error).message)).toEqual(['Unknown Webhook']);
  });

  it('limits each user to 5 commands per 30 s, with an ephemeral notice', async () => {
    const { engine, state } = setup();
    for (let i = 0; i < 5; i++) await handleSlashCommand(state, fakeSlash('ask', { question: '讯飞星火是谁发布的？' }).interaction);
    const { interaction, calls } = fakeSlash('ask', { question: '讯飞星火是谁发布的？' });
    await handleSlashCommand(state, interaction);
    expect(engine.asked).toHaveLength(5);
    expect(calls.map((c) => [c.method, c.options.content, c.options.flags])).toEqual([
      ['reply', '⏳ You are asking a bit fast: please try again in 30 s. / 提问太频繁了，请 30 秒后再试。', MessageFlags.Ephemeral],
    ]);
  });

  it('tells the user, ephemerally, about a command that was registered but no longer exists', async () => {
    const { logger, state } = setup();
    const { interaction, calls } = fakeSlash('translate', {});
    await handleSlashCommand(state, interaction);
    expect(calls.map((c) => [c.method, c.options.flags])).toEqual([['reply', MessageFlags.Ephemeral]]);
    expect(logger.entries.map((e) => e.level)).toEqual(['warn']);
  });
});

describe('handleButton', () => {
  async function askAndGetButtons() {
    const setupResult = setup();
    const { interaction, calls } = fakeSlash('ask', { question: '讯飞星火是谁发布的？' });
    await handleSlashCommand(setupResult.state, interaction);
    const ids: string[] = calls[1]!.options.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    return { ...setupResult, more: ids[0]!, up: ids[1]!, down: ids[2]! };
  }

  it('shows the remaining sources ephemerally', async () => {
    const { state, more } = await askAndGetButtons();
    const { interaction, calls } = fakeButton(more);
    await handleButton(state, interaction);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.options.flags).toBe(MessageFlags.Ephemeral);
    expect(calls[0]!.options.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual(['[4] 大模型混战第3篇', '[5] 大模型混战第4篇']);
  });

  it('logs 👍 and 👎 with the question and the user, and thanks ephemerally', async () => {
    const { state, logger, up, down } = await askAndGetButtons();
    for (const id of [up, down]) {
      const { interaction, calls } = fakeButton(id);
      await handleButton(state, interaction);
      expect(calls.map((c) => [c.options.content, c.options.flags])).toEqual([['Thanks for the feedback! / 感谢反馈！', MessageFlags.Ephemeral]]);
    }
    expect(logger.entries.filter((e) => e.level === 'info')).toEqual([
      {
        level: 'info',
        message: 'discord: feedback 👍 from user 1100000000000000004 on “讯飞星火是谁发布的？”',
        extra: { feedback: 'up', user: '1100000000000000004', question: '讯飞星火是谁发布的？', conversation: 'discord:1100000000000000002:1100000000000000003:1100000000000000004' },
      },
      {
        level: 'info',
        message: 'discord: feedback 👎 from user 1100000000000000004 on “讯飞星火是谁发布的？”',
        extra: { feedback: 'down', user: '1100000000000000004', question: '讯飞星火是谁发布的？', conversation: 'discord:1100000000000000002:1100000000000000003:1100000000000000004' },
      },
    ]);
  });

  it('says an answer it no longer remembers has expired, and ignores buttons that are not its own', async () => {
    const { state } = setup();
    const expired = fakeButton('ans:more:zzzz1:3');
    await handleButton(state, expired.interaction);
    expect(expired.calls.map((c) => [c.options.content, c.options.flags])).toEqual([
      ['This answer is too old for that; please ask again. / 这个回答已过期，请重新提问。', MessageFlags.Ephemeral],
    ]);
    const foreign = fakeButton('poll:yes');
    await handleButton(state, foreign.interaction);
    expect(foreign.calls).toEqual([]);
  });
});
