import type { APIEmbed } from 'discord.js';

/** Discord's message limits, in UTF-16 code units (never more than Discord's own count). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  /** Title + description + field names and values + footer, summed over every embed of a message. */
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  /** Slash command and option descriptions. */
  optionDescription: 100,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 code units, ending with `…` when it had to cut. Never
 * leaves half a surrogate pair (an emoji or a rare CJK character) before the ellipsis.
 * @example cut('讯飞星火认知大模型', 5) // '讯飞星火…'
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Breaks `@everyone` and `@here` with a zero-width space, so that even if a message were sent
 * without `allowedMentions`, corpus text or a question could not ping a whole server.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** What Discord counts against the 6,000-character budget of one embed. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  total += embed.author?.name.length ?? 0;
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/**
 * Makes an embed fit every limit: each part cut to its own limit, at most 25 fields, and, when
 * the whole is still over 6,000, the description shortened (down to `descriptionFloor`) before
 * the last fields are dropped, and only then cut further. Fields hold the citations, so they
 * outrank a very long description.
 */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal, descriptionFloor = 1000): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = cut(fitted.title, LIMITS.title);
  if (fitted.description !== undefined) fitted.description = cut(fitted.description, LIMITS.description);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: cut(fitted.footer.text, LIMITS.footer) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: cut(field.name, LIMITS.fieldName) || '\u200b',
      value: cut(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  const shortenDescription = (floor: number) => {
    const over = embedLength(fitted) - budget;
    if (over > 0 && fitted.description !== undefined && fitted.description.length > floor) {
      fitted.description = cut(fitted.description, Math.max(floor, fitted.description.length - over));
    }
  };
  shortenDescription(descriptionFloor);
  while (embedLength(fitted) > budget && fitted.fields && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
  }
  shortenDescription(0);
  return fitted;
}
