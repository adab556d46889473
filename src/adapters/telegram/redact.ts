import { GrammyError, HttpError } from 'grammy';
import type { Logger } from '../../logger.ts';

/**
 * Bot API URLs embed the token (`/bot123:ABC…/sendMessage`), and network errors from the HTTP
 * client quote the URL. Everything this adapter logs goes through here first, whatever the
 * logger's own redaction is configured to do.
 */
const TOKEN_IN_TEXT = /\d{3,}:[\w-]{20,}/g;

export function redactToken(text: string, token?: string): string {
  const withoutToken = token !== undefined && token.length > 0 ? text.split(token).join('[redacted]') : text;
  return withoutToken.replace(TOKEN_IN_TEXT, '[redacted]');
}

/** A one-line, token-free description of an error from grammY (or anything else). */
export function describeError(error: unknown, token?: string): string {
  let text: string;
  if (error instanceof GrammyError) text = `${error.method}: ${error.error_code} ${error.description}`;
  else if (error instanceof HttpError) text = `${error.message} (${errorMessage(error.error)})`;
  else text = errorMessage(error);
  return redactToken(text, token);
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : `; caused by ${errorMessage(error.cause)}`;
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}

/** Wraps a logger so that messages and error details are token-free before they reach it. */
export function redactingLogger(logger: Logger, token: string): Logger {
  const wrap = (level: keyof Logger) => (message: string, extra?: unknown) => {
    logger[level](redactToken(message, token), extra instanceof Error ? errorReport(extra, token) : scrub(extra, token));
  };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

/** The stack and the chain of causes (grammY's `HttpError` keeps its cause in `.error`). */
function errorReport(error: Error, token: string): string {
  const inner = error instanceof HttpError ? error.error : error.cause;
  const cause = inner === undefined ? '' : `\n  caused by: ${inner instanceof Error ? errorReport(inner, token) : String(inner)}`;
  return redactToken(`${error.stack ?? describeError(error)}${cause}`, token);
}

function scrub(extra: unknown, token: string): unknown {
  if (extra === undefined) return undefined;
  if (typeof extra === 'string') return redactToken(extra, token);
  try {
    return JSON.parse(redactToken(JSON.stringify(extra), token)) as unknown;
  } catch {
    return redactToken(String(extra), token);
  }
}
