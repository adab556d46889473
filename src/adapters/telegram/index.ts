import { run } from '@grammyjs/runner';
import { GrammyError, HttpError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Config } from '../../config.ts';
import { AppError } from '../../core/chat/app-error.ts';
import type { Command } from '../../core/chat/define-command.ts';
import type { Engine } from '../../core/engine-api.ts';
import type { Logger } from '../../logger.ts';
import { startHttpServer } from '../http-server.ts';
import { createTelegramBot } from './bot.ts';
import { describeError, redactingLogger } from './redact.ts';
import { telegramCommandName } from './render.ts';

export { createTelegramBot } from './bot.ts';

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * Starts the Telegram bot: checks the token (`getMe`), sets the command menu from `commands`,
 * then long-polls with @grammyjs/runner, or, when `TELEGRAM_WEBHOOK_URL` is set, serves the
 * webhook on `PORT` and registers it with its secret. `stop()` ends polling or closes the
 * server and waits for the updates in progress.
 */
export async function startTelegram(deps: { config: Config; engine: Engine; commands: Command[]; logger: Logger }): Promise<{ stop(): Promise<void> }> {
  const { config, commands } = deps;
  const token = config.TELEGRAM_TOKEN;
  if (token === undefined) throw new AppError('config', 'TELEGRAM_TOKEN is not set: get a token from @BotFather and set TELEGRAM_TOKEN.');
  const webhook = config.TELEGRAM_WEBHOOK_URL === undefined ? undefined : webhookSettings(config.TELEGRAM_WEBHOOK_URL, config.TELEGRAM_WEBHOOK_SECRET, token);
  const logger = redactingLogger(deps.logger, token);
  const apiRoot = config.TELEGRAM_API_ROOT?.replace(/\/+$/, '');

  const bot = createTelegramBot({ token, engine: deps.engine, commands, logger, apiRoot });
  await initBot(bot, token, apiRoot ?? 'https://api.telegram.org');
  try {
    await bot.api.setMyCommands(commands.map((c) => ({ command: telegramCommandName(c.name), description: c.description })));
  } catch (error) {
    logger.warn(`telegram: could not set the command menu: ${describeError(error, token)}`);
  }
  return webhook === undefined ? startPolling(bot, token, logger) : startWebhook(bot, token, logger, webhook, config.PORT);
}

async function initBot(bot: Bot, token: string, apiRoot: string): Promise<void> {
  try {
    await bot.init();
  } catch (error) {
    // No `cause`: the original may quote the request URL, which contains the token.
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new AppError('config', `Telegram rejected TELEGRAM_TOKEN (getMe: ${error.error_code} ${error.description}). Copy the bot's token from @BotFather (/mybots → API Token) into TELEGRAM_TOKEN.`);
    }
    if (error instanceof HttpError) {
      throw new AppError('config', `Could not reach the Telegram Bot API at ${apiRoot} (${describeError(error, token)}). Check the network, or TELEGRAM_API_ROOT if you set it.`);
    }
    throw new Error(`telegram: getMe failed: ${describeError(error, token)}`);
  }
}

async function startPolling(bot: Bot, token: string, logger: Logger): Promise<{ stop(): Promise<void> }> {
  // A webhook left over from webhook mode would make every getUpdates fail with 409.
  await bot.api.deleteWebhook();
  // The runner is silenced (it would print errors with console.error); failures are logged here.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      if (method === 'getUpdates' && signal?.aborted !== true) logger.warn(`telegram: getUpdates failed, retrying: ${describeError(error, token)}`);
      throw error;
    }
  });
  const runner = run(bot, { runner: { silent: true, fetch: { allowed_updates: ALLOWED_UPDATES } } });
  runner.task()?.catch((error: unknown) => logger.error(`telegram: polling stopped: ${describeError(error, token)}`));
  logger.info(`telegram: @${bot.botInfo.username} is running (long polling)`);
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
      logger.info('telegram: stopped');
    },
  };
}

interface WebhookSettings {
  url: string;
  path: string;
  secret: string;
}

/** Fails fast on a webhook configuration that could not work or would not be safe. */
function webhookSettings(url: string, secret: string | undefined, token: string): WebhookSettings {
  if (secret === undefined) {
    throw new AppError('config', 'TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL: set it to 1-256 random letters, digits, _ or - (e.g. `openssl rand -hex 32`).');
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new AppError('config', 'TELEGRAM_WEBHOOK_URL must be an https:// URL (Telegram only calls https webhooks).');
  const path = parsed.pathname;
  const [, tokenSecretPart = token] = token.split(':');
  if (path.includes(token) || path.includes(tokenSecretPart)) {
    throw new AppError('config', 'TELEGRAM_WEBHOOK_URL must not contain the bot token: use a path such as /telegram/webhook.');
  }
  if (path === '/' || path === '/healthz') {
    throw new AppError('config', 'TELEGRAM_WEBHOOK_URL needs a path of its own, such as https://bot.example.com/telegram/webhook.');
  }
  return { url, path, secret };
}

async function startWebhook(bot: Bot, token: string, logger: Logger, webhook: WebhookSettings, port: number): Promise<{ stop(): Promise<void> }> {
  const inFlight = new Set<Promise<void>>();
  const server = await startHttpServer({
    port,
    logger,
    health: () => ({ telegram: 'webhook', bot: bot.botInfo.username, updatesInProgress: inFlight.size }),
    webhooks: [
      {
        path: webhook.path,
        secretHeader: SECRET_HEADER,
        secret: webhook.secret,
        handle(body) {
          if (!isUpdate(body)) {
            logger.warn('telegram: webhook body is not an update; ignored');
            return;
          }
          const job = bot
            .handleUpdate(body)
            .catch((error: unknown) => logger.error(`telegram: update ${body.update_id} failed: ${describeError(error, token)}`))
            .finally(() => inFlight.delete(job));
          inFlight.add(job);
        },
      },
    ],
  });
  try {
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES });
  } catch (error) {
    await server.close();
    throw new Error(`telegram: setWebhook failed: ${describeError(error, token)}`);
  }
  logger.info(`telegram: @${bot.botInfo.username} is running (webhook ${webhook.path}, port ${server.port})`);
  return {
    async stop() {
      await server.close();
      await Promise.allSettled([...inFlight]);
      logger.info('telegram: stopped');
    },
  };
}

function isUpdate(body: unknown): body is Update {
  return typeof body === 'object' && body !== null && typeof (body as { update_id?: unknown }).update_id === 'number';
}
