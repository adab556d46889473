import type { Bot } from 'grammy';
import type { Message } from 'grammy/types';
import { commands } from '../../../commands/index.ts';
import { createTelegramBot, type TelegramBotOptions } from '../../../src/adapters/telegram/bot.ts';
import type { Logger } from '../../../src/logger.ts';
import { createFakeEngine, type FakeEngine } from './fake-engine.ts';
import { BOT_INFO, TOKEN } from './updates.ts';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake API answered: for `sendMessage`, the sent message (with its id). */
  result: unknown;
}

export interface Harness {
  bot: Bot;
  engine: FakeEngine;
  calls: ApiCall[];
  logs: Array<{ level: string; message: string; extra?: unknown }>;
  /** The outgoing calls of one method, in order. */
  sent(method: string): ApiCall[];
}

/**
 * The real bot with the real grammY middleware, its outgoing Bot API calls captured instead of
 * sent: `sendMessage` gets a fresh message id, everything else `true`.
 */
export function createHarness(options: Partial<TelegramBotOptions> = {}): Harness {
  const engine = createFakeEngine();
  const logs: Harness['logs'] = [];
  const record = (level: string) => (message: string, extra?: unknown) => void logs.push({ level, message, extra });
  const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  const bot = createTelegramBot({ token: TOKEN, engine, commands, logger, botInfo: BOT_INFO, rateLimit: { max: 100, windowMs: 30_000 }, ...options });
  const calls: ApiCall[] = [];
  let nextMessageId = 5000;
  bot.api.config.use(async (_prev, method, payload) => {
    const body = payload as Record<string, unknown>;
    const result =
      method === 'sendMessage'
        ? ({ message_id: nextMessageId++, date: 1_700_000_000, chat: { id: body.chat_id as number, type: 'private', first_name: 'x' }, text: String(body.text) } satisfies Message)
        : true;
    calls.push({ method, payload: body, result });
    return { ok: true, result } as never;
  });
  return { bot, engine, calls, logs, sent: (method) => calls.filter((c) => c.method === method) };
}

/** What a Telegram user sees of an HTML message. */
export function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
}
