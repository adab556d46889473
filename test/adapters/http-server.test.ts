import { afterEach, describe, expect, it } from 'vitest';
import { sameSecret, startHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { silentLogger } from '../../src/logger.ts';

const SECRET = 'hook_secret-0123456789';
let server: HttpServer | undefined;
let received: unknown[] = [];

async function start(): Promise<string> {
  received = [];
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    health: () => ({ telegram: 'webhook' }),
    webhooks: [{ path: '/telegram/webhook', secretHeader: 'X-Telegram-Bot-Api-Secret-Token', secret: SECRET, handle: (body) => void received.push(body) }],
  });
  return `http://127.0.0.1:${server.port}`;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post = (url: string, body: string, secret?: string) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) } });

describe('http server', () => {
  it('answers GET /healthz with 200 JSON', async () => {
    const base = await start();
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ ok: true, telegram: 'webhook' });
  });

  it('accepts a webhook POST with the right secret and hands over the parsed body', async () => {
    const base = await start();
    const res = await post(`${base}/telegram/webhook`, '{"update_id":7,"message":{"text":"讯飞星火"}}', SECRET);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(received).toEqual([{ update_id: 7, message: { text: '讯飞星火' } }]);
  });

  it('rejects a webhook POST without the secret, or with a wrong one, with 401', async () => {
    const base = await start();
    const missing = await post(`${base}/telegram/webhook`, '{"update_id":1}');
    const wrong = await post(`${base}/telegram/webhook`, '{"update_id":2}', 'hook_secret-0123456788');
    const prefix = await post(`${base}/telegram/webhook`, '{"update_id":3}', SECRET.slice(0, -1));
    expect([missing.status, wrong.status, prefix.status]).toEqual([401, 401, 401]);
    expect(await wrong.json()).toEqual({ ok: false, error: 'unauthorized' });
    expect(received).toEqual([]);
  });

  it('answers other methods, paths and bodies with 405, 404 and 400', async () => {
    const base = await start();
    expect((await fetch(`${base}/telegram/webhook`)).status).toBe(405);
    expect((await post(`${base}/healthz`, '{}')).status).toBe(405);
    expect((await fetch(`${base}/bot123:abc/getMe`)).status).toBe(404);
    expect((await post(`${base}/telegram/webhook`, 'not json', SECRET)).status).toBe(400);
    expect(received).toEqual([]);
  });

  it('compares secrets exactly, whatever their lengths', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('ab', 'abc')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });
});
