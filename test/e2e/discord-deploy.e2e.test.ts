import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { deployCommands } from '../../src/adapters/discord/deploy.ts';
import { IDS, startDiscordStandIn, type DiscordStandIn } from './stand-ins/discord-stand-in.ts';

const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GdEpLo.ZGVwbG95LW9uLWxvb3BiYWNrLW9ubHktbm90LXJlYWw';

let standIn: DiscordStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** Runs `tsx src/cli/deploy-discord.ts` with exactly `env` (plus PATH and HOME). */
function runDeploy(env: Record<string, string>, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/deploy-discord.ts', ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run deploy:discord', () => {
  it('registers every command for one server with DISCORD_GUILD_ID', async () => {
    standIn = await startDiscordStandIn({ token });
    const result = await runDeploy({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_BASE: standIn.apiBase });

    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Registered 5 slash commands in server ${IDS.guild}: /ask, /search, /source, /about, /help\n`);
    const put = standIn.requests.filter((r) => r.method === 'PUT');
    expect(put.map((r) => r.path)).toEqual([`/api/v10/applications/${IDS.app}/guilds/${IDS.guild}/commands`]);
    expect(put[0]!.authorization).toBe(`Bot ${token}`);
    expect(put[0]!.body[0]).toEqual({
      name: 'ask',
      description: 'Ask a question about the articles / 提问',
      type: 1,
      contexts: [0, 1],
      options: [{ name: 'question', description: 'Your question, e.g. 5月谁发布了大模型？', type: 3, required: true, min_length: 1, max_length: 500 }],
    });
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    standIn = await startDiscordStandIn({ token });
    const result = await deployCommands({ token, applicationId: IDS.app, apiBase: standIn.apiBase, commands });
    expect(result).toEqual({ scope: 'global', names: ['ask', 'search', 'source', 'about', 'help'] });
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${IDS.app}/commands`]);
  });

  it('removes the commands of a scope with --clear', async () => {
    standIn = await startDiscordStandIn({ token });
    const result = await runDeploy(
      { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_BASE: standIn.apiBase },
      ['--clear'],
    );
    expect(result.stdout).toBe(`Removed the slash commands registered in server ${IDS.guild}.\n`);
    expect(standIn.requests.map((r) => [r.method, r.path, r.body])).toEqual([['PUT', `/api/v10/applications/${IDS.app}/guilds/${IDS.guild}/commands`, []]]);
  });

  it('names the missing variables and calls nobody', async () => {
    const result = await runDeploy({});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^deploy:discord: DISCORD_TOKEN and DISCORD_APPLICATION_ID are not set\./);
  });

  it('names DISCORD_TOKEN, without printing it, when Discord answers 401', async () => {
    standIn = await startDiscordStandIn({ token: 'another-token-entirely-for-this-test' });
    const result = await runDeploy({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_BASE: standIn.apiBase });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^deploy:discord: Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});
