export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

const ranks: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * A small leveled logger writing one line per event to `write` (stderr by default). Every
 * string in `secrets` (bot tokens) is replaced by `[redacted]` wherever it would appear,
 * including inside error messages and stacks, so a token can never reach a log.
 */
export function createLogger(options: {
  level?: LogLevel;
  secrets?: Array<string | undefined>;
  write?: (line: string) => void;
} = {}): Logger {
  const min = ranks[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const redact = (text: string) => secrets.reduce((acc, secret) => acc.split(secret).join('[redacted]'), text);
  const log = (level: LogLevel) => (message: string, extra?: unknown) => {
    if (ranks[level] < min) return;
    const detail = extra === undefined ? '' : ` ${formatExtra(extra)}`;
    write(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${detail}`));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function formatExtra(extra: unknown): string {
  if (extra instanceof Error) {
    const cause = extra.cause === undefined ? '' : `\n  caused by: ${formatExtra(extra.cause)}`;
    return `${extra.stack ?? `${extra.name}: ${extra.message}`}${cause}`;
  }
  if (typeof extra === 'string') return extra;
  try {
    return JSON.stringify(extra);
  } catch {
    return String(extra);
  }
}

/** A logger that drops everything: for tests and quiet CLIs. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
