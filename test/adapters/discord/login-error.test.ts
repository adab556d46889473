import { describe, expect, it } from 'vitest';
import { describeLoginError, redactError } from '../../../src/adapters/discord/login-error.ts';

const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxYz12.c2VjcmV0LXRva2VuLWZvci10ZXN0cw';

describe('describeLoginError', () => {
  it('names DISCORD_TOKEN for a 401 or discord.js TokenInvalid', () => {
    for (const error of [Object.assign(new Error('401: Unauthorized'), { status: 401 }), Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' })]) {
      const described = describeLoginError(error, undefined, token);
      expect(described.code).toBe('config');
      expect(described.message).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    }
  });

  it('names DISCORD_TOKEN for gateway close 4004, and the portal switch for 4014', () => {
    expect(describeLoginError(new Error('Authentication failed'), 4004, token).message).toMatch(/^Discord rejected DISCORD_TOKEN \(gateway close 4004/);
    expect(describeLoginError(undefined, 4014, token).message).toContain('enable "Message Content Intent"');
    expect(describeLoginError(undefined, 4011, token).message).toBe('Could not connect to Discord: the gateway closed with code 4011');
  });

  it('never carries the token, even when the original error did', () => {
    const original = new Error(`cannot connect with ${token}`, { cause: new Error(`Bot ${token} refused`) });
    const described = describeLoginError(original, undefined, token);
    expect(described.message).toBe('Could not connect to Discord: cannot connect with [redacted]');
    const cause = described.cause as Error;
    expect(`${cause.message} ${cause.stack} ${(cause.cause as Error).message}`).not.toContain(token);
  });
});

describe('redactError', () => {
  it('redacts strings and leaves other values alone', () => {
    expect(redactError(`token=${token}`, token)).toBe('token=[redacted]');
    expect(redactError({ code: 4004 }, token)).toEqual({ code: 4004 });
  });
});
