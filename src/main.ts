import { commands } from '../commands/index.ts';
import { runConsole } from './adapters/console.ts';
import { openEngine } from './app/open-engine.ts';
import { ConfigError, loadConfig } from './config.ts';
import { AppError } from './core/chat/app-error.ts';
import { createLogger } from './logger.ts';

/** Wiring only: config → corpus → engine → adapters. The one place that reads process.env. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN, config.TELEGRAM_TOKEN, config.TELEGRAM_WEBHOOK_SECRET] });
  const engine = await openEngine(config, logger);
  const deps = { config, engine, commands, logger };
  const running: Array<{ name: string; stop(): Promise<void> }> = [];
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./adapters/discord/index.ts');
    running.push({ name: 'discord', ...(await startDiscord(deps)) });
  }
  if (config.TELEGRAM_TOKEN) {
    const { startTelegram } = await import('./adapters/telegram/index.ts');
    running.push({ name: 'telegram', ...(await startTelegram(deps)) });
  }
  if (running.length === 0) {
    logger.info('no DISCORD_TOKEN or TELEGRAM_TOKEN set: opening the local console');
    await runConsole({ engine, commands, logger });
    return;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down ${running.map((r) => r.name).join(', ')}`);
    await Promise.allSettled(running.map((r) => r.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Known failures carry a message that says how to fix them; print it without a stack.
  if (error instanceof ConfigError || error instanceof AppError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
