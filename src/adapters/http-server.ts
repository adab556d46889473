import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.ts';

/** A webhook endpoint: POSTed JSON is accepted only with the right secret header. */
export interface WebhookRoute {
  /** e.g. `/telegram/webhook`; never put a token in it (paths end up in access logs). */
  path: string;
  /** Request header carrying the secret, e.g. `x-telegram-bot-api-secret-token`. */
  secretHeader: string;
  secret: string;
  /** Called with the parsed body after the response is sent. */
  handle(body: unknown): void;
}

export interface HttpServerOptions {
  port: number;
  /** Default: all interfaces (`::`/`0.0.0.0`); tests use `127.0.0.1`. */
  host?: string;
  webhooks?: WebhookRoute[];
  /** Extra fields for `GET /healthz`. */
  health?: () => Record<string, unknown>;
  logger: Logger;
}

export interface HttpServer {
  /** The port actually bound (useful with `port: 0`). */
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The project's small HTTP server (node:http, no framework): `GET /healthz` and webhook
 * endpoints. A webhook request without the secret, or with a wrong one, gets 401; the comparison
 * takes the same time whatever the guess, so the secret cannot be found byte by byte.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const webhooks = new Map((options.webhooks ?? []).map((w) => [w.path, w]));
  const server = createServer((req, res) => {
    route(req, res, webhooks, options).catch((error: unknown) => {
      options.logger.error('http: request failed', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: 'internal error' });
      else res.end();
    });
  });
  // A stuck client must not hold a connection (and a clean shutdown) forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info(`http: listening on port ${port}`);
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, webhooks: Map<string, WebhookRoute>, options: HttpServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/healthz') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: 'method not allowed' }, { allow: 'GET, HEAD' });
    return send(res, 200, { ok: true, ...options.health?.() });
  }
  const webhook = webhooks.get(path);
  if (webhook === undefined) return send(res, 404, { ok: false, error: 'not found' });
  if (req.method !== 'POST') return send(res, 405, { ok: false, error: 'method not allowed' }, { allow: 'POST' });
  const given = req.headers[webhook.secretHeader.toLowerCase()];
  if (typeof given !== 'string' || !sameSecret(given, webhook.secret)) {
    options.logger.warn(`http: rejected a request to ${path} without the right secret`);
    req.resume();
    return send(res, 401, { ok: false, error: 'unauthorized' });
  }
  const body = await readBody(req);
  if (body === undefined) return send(res, 413, { ok: false, error: 'body too large' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return send(res, 400, { ok: false, error: 'body must be JSON' });
  }
  // Answer at once: Telegram waits for this response and retries slow ones.
  send(res, 200, { ok: true });
  webhook.handle(parsed);
}

/** Constant-time: both sides are hashed to the same length before `timingSafeEqual`. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
