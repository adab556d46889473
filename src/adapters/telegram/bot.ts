import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { ChatContext } from '../../core/chat/chat-context.ts';
import { summarizeCommand, type Command } from '../../core/chat/define-command.ts';
import type { Engine } from '../../core/engine-api.ts';
import type { Logger } from '../../logger.ts';
import { dispatchCommand } from '../dispatch.ts';
import { handleCallbackQuery } from './callbacks.ts';
import { createTelegramChatContext, type ReplyTarget } from './chat-context.ts';
import { handleInlineQuery } from './inline.ts';
import { BotMemory } from './memory.ts';
import { createRateGate, type GateResult } from '../rate-gate.ts';
import { describeError, redactingLogger } from './redact.ts';
import { renderStart, telegramCommandName } from './render.ts';

export interface TelegramBotOptions {
  token: string;
  engine: Engine;
  commands: Command[];
  logger: Logger;
  /** Another Bot API server (self-hosted or a local stand-in), without a trailing `/`. */
  apiRoot?: string;
  /** Known bot identity, to skip `getMe` (tests). */
  botInfo?: UserFromGetMe;
  /** Per-user limit on messages and buttons; default 5 per 30 s. */
  rateLimit?: { max: number; windowMs: number };
  /** Per-user limit on inline queries, which arrive as the user types; default 30 per 30 s. */
  inlineRateLimit?: { max: number; windowMs: number };
  now?: () => number;
  /** Example questions for `/start`. */
  examples?: string[];
}

/** Everything the update handlers share. */
export interface BotDeps {
  engine: Engine;
  commands: Command[];
  logger: Logger;
  memory: BotMemory;
  gate: (userId: string) => GateResult;
  inlineGate: (userId: string) => GateResult;
  contextFor(ctx: Context, target: ReplyTarget, conversationId: string): ChatContext;
}

export const DEFAULT_EXAMPLES = ['讯飞星火是谁发布的？', '5月谁发布了大模型？', '国产大模型有哪些？'];

/**
 * Builds the bot: one Telegram command per entry of `commands` (plus `/start`), plain-text
 * questions in private chats, and in groups `/ask`, replies to the bot and mentions of it;
 * inline queries; the buttons under answers. It does not start polling or a webhook.
 */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, { botInfo: options.botInfo, client: { apiRoot: options.apiRoot } });
  // 429 (with retry_after) and 5xx are retried; network errors are not, so a dead API fails fast
  // (the polling runner has its own retries for getUpdates).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));
  const { commands } = options;
  // Whatever the logger passed in does, nothing this bot logs carries its token.
  const logger = redactingLogger(options.logger, options.token);
  const summaries = commands.map(summarizeCommand);
  const deps: BotDeps = {
    engine: options.engine,
    commands,
    logger,
    memory: new BotMemory(),
    gate: createRateGate(options.rateLimit ?? { max: 5, windowMs: 30_000 }, options.now),
    inlineGate: createRateGate(options.inlineRateLimit ?? { max: 30, windowMs: 30_000 }, options.now),
    contextFor: (ctx, target, conversationId) =>
      createTelegramChatContext({
        api: ctx.api, target, conversationId, engine: options.engine, commands: summaries, memory: deps.memory, logger,
        user: { id: String(ctx.from?.id ?? 0), name: displayName(ctx) }, botUsername: ctx.me.username,
      }),
  };

  // Updates from one chat run one after another (follow-ups stay in order); chats run concurrently.
  bot.use(sequentialize((ctx: Context) => (ctx.chat === undefined ? undefined : String(ctx.chat.id))));

  const runFromMessage = async (ctx: Context, command: Command, text: string) => {
    const chatCtx = deps.contextFor(ctx, targetOf(ctx), conversationOf(ctx, deps.memory));
    const gate = deps.gate(chatCtx.user.id);
    if (!gate.ok) {
      if (gate.notice !== undefined) await chatCtx.reply({ kind: 'text', text: gate.notice });
      return;
    }
    await dispatchCommand(command, chatCtx, text, logger);
  };

  if (!commands.some((c) => c.name === 'start')) {
    bot.command('start', async (ctx) => {
      for (const message of renderStart({ botUsername: ctx.me.username, examples: options.examples ?? DEFAULT_EXAMPLES })) {
        await ctx.api.sendMessage(ctx.chat.id, message.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      }
    });
  }
  for (const command of commands) {
    bot.command(telegramCommandName(command.name), (ctx) => runFromMessage(ctx, command, ctx.match));
  }

  const ask = commands.find((c) => c.name === 'ask');
  bot.on('message:text', async (ctx) => {
    const text = ctx.msg.text;
    const isPrivate = ctx.chat.type === 'private';
    if (text.startsWith('/')) {
      // Another bot's command in a group is none of our business; ours, mistyped, gets a hint.
      const addressedToMe = new RegExp(`^/\\S*@${ctx.me.username}\\b`, 'i').test(text);
      if (isPrivate || addressedToMe) {
        await deps.contextFor(ctx, targetOf(ctx), conversationOf(ctx, deps.memory)).reply({ kind: 'text', text: '未知命令 / Unknown command. /help' });
      }
      return;
    }
    if (ask === undefined) return;
    const mentions = ctx.entities('mention').filter((e) => e.text.toLowerCase() === `@${ctx.me.username.toLowerCase()}`);
    const repliesToMe = ctx.msg.reply_to_message?.from?.id === ctx.me.id;
    if (!isPrivate && !repliesToMe && mentions.length === 0) return; // group chatter not meant for the bot
    await runFromMessage(ctx, ask, removeRanges(text, mentions));
  });

  bot.on('callback_query:data', (ctx) => handleCallbackQuery(ctx, deps));
  bot.on('inline_query', (ctx) => handleInlineQuery(ctx, deps));

  bot.catch((error) => {
    logger.error(`telegram: update ${error.ctx.update.update_id} failed: ${describeError(error.error, options.token)}`);
  });
  return bot;
}

function displayName(ctx: Context): string {
  const from = ctx.from;
  if (from === undefined) return 'unknown';
  return from.username ?? [from.first_name, from.last_name].filter(Boolean).join(' ');
}

function targetOf(ctx: Context): ReplyTarget {
  const chat = ctx.chat!;
  const msg = ctx.msg;
  const isPrivate = chat.type === 'private';
  return {
    chatId: chat.id,
    kind: isPrivate ? 'private' : 'group',
    // In a group, answering as a reply shows whom it is for and lets them reply to follow up.
    replyTo: isPrivate ? undefined : msg?.message_id,
    threadId: msg?.is_topic_message ? msg.message_thread_id : undefined,
  };
}

/**
 * A reply to one of the bot's answers continues that answer's conversation; otherwise a private
 * chat is one conversation, and in a group each user has their own.
 */
function conversationOf(ctx: Context, memory: BotMemory): string {
  const chat = ctx.chat!;
  const replied = ctx.msg?.reply_to_message;
  if (replied !== undefined && replied.from?.id === ctx.me.id) {
    const thread = memory.conversationOf(chat.id, replied.message_id);
    if (thread !== undefined) return thread;
  }
  return chat.type === 'private' ? `telegram:${chat.id}` : `telegram:${chat.id}:${ctx.from?.id ?? 0}`;
}

/** The text without the given entity ranges (UTF-16 offsets, as Telegram gives them). */
function removeRanges(text: string, ranges: Array<{ offset: number; length: number }>): string {
  let out = '';
  let at = 0;
  for (const { offset, length } of [...ranges].sort((a, b) => a.offset - b.offset)) {
    out += text.slice(at, offset);
    at = offset + length;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}
