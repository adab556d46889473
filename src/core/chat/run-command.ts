import { z } from 'zod';
import { AppError } from './app-error.ts';
import type { ChatContext } from './chat-context.ts';
import type { Command } from './define-command.ts';

/**
 * Validates raw option values against the command's schema and runs it. Options may come as a
 * record (Discord slash options) or as the free text after the command (Telegram, console), which
 * goes to the command's `restOption`. Invalid input becomes an `AppError('bad_input')` whose
 * message names the problem, so adapters can show it as is.
 */
export async function runCommand(command: Command, ctx: ChatContext, raw: Record<string, unknown> | string): Promise<void> {
  const record = typeof raw === 'string' ? textToOptions(command, raw) : raw;
  const parsed = command.options.safeParse(record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? `${String(first.path[0])}: ` : '';
    throw new AppError('bad_input', `${where}${first?.message ?? 'invalid input'} (/${command.name})`, { cause: parsed.error });
  }
  await command.run(ctx, parsed.data);
}

function textToOptions(command: Command, text: string): Record<string, unknown> {
  const names = Object.keys(command.options.shape);
  const rest = command.restOption ?? names[0];
  const trimmed = text.trim();
  if (rest === undefined || trimmed === '') return {};
  return { [rest]: trimmed };
}

/** A question or query: trimmed, not empty, not huge. Shared by the commands that take text. */
export function textOption(description: string, maxLength = 500) {
  return z
    .string({ error: 'please type some text / 请输入内容' })
    .trim()
    .min(1, { error: 'please type some text / 请输入内容' })
    .max(maxLength, { error: `too long: at most ${maxLength} characters / 太长了，最多 ${maxLength} 个字符` })
    .describe(description);
}
