import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { describeError, redactingLogger, redactToken } from '../../../src/adapters/telegram/redact.ts';
import type { Logger } from '../../../src/logger.ts';
import { TOKEN } from './updates.ts';

describe('token redaction', () => {
  it('removes the configured token and anything shaped like a bot token', () => {
    expect(redactToken(`GET https://api.telegram.org/bot${TOKEN}/getMe`, TOKEN)).toBe('GET https://api.telegram.org/bot[redacted]/getMe');
    expect(redactToken('url /bot7654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage')).toBe('url /bot[redacted]/sendMessage');
    expect(redactToken('讯飞星火 5:30 发布')).toBe('讯飞星火 5:30 发布');
  });

  it('describes grammY errors in one token-free line', () => {
    const refused = new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 401, description: 'Unauthorized' }, 'getMe', {});
    expect(describeError(refused, TOKEN)).toBe('getMe: 401 Unauthorized');
    const network = new HttpError("Network request for 'getMe' failed!", new Error(`request to http://127.0.0.1:9/bot${TOKEN}/getMe failed, reason: connect ECONNREFUSED`));
    expect(describeError(network, TOKEN)).toBe(
      "Network request for 'getMe' failed! (Error: request to http://127.0.0.1:9/bot[redacted]/getMe failed, reason: connect ECONNREFUSED)",
    );
  });

  it('wraps a logger so that messages, errors and their causes reach it without the token', () => {
    const lines: string[] = [];
    const sink: Logger = {
      debug: (m, e) => void lines.push(`${m} ${String(e)}`), info: (m, e) => void lines.push(`${m} ${JSON.stringify(e)}`),
      warn: (m) => void lines.push(m), error: (m, e) => void lines.push(`${m} ${String(e)}`),
    };
    const logger = redactingLogger(sink, TOKEN);
    logger.warn(`polling /bot${TOKEN}/getUpdates`);
    logger.info('feedback', { url: `/bot${TOKEN}/x`, question: '讯飞星火是谁发布的？' });
    logger.error('send failed', new HttpError('Network request failed!', new Error(`to /bot${TOKEN}/sendMessage`)));
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines[0]).toBe('polling /bot[redacted]/getUpdates');
    expect(lines[1]).toBe('feedback {"url":"/bot[redacted]/x","question":"讯飞星火是谁发布的？"}');
    expect(lines[2]).toContain('caused by: Error: to /bot[redacted]/sendMessage');
  });
});
