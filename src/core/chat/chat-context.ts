import type { Engine } from '../engine-api.ts';
import type { CommandSummary, Reply } from './reply.ts';

export type Platform = 'discord' | 'telegram' | 'console';

/**
 * A platform-neutral view of one incoming command, implemented by each adapter, so that
 * commands never see a Discord interaction or a grammY context.
 */
export interface ChatContext {
  platform: Platform;
  user: { id: string; name: string };
  chat: { id: string; kind: 'private' | 'group' };
  /**
   * Keys the chat memory: the same id means follow-ups refer to what came before.
   * Adapters decide what a conversation is (a DM, a reply thread, a console session).
   */
  conversationId: string;
  engine: Engine;
  /** Every command's summary, for `help`. */
  commands: CommandSummary[];
  /** Shows a reply to the user. May be called more than once. */
  reply(reply: Reply): Promise<void>;
  /** Tells the platform an answer is coming (Discord's deferReply, Telegram's typing action). */
  defer(): Promise<void>;
}
