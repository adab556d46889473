import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { AppError } from '../../core/chat/app-error.ts';
import type { Command } from '../../core/chat/define-command.ts';
import type { Engine } from '../../core/engine-api.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { handleButton, handleSlashCommand } from './interactions.ts';
import { describeLoginError, redact, redactError } from './login-error.ts';
import { handleMessage } from './messages.ts';
import { NO_PINGS } from './render.ts';
import { createDiscordState, type DiscordStateOptions } from './state.ts';

/**
 * - Guilds: slash commands and the guild/channel cache that messages in servers are resolved against.
 * - GuildMessages: messages in server channels, to see mentions of the bot and replies to its answers.
 * - DirectMessages: questions sent in a DM.
 * - MessageContent (privileged: enable it in the developer portal): without it Discord blanks the
 *   text of server messages that do not @mention the bot, so a reply to an answer with the ping
 *   switched off would arrive empty and follow-ups would be lost.
 */
export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

export interface DiscordDeps {
  config: Config;
  engine: Engine;
  commands: Command[];
  logger: Logger;
  /** Tuning for tests; production uses the defaults. */
  options?: Pick<DiscordStateOptions, 'rateLimit' | 'now' | 'memory'>;
}

/**
 * Logs the bot in and answers slash commands, mentions, DMs and replies until `stop()`.
 * Resolves once the bot is ready; rejects with an `AppError('config')` that says what to fix
 * (naming `DISCORD_TOKEN`, never printing it) when Discord refuses the login.
 * Commands are not registered here: that is `npm run deploy:discord`.
 */
export async function startDiscord(deps: DiscordDeps): Promise<{ stop(): Promise<void> }> {
  const token = deps.config.DISCORD_TOKEN;
  if (!token) throw new AppError('config', 'DISCORD_TOKEN is not set: put the bot token from the developer portal (Bot → Reset Token) in it.');
  const logger = redactingLogger(deps.logger, token);
  const state = createDiscordState({ ...deps.options, engine: deps.engine, commands: deps.commands, logger });

  const client = new Client({
    intents: DISCORD_INTENTS,
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    // A default for anything sent without explicit options; every reply also sets it itself.
    allowedMentions: NO_PINGS,
    // DISCORD_API_BASE moves REST and, through GET /gateway/bot, the gateway too.
    rest: deps.config.DISCORD_API_BASE ? { api: deps.config.DISCORD_API_BASE } : {},
  });

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void handleSlashCommand(state, interaction);
    else if (interaction.isButton()) void handleButton(state, interaction);
  });
  client.on(Events.MessageCreate, (message) => {
    if (client.user) void handleMessage(state, message, client.user.id);
  });
  client.on(Events.Error, (error) => logger.error('discord: client error', error));
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  client.on(Events.ShardError, (error, shardId) => logger.warn(`discord: shard ${shardId} connection error`, error));

  let closeCode: number | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, (event, shardId) => {
      // Only unrecoverable closes (bad token, disallowed intents) arrive here.
      closeCode = event.code;
      const problem = describeLoginError(undefined, event.code, token);
      logger.error(`discord: shard ${shardId} disconnected for good (close ${event.code}): ${problem.message}`);
      reject(problem);
    });
  });
  try {
    await Promise.all([client.login(token), ready]);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error instanceof AppError ? error : describeLoginError(error, closeCode, token);
  }
  logger.info(`discord: logged in as ${client.user?.tag ?? '?'} (application ${client.application?.id ?? '?'})`);

  let stopped = false;
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info('discord: stopped');
    },
  };
}

/** Wraps a logger so that the token is taken out of every line, whatever main's logger does. */
function redactingLogger(logger: Logger, token: string): Logger {
  const clean = (extra: unknown): unknown => {
    if (extra === undefined || extra instanceof Error || typeof extra === 'string') return redactError(extra, token);
    try {
      return JSON.parse(redact(JSON.stringify(extra), token));
    } catch {
      return '[unprintable]';
    }
  };
  return {
    debug: (message, extra) => logger.debug(redact(message, token), clean(extra)),
    info: (message, extra) => logger.info(redact(message, token), clean(extra)),
    warn: (message, extra) => logger.warn(redact(message, token), clean(extra)),
    error: (message, extra) => logger.error(redact(message, token), clean(extra)),
  };
}
