import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional());

/**
 * Every environment variable the bot reads. `.env.example` lists exactly these keys
 * (a test checks it). Empty strings count as unset, as an `.env` copied from the example has them.
 */
export const configSchema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  /** Where index snapshots go; ignored by git. */
  CACHE_DIR: z.string().trim().min(1).default('.cache'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(z.string().regex(/^\d{15,25}$/, 'must be the numeric application id').optional()),
  DISCORD_GUILD_ID: optionalText.pipe(z.string().regex(/^\d{15,25}$/, 'must be a numeric server (guild) id').optional()),
  DISCORD_API_BASE: optionalUrl,

  TELEGRAM_TOKEN: optionalText.pipe(z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-DEF… as BotFather gives it').optional()),
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'use 1-256 letters, digits, _ or -').optional()),

  /** Port of the HTTP server (Telegram webhook, health check). */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown with every problem in the environment at once, each naming its variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses an environment record once, in `main`. Never logs values: tokens are secrets.
 * @example loadConfig({ CORPUS_DIR: 'corpus' }).CORPUS_DIR // 'corpus'
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    // prettifyError names each variable and says what is wrong, without echoing the bad value.
    throw new ConfigError(`Invalid configuration (check your environment or .env):\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
