import type { z } from 'zod';
import type { ChatContext } from './chat-context.ts';
import type { CommandSummary } from './reply.ts';

/** Option values must be strings, numbers or booleans so every platform can collect them. */
type OptionShape = Record<string, z.ZodType<string | number | boolean | undefined>>;

export interface Command<Shape extends OptionShape = OptionShape> {
  /** Lower-case, as typed after `/`; equals the file name in `commands/`. */
  name: string;
  /** One line, at most 100 characters (Discord's limit for slash command descriptions). */
  description: string;
  /** Options in the order a user would type them; `.describe()` each one for help and menus. */
  options: z.ZodObject<Shape>;
  /**
   * Which option takes "the rest of the line" when a platform has only free text
   * (`/ask 5月谁发布了大模型？` on Telegram or the console). Defaults to the first option.
   */
  restOption?: keyof Shape & string;
  run(ctx: ChatContext, input: z.infer<z.ZodObject<Shape>>): Promise<void>;
}

/**
 * Declares a chat command once; every adapter and the console are generated from the list.
 * @example
 * export default defineCommand({
 *   name: 'ask', description: 'Ask a question',
 *   options: z.object({ question: z.string().describe('Your question') }),
 *   run: async (ctx, { question }) => ctx.reply({ kind: 'answer', answer: ctx.engine.answer(question) }),
 * });
 */
export function defineCommand<Shape extends OptionShape>(command: Command<Shape>): Command<Shape> {
  if (!/^[a-z][a-z0-9_-]{0,31}$/.test(command.name)) {
    throw new Error(`defineCommand: invalid name ${JSON.stringify(command.name)}: use 1-32 lower-case letters, digits, - or _`);
  }
  if (command.description.length === 0 || command.description.length > 100) {
    throw new Error(`defineCommand(${command.name}): description must be 1-100 characters`);
  }
  return command;
}

/** The platform-neutral summary of a command, for help texts and command menus. */
export function summarizeCommand(command: Command): CommandSummary {
  const shape = command.options.shape;
  return {
    name: command.name,
    description: command.description,
    options: Object.entries(shape).map(([name, schema]) => ({
      name,
      description: schema.description ?? name,
      required: !schema.safeParse(undefined).success,
    })),
  };
}
