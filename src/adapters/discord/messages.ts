import type { ChatContext } from '../../core/chat/chat-context.ts';
import type { Reply } from '../../core/chat/reply.ts';
import { APOLOGY, dispatchCommand } from '../dispatch.ts';
import { questionFromMessage } from './message-trigger.ts';
import { renderReply } from './render.ts';
import { toSendOptions, type SendOptions } from './send-options.ts';
import { answerKeyFor, baseContext, type DiscordState } from './state.ts';

/** The parts of a discord.js `Message` this adapter uses (a real Message has all of them). */
export interface IncomingMessage {
  id: string;
  content: string;
  channelId: string;
  guildId: string | null;
  system: boolean;
  webhookId: string | null;
  author: { id: string; username: string; globalName?: string | null; bot: boolean };
  reference: { messageId?: string } | null;
  mentions: { users: { has(id: string): boolean } };
  channel: { id: string; sendTyping?: () => Promise<unknown> };
  reply(options: SendOptions): Promise<{ id: string }>;
}

/**
 * Answers a message that mentions the bot, is sent in a DM, or replies to one of the bot's
 * answers, with the `ask` command. Everything else is ignored. Never throws: failures are
 * logged and, where possible, the user gets a short apology.
 */
export async function handleMessage(state: DiscordState, message: IncomingMessage, botId: string): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  const trigger = questionFromMessage(
    {
      id: message.id,
      channelId: message.channelId,
      content: message.content,
      isDM: message.guildId === null,
      mentionsBot: message.mentions.users.has(botId),
      replyTo: message.reference?.messageId,
    },
    botId,
    (id) => state.conversations.get(id),
  );
  const ask = state.commands.get('ask');
  if (!trigger || !ask) return;

  try {
    const allowed = state.gate(message.author.id);
    if (!allowed.ok) {
      if (allowed.notice !== undefined) await message.reply(toSendOptions(renderReply({ kind: 'text', text: allowed.notice })));
      return;
    }
    const ctx = messageContext(state, message, trigger.conversationId);
    await dispatchCommand(ask, ctx, trigger.question, state.logger);
  } catch (error) {
    // dispatchCommand handles the command's own failures; this is the rate-limit notice failing.
    state.logger.error(`discord: could not handle message ${message.id}`, error);
    await message.reply(toSendOptions(renderReply({ kind: 'text', text: APOLOGY }))).catch(() => undefined);
  }
}

/** A ChatContext over a message: replies are replies to it, and "deferring" shows the typing indicator. */
export function messageContext(state: DiscordState, message: IncomingMessage, conversationId: string): ChatContext {
  return {
    ...baseContext(state, message.author),
    chat: { id: message.channelId, kind: message.guildId === null ? 'private' : 'group' },
    conversationId,
    async reply(reply: Reply) {
      const answerKey = answerKeyFor(state, reply, conversationId);
      const sent = await message.reply(toSendOptions(renderReply(reply, { answerKey })));
      state.conversations.set(sent.id, conversationId);
    },
    async defer() {
      // Typing is a courtesy: a failure (e.g. no permission) must not stop the answer.
      await message.channel.sendTyping?.().catch((error: unknown) => state.logger.debug('discord: sendTyping failed', error));
    },
  };
}
