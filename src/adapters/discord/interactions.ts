import type { ChatContext } from '../../core/chat/chat-context.ts';
import type { Reply } from '../../core/chat/reply.ts';
import { APOLOGY, dispatchCommand } from '../dispatch.ts';
import { decodeButton } from './buttons.ts';
import { renderMoreSources, renderReply, type DiscordMessage } from './render.ts';
import { readOptions } from './slash-commands.ts';
import { toEphemeralOptions, toSendOptions, type EphemeralSendOptions, type SendOptions } from './send-options.ts';
import { slowDownText } from '../rate-gate.ts';
import { answerKeyFor, baseContext, type DiscordState } from './state.ts';

type User = { id: string; username: string; globalName?: string | null };

/** What both kinds of interaction we handle can do (a discord.js interaction has all of it). */
interface RepliableInteraction {
  id: string;
  user: User;
  channelId: string | null;
  guildId: string | null;
  reply(options: (SendOptions | EphemeralSendOptions) & { withResponse: true }): Promise<{ resource?: { message?: { id: string } | null } | null }>;
  followUp(options: SendOptions | EphemeralSendOptions): Promise<{ id: string }>;
}

/** The parts of a discord.js `ChatInputCommandInteraction` this adapter uses. */
export interface SlashInteraction extends RepliableInteraction {
  commandName: string;
  options: { get(name: string): { value?: string | number | boolean } | null };
  deferReply(): Promise<unknown>;
  editReply(options: SendOptions): Promise<{ id: string }>;
  deleteReply(): Promise<unknown>;
}

/** The parts of a discord.js `ButtonInteraction` this adapter uses. */
export interface ButtonPress extends RepliableInteraction {
  customId: string;
}

/**
 * Runs a slash command. Answers are public; notices and errors are ephemeral. Never throws:
 * failures are logged and the user gets a short ephemeral apology.
 */
export async function handleSlashCommand(state: DiscordState, interaction: SlashInteraction): Promise<void> {
  const ctx = interactionContext(state, interaction);
  try {
    const command = state.commands.get(interaction.commandName);
    if (!command) {
      state.logger.warn(`discord: unknown command /${interaction.commandName}: deploy the commands again (npm run deploy:discord)`);
      await ctx.reply({ kind: 'text', text: 'This command no longer exists. / 该命令已不存在。' });
      return;
    }
    const allowed = state.gate(interaction.user.id);
    if (!allowed.ok) {
      await ctx.reply({ kind: 'text', text: slowDownText(allowed.retryAfterMs) });
      return;
    }
    await dispatchCommand(command, ctx, readOptions(command, (name) => interaction.options.get(name)), state.logger);
  } catch (error) {
    state.logger.error(`discord: /${interaction.commandName} (interaction ${interaction.id}) failed`, error);
    await ctx.reply({ kind: 'text', text: APOLOGY }).catch(() => undefined);
  }
}

/**
 * A ChatContext over a slash interaction. `defer` maps to `deferReply` (Discord's 3-second
 * window); the first public reply then edits the deferred one and later ones follow up. Text
 * replies (notices, errors) are ephemeral: when a public "thinking…" placeholder is showing,
 * it is deleted first so that no empty public message is left behind.
 */
export function interactionContext(state: DiscordState, interaction: SlashInteraction): ChatContext {
  let phase: 'new' | 'deferred' | 'answered' = 'new';
  const conversationId = `discord:${interaction.guildId ?? 'dm'}:${interaction.channelId ?? 'none'}:${interaction.user.id}`;

  async function send(message: DiscordMessage): Promise<string | undefined> {
    if (message.ephemeral) {
      if (phase === 'new') {
        await interaction.reply({ ...toEphemeralOptions(message), withResponse: true });
        phase = 'answered';
        return undefined;
      }
      if (phase === 'deferred') {
        await interaction.deleteReply();
        phase = 'answered';
      }
      await interaction.followUp(toEphemeralOptions(message));
      return undefined;
    }
    if (phase === 'new') {
      const response = await interaction.reply({ ...toSendOptions(message), withResponse: true });
      phase = 'answered';
      return response.resource?.message?.id;
    }
    if (phase === 'deferred') {
      phase = 'answered';
      return (await interaction.editReply(toSendOptions(message))).id;
    }
    return (await interaction.followUp(toSendOptions(message))).id;
  }

  return {
    ...baseContext(state, interaction.user),
    chat: { id: interaction.channelId ?? interaction.user.id, kind: interaction.guildId === null ? 'private' : 'group' },
    conversationId,
    async reply(reply: Reply) {
      const answerKey = answerKeyFor(state, reply, conversationId);
      const sentId = await send(renderReply(reply, { answerKey }));
      // A message reply to this answer continues the same conversation.
      if (sentId !== undefined) state.conversations.set(sentId, conversationId);
    },
    async defer() {
      if (phase !== 'new') return;
      await interaction.deferReply();
      phase = 'deferred';
    },
  };
}

/** "More sources" shows the rest ephemerally; 👍 / 👎 are logged with the question and the user. */
export async function handleButton(state: DiscordState, interaction: ButtonPress): Promise<void> {
  const ephemeral = async (message: DiscordMessage) => {
    await interaction.reply({ ...toEphemeralOptions(message), withResponse: true });
  };
  const button = decodeButton(interaction.customId);
  if (!button) return; // not one of ours
  try {
    const stored = state.answers.get(button.key);
    if (!stored) {
      await ephemeral(renderReply({ kind: 'text', text: 'This answer is too old for that; please ask again. / 这个回答已过期，请重新提问。' }));
      return;
    }
    if (button.action === 'more') {
      await ephemeral(renderMoreSources(stored.sources, button.from, stored.lang));
      return;
    }
    state.logger.info(
      `discord: feedback ${button.action === 'up' ? '👍' : '👎'} from user ${interaction.user.id} on “${stored.question}”`,
      { feedback: button.action, user: interaction.user.id, question: stored.question, conversation: stored.conversationId },
    );
    await ephemeral(renderReply({ kind: 'text', text: 'Thanks for the feedback! / 感谢反馈！' }));
  } catch (error) {
    state.logger.error(`discord: button ${interaction.customId} failed`, error);
    const apology = toEphemeralOptions(renderReply({ kind: 'text', text: APOLOGY }));
    await interaction
      .reply({ ...apology, withResponse: true })
      .catch(() => interaction.followUp(apology))
      .catch(() => undefined);
  }
}
