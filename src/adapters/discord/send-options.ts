import { MessageFlags } from 'discord.js';
import type { DiscordMessage } from './render.ts';

/** The options discord.js takes to send a rendered message (reply, editReply, followUp, message.reply). */
export interface SendOptions {
  content?: string;
  embeds: DiscordMessage['embeds'];
  components: DiscordMessage['components'];
  allowedMentions: DiscordMessage['allowedMentions'];
}

/** The same, seen only by the user who interacted: interactions only. */
export interface EphemeralSendOptions extends SendOptions {
  flags: MessageFlags.Ephemeral;
}

export function toSendOptions(message: DiscordMessage): SendOptions {
  const options: SendOptions = { embeds: message.embeds, components: message.components, allowedMentions: message.allowedMentions };
  if (message.content !== undefined) options.content = message.content;
  return options;
}

export function toEphemeralOptions(message: DiscordMessage): EphemeralSendOptions {
  return { ...toSendOptions(message), flags: MessageFlags.Ephemeral };
}
