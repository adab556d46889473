import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { escapeHtml } from '../../src/adapters/telegram/html.ts';
import { startTelegram } from '../../src/adapters/telegram/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/logger.ts';
import { createFakeEngine, XUNFEI } from '../adapters/telegram/fake-engine.ts';
import { ALICE, BOT_INFO, callbackUpdate, GROUP, inlineUpdate, TOKEN, textUpdate } from '../adapters/telegram/updates.ts';
import { startTelegramStandIn, type StandInCall, type TelegramStandIn } from './stand-ins/telegram-bot-api.ts';

/**
 * The real grammY bot (runner, auto-retry, HTTP client) talking over loopback to a local
 * stand-in for the Bot API: in-process through `startTelegram` with a fake engine, and as the
 * real process `src/main.ts` with the real engine once that exists.
 */

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function standIn(): Promise<TelegramStandIn> {
  const api = await startTelegramStandIn({ token: TOKEN, botInfo: BOT_INFO, maxHoldMs: 5_000 });
  cleanups.push(() => api.close());
  return api;
}

function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string, extra?: unknown) => void lines.push(`${level} ${message} ${extra === undefined ? '' : JSON.stringify(extra) ?? ''}`);
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

const toChat = (chatId: number) => (call: StandInCall) => call.body.chat_id === chatId;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('telegram e2e, in process (long polling, fake engine)', () => {
  it('round-trips questions, commands, inline queries and buttons through the Bot API', async () => {
    const api = await standIn();
    const engine = createFakeEngine();
    const logger = captureLogger();
    const bot = await startTelegram({ config: loadConfig({ TELEGRAM_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot }), engine, commands, logger });
    let stopped = false;
    cleanups.push(async () => stopped || bot.stop());

    // Start-up: token checked, webhook removed, command menu from commands/, then polling.
    expect(api.calls.slice(0, 3).map((c) => c.method)).toEqual(['getMe', 'setMyCommands', 'deleteWebhook']);
    expect(api.calls[1]!.body.commands).toEqual(commands.map((c) => ({ command: c.name, description: c.description })));
    await api.waitFor('getUpdates');

    // A private question, answered after one 429 (auto-retry waits retry_after and sends again).
    api.failNext('sendMessage', 429, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    api.queue(textUpdate('讯飞星火是谁发布的？<script>', { from: ALICE }));
    const answer = await api.waitFor('sendMessage', (c) => toChat(ALICE.id)(c) && c.result !== undefined);
    expect(api.calls.filter((c) => c.method === 'sendMessage').length).toBe(2);
    expect(api.calls.some((c) => c.method === 'sendChatAction' && c.body.action === 'typing')).toBe(true);
    expect(answer.body.parse_mode).toBe('HTML');
    const html = String(answer.body.text);
    expect(html).toContain('❓ <i>讯飞星火是谁发布的？&lt;script&gt;</i>');
    expect(html).toContain('💡 讯飞星火认知大模型由科大讯飞于5月6日发布。');
    expect(html).toContain(`<a href="https://www.donews.com/article/detail/1234/5678.html?a=1&amp;b=2">${escapeHtml(XUNFEI.title)}</a>`);
    expect(html).toContain(`<code>/source ${XUNFEI.passageId}</code>`);

    // 👍 on that answer: logged with the question and the user, the press answered.
    const keyboard = (answer.body.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]!;
    api.queue(callbackUpdate(keyboard[1]!.callback_data, { messageId: (answer.result as { message_id: number }).message_id }));
    await api.waitFor('answerCallbackQuery');
    expect(logger.lines.some((l) => l.startsWith('info telegram feedback: 👍') && l.includes('"question":"讯飞星火是谁发布的？<script>"') && l.includes(`"user":"${ALICE.id}"`))).toBe(true);

    // A group: /ask@botname is answered as a reply; chatter is not.
    api.queue(textUpdate('随便聊聊', { chat: GROUP }));
    const ask = textUpdate('/ask@corpus_qa_bot 讯飞星火是谁发布的？', { chat: GROUP });
    api.queue(ask);
    const groupAnswer = await api.waitFor('sendMessage', toChat(GROUP.id));
    expect(groupAnswer.body.reply_parameters).toEqual({ message_id: ask.message!.message_id, allow_sending_without_reply: true });
    expect(engine.calls.filter((c) => c.method === 'answer').map((c) => c.conversation)).toEqual([`telegram:${ALICE.id}`, `telegram:${GROUP.id}:${ALICE.id}`]);

    // Inline mode.
    api.queue(inlineUpdate('讯飞星火是谁发布的？'));
    const inline = await api.waitFor('answerInlineQuery');
    expect(JSON.stringify(inline.body.results)).toContain('科大讯飞');

    await bot.stop();
    stopped = true;
    await api.pollsClosed(); // stop() hung up the pending getUpdates
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });

  it('refuses a wrong token with a message naming TELEGRAM_TOKEN, never the token', async () => {
    const api = await standIn();
    const wrong = '999999:WRONGWRONGWRONGWRONGWRONG_x';
    const logger = captureLogger();
    const error = await startTelegram({ config: loadConfig({ TELEGRAM_TOKEN: wrong, TELEGRAM_API_ROOT: api.apiRoot }), engine: createFakeEngine(), commands, logger }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^Telegram rejected TELEGRAM_TOKEN \(getMe: 401 Unauthorized\)/);
    expect(`${error?.message} ${error?.stack} ${String(error?.cause)} ${logger.lines.join('\n')}`).not.toContain(wrong);
  });
});

describe('telegram e2e, in process (webhook)', () => {
  it('serves the webhook with its secret on PORT, plus /healthz, and registers it with setWebhook', async () => {
    const api = await standIn();
    const port = await freePort();
    const secret = 'e2e_webhook-secret-42';
    const config = loadConfig({
      TELEGRAM_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, PORT: String(port),
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/telegram/hook', TELEGRAM_WEBHOOK_SECRET: secret,
    });
    const bot = await startTelegram({ config, engine: createFakeEngine(), commands, logger: captureLogger() });
    cleanups.push(() => bot.stop());

    const setWebhook = await api.waitFor('setWebhook');
    expect(setWebhook.body).toEqual({ url: 'https://bot.example.test/telegram/hook', secret_token: secret, allowed_updates: ['message', 'callback_query', 'inline_query'] });
    expect(api.calls.some((c) => c.method === 'getUpdates' || c.method === 'deleteWebhook')).toBe(false);

    const hook = `http://127.0.0.1:${port}/telegram/hook`;
    const post = (headers: Record<string, string>) =>
      fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(textUpdate('讯飞星火是谁发布的？')) });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'e2e_webhook-secret-43' })).status).toBe(401);
    expect(api.calls.some((c) => c.method === 'sendMessage')).toBe(false);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': secret })).status).toBe(200);
    const answer = await api.waitFor('sendMessage', toChat(ALICE.id));
    expect(String(answer.body.text)).toContain('科大讯飞');

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, telegram: 'webhook', bot: 'corpus_qa_bot', updatesInProgress: 0 });
  });

  it('requires TELEGRAM_WEBHOOK_SECRET in webhook mode, before calling Telegram', async () => {
    const api = await standIn();
    const config = loadConfig({ TELEGRAM_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/telegram/hook' });
    await expect(startTelegram({ config, engine: createFakeEngine(), commands, logger: captureLogger() })).rejects.toThrow(/^TELEGRAM_WEBHOOK_SECRET is required/);
    expect(api.calls).toEqual([]);
  });
});

const MAIN = resolve(import.meta.dirname, '../../src/main.ts');

describe.skipIf(!existsSync(MAIN))('telegram e2e, real process (npx tsx src/main.ts, real engine and corpus)', () => {
  it('answers a private question from the corpus with its sources, escaped, and stops on SIGTERM', { timeout: 180_000 }, async () => {
    const api = await standIn();
    const root = resolve(import.meta.dirname, '../..');
    const child: ChildProcess = spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TELEGRAM_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, CORPUS_DIR: 'corpus', LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });

    await api.waitFor('getUpdates', undefined, 150_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- output of src/main.ts ---\n${output}`);
    });
    expect(api.calls.find((c) => c.method === 'setMyCommands')?.body.commands).toEqual(commands.map((c) => ({ command: c.name, description: c.description })));

    api.queue(textUpdate('讯飞星火是谁发布的？', { from: ALICE }));
    const answer = await api.waitFor('sendMessage', toChat(ALICE.id));
    const html = String(answer.body.text);
    expect(answer.body.parse_mode).toBe('HTML');
    expect(html).toContain('❓ <i>讯飞星火是谁发布的？</i>');
    // CORPUS-DEPENDENT (the engine is written in parallel): the real answer and its source.
    expect(html).toContain('科大讯飞');
    expect(html).toContain(escapeHtml('激战千亿大模型 “国产ChatGPT”背水一战'));
    expect(html).toMatch(/<code>\/source [^<]+#p\d+<\/code>/);

    api.queue(textUpdate('/ask <b>讯飞星火</b> & <script>', { from: ALICE }));
    const hostile = await api.waitFor('sendMessage', (c) => toChat(ALICE.id)(c) && String(c.body.text).includes('&lt;script&gt;'));
    expect(String(hostile.body.text)).not.toContain('<script>');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await api.pollsClosed();
    expect(output).not.toContain(TOKEN);
  });

  it('exits with a message naming TELEGRAM_TOKEN, never the token, when Telegram rejects it', { timeout: 180_000 }, async () => {
    const api = await standIn();
    const root = resolve(import.meta.dirname, '../..');
    const wrong = '999999:WRONGWRONGWRONGWRONGWRONG_x';
    const child = spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TELEGRAM_TOKEN: wrong, TELEGRAM_API_ROOT: api.apiRoot, CORPUS_DIR: 'corpus', LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    expect(code).toBe(1);
    expect(output).toContain('Telegram rejected TELEGRAM_TOKEN (getMe: 401 Unauthorized)');
    expect(output).not.toContain(wrong);
    expect(output).not.toContain('WRONGWRONG');
  });
});
