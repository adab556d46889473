/** Kinds of expected failure; each has a message that is safe to show to the user. */
export type AppErrorCode =
  | 'bad_input' // the user's input cannot be used (empty, too long, malformed)
  | 'not_found' // e.g. `/source` with an id that does not exist
  | 'rate_limited' // the user asks too often
  | 'config' // the operator's configuration is wrong
  | 'corpus'; // the corpus cannot be loaded

/**
 * The one error type for expected failures. `message` is user-safe; the original error, if any,
 * goes in `cause` and is only ever logged.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
