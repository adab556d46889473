import type { ButtonPress, SlashInteraction } from '../../../src/adapters/discord/interactions.ts';
import type { IncomingMessage } from '../../../src/adapters/discord/messages.ts';
import type { SendOptions } from '../../../src/adapters/discord/send-options.ts';
import type { Logger } from '../../../src/logger.ts';

/** Plain objects shaped like the discord.js structures the adapter uses, recording every call. */

export const lin = { id: '1100000000000000004', username: 'lin', globalName: 'Lin' };

export interface RecordingLogger extends Logger {
  entries: Array<{ level: string; message: string; extra?: unknown }>;
}

export function recordingLogger(): RecordingLogger {
  const entries: RecordingLogger['entries'] = [];
  const at = (level: string) => (message: string, extra?: unknown) => entries.push({ level, message, extra });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export type Call = { method: string; options?: any };

export function fakeSlash(commandName: string, options: Record<string, string>, fail: { editReply?: Error } = {}) {
  const calls: Call[] = [];
  let followUps = 0;
  const interaction: SlashInteraction = {
    id: '1100000000000000010',
    commandName,
    user: lin,
    channelId: '1100000000000000003',
    guildId: '1100000000000000002',
    options: { get: (name) => (name in options ? { value: options[name] } : null) },
    async deferReply() {
      calls.push({ method: 'deferReply' });
    },
    async editReply(o) {
      calls.push({ method: 'editReply', options: o });
      if (fail.editReply) throw fail.editReply;
      return { id: 'edited-original' };
    },
    async reply(o) {
      calls.push({ method: 'reply', options: o });
      return { resource: { message: { id: 'first-reply' } } };
    },
    async followUp(o) {
      calls.push({ method: 'followUp', options: o });
      return { id: `follow-up-${++followUps}` };
    },
    async deleteReply() {
      calls.push({ method: 'deleteReply' });
    },
  };
  return { interaction, calls };
}

export function fakeButton(customId: string) {
  const calls: Call[] = [];
  const interaction: ButtonPress = {
    id: '1100000000000000011',
    customId,
    user: lin,
    channelId: '1100000000000000003',
    guildId: '1100000000000000002',
    async reply(o) {
      calls.push({ method: 'reply', options: o });
      return { resource: { message: { id: 'button-reply' } } };
    },
    async followUp(o) {
      calls.push({ method: 'followUp', options: o });
      return { id: 'button-follow-up' };
    },
  };
  return { interaction, calls };
}

let messageIds = 0;

export function fakeMessage(content: string, facts: { id?: string; guildId?: string | null; mentionsBot?: boolean; replyTo?: string; bot?: boolean } = {}) {
  const sent: SendOptions[] = [];
  const replyIds: string[] = [];
  let typing = 0;
  const message: IncomingMessage = {
    id: facts.id ?? `11000000000000001${String(++messageIds).padStart(2, '0')}`,
    content,
    channelId: '1100000000000000003',
    guildId: facts.guildId === undefined ? '1100000000000000002' : facts.guildId,
    system: false,
    webhookId: null,
    author: { id: lin.id, username: lin.username, globalName: lin.globalName, bot: facts.bot ?? false },
    reference: facts.replyTo ? { messageId: facts.replyTo } : null,
    mentions: { users: new Set(facts.mentionsBot ? ['1100000000000000001'] : []) },
    channel: {
      id: '1100000000000000003',
      async sendTyping() {
        typing += 1;
      },
    },
    async reply(options) {
      sent.push(options);
      const id = `bot-reply-${sent.length}-to-${message.id}`;
      replyIds.push(id);
      return { id };
    },
  };
  return { message, sent, replyIds, typing: () => typing };
}
