import { stringify } from 'yaml';
import type { Article } from '../core/article.ts';

/**
 * Writes an article as a corpus Markdown file: YAML front matter (title, date, source, url,
 * author when known) and the paragraphs separated by blank lines. `parseMarkdownArticle` reads it back unchanged.
 * @example renderMarkdownArticle({ id: 'a', title: '标题', date: '2023-05-16', source: 'DoNews', url: '', paragraphs: ['一。', '二。'] })
 * // '---\ntitle: 标题\ndate: 2023-05-16\nsource: DoNews\nurl: ""\n---\n\n一。\n\n二。\n'
 */
export function renderMarkdownArticle(article: Article): string {
  const { title, date, source, url, author } = article;
  const frontMatter = stringify(author === undefined ? { title, date, source, url } : { title, date, source, url, author }, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${article.paragraphs.join('\n\n')}\n`;
}
