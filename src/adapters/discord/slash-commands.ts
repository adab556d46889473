import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { z } from 'zod';
import { summarizeCommand, type Command } from '../../core/chat/define-command.ts';
import { LIMITS, cut } from './limits.ts';

type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;
type SlashOption = NonNullable<SlashCommand['options']>[number];

/**
 * The slash command Discord should show for a command: each zod option becomes a Discord option
 * (a string unless the schema is a number or boolean), required unless the schema accepts
 * `undefined`, with the `.describe()` text and the schema's length bounds, so Discord itself
 * stops a too-long question before it reaches us.
 */
export function toSlashCommand(command: Command): SlashCommand {
  const summary = summarizeCommand(command);
  const shape = command.options.shape as Record<string, z.ZodType>;
  const options = summary.options.map((option): SlashOption => {
    const schema = unwrap(shape[option.name]!);
    const base = { name: option.name, description: cut(option.description, LIMITS.optionDescription), required: option.required };
    if (schema.type === 'number') return { ...base, type: ApplicationCommandOptionType.Number };
    if (schema.type === 'boolean') return { ...base, type: ApplicationCommandOptionType.Boolean };
    return {
      ...base,
      type: ApplicationCommandOptionType.String,
      ...(schema.minLength != null && schema.minLength > 0 ? { min_length: Math.min(schema.minLength, 6000) } : {}),
      ...(schema.maxLength != null ? { max_length: Math.min(schema.maxLength, 6000) } : {}),
    };
  });
  return {
    name: command.name,
    description: cut(command.description, LIMITS.optionDescription),
    type: ApplicationCommandType.ChatInput,
    options,
    // Usable in servers and in DMs with the bot.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

/** The schema under `.optional()`, `.default()` and `.nullable()`, with what slash options need of it. */
function unwrap(schema: z.ZodType): { type: string; minLength?: number | null; maxLength?: number | null } {
  let current = schema as unknown as { _zod: { def: { type: string; innerType?: unknown } }; minLength?: number | null; maxLength?: number | null };
  while (['optional', 'default', 'nullable', 'prefault'].includes(current._zod.def.type) && current._zod.def.innerType) {
    current = current._zod.def.innerType as typeof current;
  }
  return { type: current._zod.def.type, minLength: current.minLength, maxLength: current.maxLength };
}

/**
 * Reads a slash interaction's option values back into the record `runCommand` validates;
 * options the user left out are absent, so zod applies its defaults.
 */
export function readOptions(command: Command, get: (name: string) => { value?: string | number | boolean } | null): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const name of Object.keys(command.options.shape)) {
    const value = get(name)?.value;
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}
