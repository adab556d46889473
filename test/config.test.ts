import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('.env.example lists exactly the schema keys', () => {
    const keys = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split('=')[0]);
    expect(keys.sort()).toEqual(Object.keys(configSchema.shape).sort());
  });
  it('has defaults that run the console on the bundled corpus', () => {
    expect(loadConfig({})).toMatchObject({ CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', PORT: 8080 });
    expect(loadConfig({}).DISCORD_TOKEN).toBeUndefined();
  });
  it('treats empty values as unset', () => {
    expect(loadConfig({ TELEGRAM_TOKEN: '', DISCORD_API_BASE: '' }).TELEGRAM_TOKEN).toBeUndefined();
  });
  it('names the variable that is wrong, without echoing a secret', () => {
    const secret = 'not-a-token-but-secret-looking';
    let error: unknown;
    try {
      loadConfig({ TELEGRAM_TOKEN: secret, LOG_LEVEL: 'loud', PORT: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('TELEGRAM_TOKEN');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('PORT');
    expect(message).not.toContain(secret);
  });
  it('rejects a non-http API base URL', () => {
    expect(() => loadConfig({ DISCORD_API_BASE: 'ftp://x' })).toThrow(/DISCORD_API_BASE/);
  });
});
