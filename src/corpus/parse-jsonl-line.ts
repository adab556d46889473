import type { Article } from '../core/article.ts';
import { formatIssues, jsonlRowSchema } from './article-schema.ts';
import { parsed, problem, type ParseResult } from './parse-result.ts';

/** The base of a JSONL file's row ids: its name without directories and `.jsonl` / `.jsonl.gz`. */
export function jsonlBaseName(file: string): string {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  return base.replace(/\.jsonl(\.gz)?$/i, '');
}

/**
 * Parses one line of a corpus `.jsonl` file, `{title, date, source, url, text}` with paragraphs
 * joined by `\n`. The id is `<file base name>-<lineNo>` (1-based), stable as long as rows keep their lines.
 * @example
 * parseJsonlLine('{"title":"标题","date":"2023-01-13","source":"腾讯新闻","url":"","text":"一\\n二"}', 'qq.jsonl', 3)
 * // { ok: true, article: { id: 'qq-3', …, paragraphs: ['一', '二'] } }
 */
export function parseJsonlLine(line: string, file: string, lineNo: number): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problem(file, `invalid JSON: ${message}`, lineNo);
  }
  const row = jsonlRowSchema.safeParse(data);
  if (!row.success) return problem(file, formatIssues(row.error), lineNo);

  const paragraphs = row.data.text
    .split('\n')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return problem(file, 'empty body: text has no paragraphs', lineNo);

  const { title, date, source, url, author } = row.data;
  const article: Article = { id: `${jsonlBaseName(file)}-${lineNo}`, title, date, source, url, paragraphs };
  if (author !== undefined) article.author = author;
  return parsed(article);
}
