import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message, Update, UserFromGetMe } from 'grammy/types';

/**
 * A small local stand-in for the Telegram Bot API on 127.0.0.1: enough of `getMe`,
 * `setMyCommands`, `deleteWebhook`/`setWebhook`, `getUpdates` (hands out queued updates, then
 * long-polls empty), `sendMessage`, `sendChatAction`, `answerInlineQuery` and
 * `answerCallbackQuery` for a real grammY bot to run against it. Every call is recorded.
 */

export interface StandInCall {
  method: string;
  body: Record<string, unknown>;
  /** What the stand-in answered (`result` of a successful call). */
  result?: unknown;
}

export interface TelegramStandIn {
  /** For `TELEGRAM_API_ROOT`. */
  apiRoot: string;
  calls: StandInCall[];
  /** Makes an update available to `getUpdates` (and wakes a pending long poll). */
  queue(update: Update): void;
  /** The next call of `method` satisfying `match`, already made or still to come. */
  waitFor(method: string, match?: (call: StandInCall) => boolean, timeoutMs?: number): Promise<StandInCall>;
  /** Makes the next call of `method` fail with this HTTP status and Bot API error body. */
  failNext(method: string, status: number, error: { error_code: number; description: string; parameters?: { retry_after?: number } }): void;
  /** Long polls currently held open. */
  pendingPolls(): number;
  /** Resolves once no long poll is held open (the bot hung up); rejects after `timeoutMs`. */
  pollsClosed(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startTelegramStandIn(options: { token: string; botInfo: UserFromGetMe; maxHoldMs?: number }): Promise<TelegramStandIn> {
  const calls: StandInCall[] = [];
  const updates: Update[] = [];
  const failures = new Map<string, Array<{ status: number; error: object }>>();
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const polls = new Set<() => void>();
  let nextMessageId = 9000;

  const respond = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' }).end(text);
  };

  const resultOf = (method: string, body: Record<string, unknown>): unknown => {
    switch (method) {
      case 'getMe':
        return options.botInfo;
      case 'sendMessage':
        return {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: body.chat_id as number, type: 'private', first_name: 'stand-in' },
          from: { id: options.botInfo.id, is_bot: true, first_name: options.botInfo.first_name, username: options.botInfo.username },
          text: String(body.text),
        } satisfies Message;
      default:
        return true;
    }
  };

  const pollUpdates = (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse, call: StandInCall) => {
    const offset = typeof body.offset === 'number' ? body.offset : 0;
    const limit = typeof body.limit === 'number' ? body.limit : 100;
    const ready = () => {
      // Confirming an offset forgets the updates before it, as Telegram does.
      while (updates.length > 0 && updates[0]!.update_id < offset) updates.shift();
      return updates.slice(0, limit);
    };
    let timer: NodeJS.Timeout | undefined;
    const deliver = () => {
      polls.delete(wake);
      clearTimeout(timer);
      call.result = ready();
      respond(res, 200, { ok: true, result: call.result });
    };
    const wake = () => {
      if (ready().length > 0) deliver();
    };
    if (ready().length > 0) return deliver();
    const holdMs = Math.min(((body.timeout as number | undefined) ?? 0) * 1000, options.maxHoldMs ?? 30_000);
    timer = setTimeout(deliver, holdMs);
    polls.add(wake);
    req.socket.once('close', () => {
      polls.delete(wake);
      clearTimeout(timer);
    });
  };

  const server = createServer(async (req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (match === null) return respond(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== options.token) return respond(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    const call: StandInCall = { method, body };
    calls.push(call);
    const failure = failures.get(method)?.shift();
    if (failure !== undefined) {
      respond(res, failure.status, { ok: false, ...failure.error });
    } else if (method === 'getUpdates') {
      pollUpdates(body, req, res, call);
    } else {
      call.result = resultOf(method, body);
      respond(res, 200, { ok: true, result: call.result });
    }
    events.emit('call', call);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    queue(update) {
      updates.push(update);
      for (const wake of [...polls]) wake();
    },
    waitFor(method, match = () => true, timeoutMs = 20_000) {
      const test = (call: StandInCall) => call.method === method && match(call);
      const done = calls.find(test);
      if (done !== undefined) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('call', listener);
          reject(new Error(`stand-in: no matching ${method} within ${timeoutMs} ms; calls so far: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        const listener = (call: StandInCall) => {
          if (!test(call)) return;
          clearTimeout(timer);
          events.off('call', listener);
          resolve(call);
        };
        events.on('call', listener);
      });
    },
    failNext(method, status, error) {
      failures.set(method, [...(failures.get(method) ?? []), { status, error }]);
    },
    pendingPolls: () => polls.size,
    async pollsClosed(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (polls.size > 0) {
        if (Date.now() > deadline) throw new Error(`stand-in: ${polls.size} long poll(s) still open after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
