import { AppError } from '../../core/chat/app-error.ts';

/** Gateway close codes after which Discord will not let the bot in until the operator acts. */
const CLOSE_REASONS: Record<number, string> = {
  4004: 'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed): copy the bot token again from the developer portal (Bot → Reset Token).',
  4013: 'Discord rejected the gateway intents (close 4013, invalid intents).',
  4014:
    'Discord refused the Message Content intent (close 4014, disallowed intents): enable "Message Content Intent" under Bot → Privileged Gateway Intents in the developer portal.',
};

const INVALID_TOKEN =
  'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the developer portal (Bot → Reset Token); it is not the application id or the client secret.';

/**
 * Turns a failed login into an error that says what to fix, naming the variable but never
 * containing the token. `closeCode` is the gateway close code seen during the attempt, if any.
 */
export function describeLoginError(error: unknown, closeCode: number | undefined, token: string): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  const status = (error as { status?: unknown } | null)?.status;
  if (closeCode !== undefined && CLOSE_REASONS[closeCode]) return new AppError('config', CLOSE_REASONS[closeCode], { cause: redactError(error, token) });
  if (code === 'TokenInvalid' || status === 401) return new AppError('config', INVALID_TOKEN, { cause: redactError(error, token) });
  if (code === 'DisallowedIntents') return new AppError('config', CLOSE_REASONS[4014]!, { cause: redactError(error, token) });
  const message = error === undefined && closeCode !== undefined ? `the gateway closed with code ${closeCode}` : error instanceof Error ? error.message : String(error);
  return new AppError('config', `Could not connect to Discord: ${redact(message, token)}`, { cause: redactError(error, token) });
}

/** A copy of an error with the token taken out of its message, stack and causes. */
export function redactError(error: unknown, token: string): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redact(error, token) : error;
  const cause = error.cause === undefined ? {} : { cause: redactError(error.cause, token) };
  const copy = new Error(redact(error.message, token), cause);
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redact(error.stack, token);
  return copy;
}

export function redact(text: string, token: string): string {
  return token.length === 0 ? text : text.split(token).join('[redacted]');
}
