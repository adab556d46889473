import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A small local stand-in for Discord on 127.0.0.1: the REST routes the bot calls (gateway
 * look-up, interaction callbacks and webhooks, channel messages, command registration) and a
 * WebSocket gateway doing HELLO → IDENTIFY → READY → GUILD_CREATE. It records every REST call
 * so tests can check what the bot sent, and lets tests dispatch gateway events.
 */

export const IDS = {
  app: '1100000000000000001',
  bot: '1100000000000000001', // Discord bots share the application's id.
  guild: '1100000000000000002',
  channel: '1100000000000000003',
  user: '1100000000000000004',
} as const;

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. `/api/v10/channels/1100…/messages`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: any;
  /** What the stand-in answered (a created message has its new `id` here). */
  response?: any;
}

export interface DiscordStandIn {
  /** What to put in DISCORD_API_BASE: `http://127.0.0.1:<port>/api`. */
  apiBase: string;
  requests: RecordedRequest[];
  /** IDENTIFY payloads received (token, intents…). */
  identifies: any[];
  /** Resolves when a READY was sent (the bot logged in). */
  ready: Promise<void>;
  /** Sends a gateway dispatch to every connected bot. */
  dispatch(type: string, data: unknown): void;
  /** The first recorded request (past or future) matching `match`; rejects after `timeoutMs`. */
  waitFor(match: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export const botUser = { id: IDS.bot, username: 'corpus-bot', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };
export const humanUser = { id: IDS.user, username: 'lin', discriminator: '0', global_name: 'Lin', avatar: null, flags: 0 };

export async function startDiscordStandIn(options: { token: string; rejectGatewayLogin?: boolean }): Promise<DiscordStandIn> {
  const requests: RecordedRequest[] = [];
  const identifies: any[] = [];
  const waiters: Array<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let nextId = 1n;
  const snowflake = () => String(((BigInt(Date.now()) - 1420070400000n) << 22n) + nextId++);
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const server = createServer((req, res) => {
    void handleRest(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  function message(channelId: string, body: any, extra: object = {}) {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: botUser,
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: body?.message_reference ? 19 : 0,
      flags: body?.flags ?? 0,
      ...extra,
    };
  }

  async function handleRest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    let body: any;
    if (text && contentType.includes('application/json')) body = JSON.parse(text);
    else if (text && contentType.includes('multipart/form-data')) body = JSON.parse(/name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text)?.[1] ?? 'null');
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, authorization: req.headers.authorization, body };
    const json = (status: number, payload?: unknown) => {
      recorded.response = payload;
      requests.push(recorded);
      for (const waiter of [...waiters]) {
        if (waiter.match(recorded)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(recorded);
        }
      }
      if (payload === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const path = recorded.path.replace(/^\/api\/v10/, '');
    const method = recorded.method;
    // Interaction callbacks and webhooks are authorised by their token in the path, not the header.
    const needsAuth = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsAuth && req.headers.authorization !== `Bot ${options.token}`) return json(401, { message: '401: Unauthorized', code: 0 });

    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return json(200, botUser);
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      if (url.searchParams.get('with_response') !== 'true') return json(204);
      const msg = body?.type === 4 ? message(IDS.channel, body.data, { webhook_id: IDS.app, application_id: IDS.app }) : null;
      return json(200, {
        interaction: { id: m[1], type: 2, response_message_id: msg?.id, response_message_loading: body?.type === 5, response_message_ephemeral: Boolean((body?.data?.flags ?? 0) & 64) },
        resource: { type: body?.type, message: msg },
      });
    }
    if ((method === 'PATCH' || method === 'GET') && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      return json(200, message(IDS.channel, body, { webhook_id: IDS.app, application_id: IDS.app }));
    }
    if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return json(204);
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      return json(200, message(IDS.channel, body, { webhook_id: IDS.app, application_id: IDS.app }));
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/typing$/.exec(path))) return json(204);
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) return json(200, message(m[1]!, body));
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(200, (body as any[]).map((command) => ({ ...command, id: snowflake(), application_id: IDS.app, version: snowflake() })));
    }
    return json(404, { message: `404: Not Found (${method} ${path} is not in the stand-in)`, code: 0 });
  }

  const wss = new WebSocketServer({ server });
  const send = (socket: WebSocket, payload: unknown) => socket.send(JSON.stringify(payload));
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    send(socket, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw));
      if (payload.op === 1) send(socket, { op: 11, d: null, s: null, t: null });
      if (payload.op !== 2) return;
      identifies.push(payload.d);
      if (options.rejectGatewayLogin || payload.d.token !== options.token) {
        socket.close(4004, 'Authentication failed.');
        return;
      }
      seq += 1;
      send(socket, {
        op: 0,
        s: seq,
        t: 'READY',
        d: {
          v: 10,
          user: botUser,
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: 'stand-in-session',
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: IDS.app, flags: 0 },
        },
      });
      seq += 1;
      send(socket, { op: 0, s: seq, t: 'GUILD_CREATE', d: guild() });
      markReady();
    });
  });

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    requests,
    identifies,
    ready,
    dispatch(type, data) {
      seq += 1;
      for (const socket of sockets) send(socket, { op: 0, s: seq, t: type, d: data });
    },
    waitFor(match, timeoutMs = 10_000) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`stand-in: no matching request within ${timeoutMs} ms; saw ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
        }, timeoutMs);
        const waiter = { match, resolve: (r: RecordedRequest) => (clearTimeout(timer), resolve(r)) };
        waiters.push(waiter);
      });
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function guild() {
  return {
    id: IDS.guild,
    name: '语料问答测试',
    icon: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: IDS.guild, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1071698660929', managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'zh-CN',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ user: botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
    channels: [{ id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** An `INTERACTION_CREATE` for a slash command typed by `humanUser` in the stand-in's channel. */
export function slashInteraction(id: string, token: string, name: string, options: Record<string, string>) {
  return {
    id,
    application_id: IDS.app,
    type: 2,
    token,
    version: 1,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
    member: { user: humanUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '1071698660929' },
    app_permissions: '1071698660929',
    locale: 'zh-CN',
    guild_locale: 'zh-CN',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    data: { id: '1100000000000000099', name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  };
}

/** A `MESSAGE_CREATE` from `humanUser` in the stand-in's channel. */
export function channelMessage(id: string, content: string, mentions: object[] = [], reference?: string) {
  return {
    id,
    channel_id: IDS.channel,
    channel_type: 0,
    guild_id: IDS.guild,
    author: humanUser,
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: reference ? 19 : 0,
    flags: 0,
    components: [],
    ...(reference ? { message_reference: { type: 0, message_id: reference, channel_id: IDS.channel, guild_id: IDS.guild } } : {}),
  };
}

/** A `MESSAGE_CREATE` from `humanUser` in a DM with the bot (a channel the bot has not cached). */
export function directMessage(id: string, channelId: string, content: string) {
  const { guild_id: _guild, member: _member, ...rest } = channelMessage(id, content);
  // Discord says which kind of channel it is (1: DM); discord.js needs that to build an uncached DM channel.
  return { ...rest, channel_id: channelId, channel_type: 1 };
}

/** An `INTERACTION_CREATE` for a press on a button of `message` (as the stand-in returned it). */
export function buttonInteraction(id: string, token: string, customId: string, message: object) {
  const { data: _data, ...base } = slashInteraction(id, token, 'unused', {});
  return { ...base, type: 3, message, data: { custom_id: customId, component_type: 2 } };
}
