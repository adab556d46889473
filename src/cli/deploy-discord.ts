/**
 * Registers the bot's slash commands with Discord: `npm run deploy:discord`.
 * With DISCORD_GUILD_ID, for that one server (instant, for development); without it, globally.
 * Run it again whenever a command's name, description or options change; the bot itself
 * never registers commands at start-up. `--clear` registers an empty list instead, removing
 * the commands from that scope (e.g. a test server once the commands are global).
 */
import { commands } from '../../commands/index.ts';
import { deployCommands } from '../adapters/discord/deploy.ts';
import { AppError } from '../core/chat/app-error.ts';
import { ConfigError, loadConfig } from '../config.ts';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((key) => !config[key]);
  if (missing.length > 0) {
    console.error(
      `deploy:discord: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. ` +
        'Both come from https://discord.com/developers/applications: the application id on "General Information", ' +
        'the bot token under "Bot" (see .env.example).',
    );
    return 1;
  }
  const clear = process.argv.slice(2).includes('--clear');
  const result = await deployCommands({
    token: config.DISCORD_TOKEN!,
    applicationId: config.DISCORD_APPLICATION_ID!,
    guildId: config.DISCORD_GUILD_ID,
    apiBase: config.DISCORD_API_BASE,
    commands: clear ? [] : commands,
  });
  const where = result.scope === 'guild' ? `in server ${config.DISCORD_GUILD_ID}` : 'globally, for every server and DM';
  if (clear) console.log(`Removed the slash commands registered ${where}.`);
  else console.log(`Registered ${result.names.length} slash commands ${where}: ${result.names.map((name) => `/${name}`).join(', ')}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // AppError messages are written for the operator and never contain the token.
    console.error(error instanceof AppError ? `deploy:discord: ${error.message}` : error);
    process.exitCode = 1;
  },
);
