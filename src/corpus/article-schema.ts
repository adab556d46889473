import { z } from 'zod';

/** True for `YYYY-MM-DD` strings that name a real calendar day (no 2023-02-30). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A required text field whose messages say "required" rather than "expected string, received undefined". */
function requiredText(what: string) {
  return z.string({
    error: (issue) => {
      if (issue.input === undefined) return `${what} is required`;
      const hint = typeof issue.input === 'number' || typeof issue.input === 'boolean' ? ' (put it in quotes)' : '';
      return `${what} must be text, got ${typeof issue.input}${hint}`;
    },
  });
}

/**
 * `''` means unknown (as in `Article.date`); anything else must be a real `YYYY-MM-DD` day.
 * YAML 1.1 readers turn an unquoted 2023-05-16 into a Date, so a Date is accepted and written back as text.
 */
const dateField = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  requiredText('date').refine((value) => value === '' || isCalendarDate(value.trim()), {
    error: (issue) => `date must be a real day written YYYY-MM-DD (e.g. 2023-05-16), got ${JSON.stringify(issue.input)}`,
  }),
).transform((value) => value.trim());

const urlField = requiredText('url')
  .trim()
  .refine((value) => value === '' || z.url({ protocol: /^https?$/ }).safeParse(value).success, {
    error: (issue) => `url must be an http(s) URL or "" when unknown, got ${JSON.stringify(issue.input)}`,
  });

const metadataShape = {
  title: requiredText('title').trim().min(1, 'title is empty'),
  date: dateField,
  /** The outlet; `''` when unknown. */
  source: requiredText('source').trim(),
  url: urlField,
  author: z.string({ error: 'author must be text' }).trim().min(1, 'author is empty: leave the field out instead').optional(),
};

/** YAML front matter of a corpus Markdown file. Unknown keys (tags, notes) are allowed and ignored. */
export const frontMatterSchema = z.object(metadataShape, { error: 'front matter must be a mapping of fields (title, date, source, url)' });

/** One row of a corpus `.jsonl` file: the metadata plus `text`, paragraphs joined by `\n`. */
export const jsonlRowSchema = z.object(
  { ...metadataShape, text: requiredText('text') },
  { error: 'each line must be a JSON object {title, date, source, url, text}' },
);

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type JsonlRow = z.infer<typeof jsonlRowSchema>;

/**
 * One readable line from zod's own issue messages, each prefixed with its field when the message
 * does not already name it.
 * @example formatIssues(error) // 'title is required; date must be a real day written YYYY-MM-DD …'
 */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      return field === '' || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
    })
    .join('; ');
}
