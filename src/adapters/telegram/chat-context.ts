import type { Api } from 'grammy';
import type { ChatContext } from '../../core/chat/chat-context.ts';
import type { CommandSummary, Reply } from '../../core/chat/reply.ts';
import type { Engine } from '../../core/engine-api.ts';
import type { Logger } from '../../logger.ts';
import type { BotMemory } from './memory.ts';
import { describeError } from './redact.ts';
import { renderReply } from './render.ts';

/** Where replies go: a chat, optionally as a reply to a message and inside a forum topic. */
export interface ReplyTarget {
  chatId: number;
  kind: 'private' | 'group';
  replyTo?: number;
  threadId?: number;
}

export interface TelegramChatContextOptions {
  api: Api;
  target: ReplyTarget;
  user: { id: string; name: string };
  conversationId: string;
  engine: Engine;
  commands: CommandSummary[];
  memory: BotMemory;
  logger: Logger;
  botUsername?: string;
}

/**
 * The Telegram side of `ChatContext`: replies are rendered to HTML and sent in order, each sent
 * message is remembered as part of the conversation (so replying to it is a follow-up), and
 * `defer` shows “typing…”.
 */
export function createTelegramChatContext(options: TelegramChatContextOptions): ChatContext {
  const { api, target, memory } = options;
  return {
    platform: 'telegram',
    user: options.user,
    chat: { id: String(target.chatId), kind: target.kind },
    conversationId: options.conversationId,
    engine: options.engine,
    commands: options.commands,
    async reply(reply: Reply) {
      const answerKey = reply.kind === 'answer' ? memory.rememberAnswer({
        question: reply.answer.question,
        conversationId: options.conversationId,
        passageIds: reply.answer.sources.map((s) => s.passageId),
      }) : undefined;
      const messages = renderReply(reply, { botUsername: options.botUsername, answerKey });
      for (const [i, message] of messages.entries()) {
        const sent = await api.sendMessage(target.chatId, message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          message_thread_id: target.threadId,
          reply_parameters: i === 0 && target.replyTo !== undefined ? { message_id: target.replyTo, allow_sending_without_reply: true } : undefined,
          reply_markup: message.keyboard === undefined ? undefined : { inline_keyboard: message.keyboard },
        });
        memory.rememberMessage(target.chatId, sent.message_id, options.conversationId);
      }
    },
    async defer() {
      // “typing…” is a courtesy: failing to show it must not fail the answer.
      try {
        await api.sendChatAction(target.chatId, 'typing', { message_thread_id: target.threadId });
      } catch (error) {
        options.logger.debug(`telegram: sendChatAction failed: ${describeError(error)}`);
      }
    },
  };
}
