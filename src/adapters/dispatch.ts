import { AppError } from '../core/chat/app-error.ts';
import type { ChatContext } from '../core/chat/chat-context.ts';
import type { Command } from '../core/chat/define-command.ts';
import { runCommand } from '../core/chat/run-command.ts';
import type { Logger } from '../logger.ts';

export const APOLOGY = 'Sorry, something went wrong while answering. Please try again later. / 抱歉，出错了，请稍后再试。';

/**
 * Runs a command at the edge: expected failures (`AppError`) are shown to the user with their
 * own message; anything else is logged in full and the user gets a short apology. Returns the
 * error it handled, if any, so an adapter can e.g. make its reply ephemeral.
 */
export async function dispatchCommand(
  command: Command,
  ctx: ChatContext,
  raw: Record<string, unknown> | string,
  logger: Logger,
): Promise<AppError | Error | undefined> {
  try {
    await runCommand(command, ctx, raw);
    return undefined;
  } catch (error) {
    const known = error instanceof AppError;
    if (!known) logger.error(`/${command.name} failed on ${ctx.platform} (user ${ctx.user.id})`, error);
    else logger.debug(`/${command.name}: ${error.code}: ${error.message}`);
    try {
      await ctx.reply({ kind: 'text', text: known ? error.message : APOLOGY });
    } catch (replyError) {
      logger.error(`could not tell the user about a failed /${command.name}`, replyError);
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
