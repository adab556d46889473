import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Article } from '../core/article.ts';
import { formatIssues, frontMatterSchema } from './article-schema.ts';
import { splitParagraphs } from './join-lines.ts';
import { parsed, problem, type ParseResult } from './parse-result.ts';

const FENCE = /^---[ \t]*$/;

/** The id of a Markdown article: its file name without directories or extension. */
export function markdownArticleId(file: string): string {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  return base.replace(/\.(md|markdown)$/i, '');
}

/** The YAML error's first line, with its position counted in lines of the whole file (the front matter starts on line 2). */
function describeYamlError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?\s*$/, '');
  const position = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
  return position ? `${message} (line ${position.line + 1} of the file)` : message;
}

/**
 * Parses one corpus Markdown file: YAML front matter between `---` lines, then the body, whose
 * paragraphs are separated by blank lines (wrapped lines inside a paragraph are joined).
 * `file` is the path relative to the corpus directory; it names problems and gives the id.
 * @example
 * parseMarkdownArticle('---\ntitle: 标题\ndate: 2023-05-16\nsource: DoNews\nurl: ""\n---\n\n第一段\n', 'a.md')
 * // { ok: true, article: { id: 'a', title: '标题', …, paragraphs: ['第一段'] } }
 */
export function parseMarkdownArticle(text: string, file: string): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return problem(file, 'no front matter: the file must start with a "---" line, then title, date, source and url, then "---"');
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return problem(file, 'front matter is not closed: add a "---" line after the fields');

  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    return problem(file, `front matter is not valid YAML: ${describeYamlError(error)}`);
  }
  const meta = frontMatterSchema.safeParse(data ?? {});
  if (!meta.success) return problem(file, formatIssues(meta.error));

  const paragraphs = splitParagraphs(lines.slice(end + 1).join('\n'));
  if (paragraphs.length === 0) return problem(file, 'empty body: write the article text after the front matter');

  const { title, date, source, url, author } = meta.data;
  const article: Article = { id: markdownArticleId(file), title, date, source, url, paragraphs };
  if (author !== undefined) article.author = author;
  return parsed(article);
}
