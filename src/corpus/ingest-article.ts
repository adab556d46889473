import type { Article } from '../core/article.ts';
import { extractArticleFromText } from './clean-text.ts';
import { extractArticleFromHtml } from './extract-html.ts';
import { findDate } from './find-date.ts';
import { parseMarkdownArticle } from './parse-markdown-article.ts';
import { renderMarkdownArticle } from './render-markdown.ts';

export type IngestResult =
  | { ok: true; fileName: string; article: Article; markdown: string }
  | { ok: false; reason: string };

const DATE_PREFIX = /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})[-_ ]+/;

/**
 * The slug of an input file: its name without directories, extension or a leading date,
 * lower-cased, with runs of anything but letters and digits turned into `-`.
 * @example slugFromFileName('raw/2023-05-16-DoNews guochan_chatgpt.txt') // 'donews-guochan-chatgpt'
 */
export function slugFromFileName(inputName: string): string {
  const base = (inputName.split(/[\\/]/).at(-1) ?? inputName).replace(/\.(txt|text|html?|xhtml)$/i, '');
  const slug = base
    .replace(DATE_PREFIX, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}

function dateFromFileName(inputName: string): string {
  const match = DATE_PREFIX.exec(inputName.split(/[\\/]/).at(-1) ?? '');
  return match ? (findDate(`${match[1]}-${match[2]}-${match[3]}`)?.date ?? '') : '';
}

function looksLikeHtml(inputName: string, content: string): boolean {
  return /\.(html?|xhtml)$/i.test(inputName) || /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

/**
 * Turns one raw page (plain text or HTML, chosen by extension or content) into a corpus article
 * and its Markdown file `<date>-<slug>.md` (`<slug>.md` when no date is found on the page or in
 * the input's name). The Markdown is read back with the loader's parser, so whatever is written loads.
 * @example ingestRawArticle(text, '2023-05-16-donews-guochan-chatgpt.txt').fileName // '2023-05-16-donews-guochan-chatgpt.md'
 */
export function ingestRawArticle(content: string, inputName: string): IngestResult {
  const extracted = looksLikeHtml(inputName, content) ? extractArticleFromHtml(content) : extractArticleFromText(content);
  if (!extracted.ok) return extracted;
  const { draft } = extracted;
  const date = draft.date || dateFromFileName(inputName);
  const slug = slugFromFileName(inputName);
  const fileName = `${date ? `${date}-` : ''}${slug}.md`;
  const article: Article = { ...draft, id: fileName.replace(/\.md$/, ''), date };

  const markdown = renderMarkdownArticle(article);
  const check = parseMarkdownArticle(markdown, fileName);
  if (!check.ok) return { ok: false, reason: `the extracted article does not validate: ${check.problem.reason}` };
  return { ok: true, fileName, article: check.article, markdown };
}
