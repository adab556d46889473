import { REST, Routes } from 'discord.js';
import { AppError } from '../../core/chat/app-error.ts';
import type { Command } from '../../core/chat/define-command.ts';
import { redact } from './login-error.ts';
import { toSlashCommand } from './slash-commands.ts';

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** One server (instant, for development); without it the commands are registered globally. */
  guildId?: string;
  /** Another base URL for Discord's REST API (DISCORD_API_BASE). */
  apiBase?: string;
  commands: Command[];
}

/**
 * Registers the slash commands with Discord, replacing whatever was registered before (a
 * command deleted from `commands/` disappears). A separate, manual step: the bot never
 * registers anything at start-up. Failures become `AppError('config')` naming the variable
 * to fix, never containing the token.
 */
export async function deployCommands(options: DeployOptions): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const rest = new REST(options.apiBase ? { api: options.apiBase } : {}).setToken(options.token);
  const body = options.commands.map(toSlashCommand);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  try {
    const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
    return { scope: options.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
  } catch (error) {
    throw explainDeployError(error, options);
  }
}

function explainDeployError(error: unknown, options: DeployOptions): AppError {
  const status = (error as { status?: unknown } | null)?.status;
  const message = redact(error instanceof Error ? error.message : String(error), options.token);
  const cause = new Error(message);
  if (status === 401) {
    return new AppError('config', 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the developer portal (Bot → Reset Token).', { cause });
  }
  if (status === 403 || status === 404) {
    const which = options.guildId
      ? 'check DISCORD_APPLICATION_ID, and DISCORD_GUILD_ID: the bot must have been invited to that server with the applications.commands scope'
      : 'check DISCORD_APPLICATION_ID: it must be the application the token belongs to';
    return new AppError('config', `Discord refused to register the commands (${status}: ${message}): ${which}.`, { cause });
  }
  return new AppError('config', `Could not register the commands with Discord: ${message}`, { cause });
}
