import { parse, type HTMLElement } from 'node-html-parser';
import { cleanBody, parseMetaLine, type ArticleDraft, type ExtractResult } from './clean-text.ts';
import { findDate } from './find-date.ts';
import { joinWrappedLines } from './join-lines.ts';

/** Elements that never hold the article's text nor its date line. */
const FURNITURE = 'script, style, noscript, template, nav, footer, aside, form, iframe, svg';
/** Elements whose text is one body paragraph; headings keep section titles such as `01.…`. */
const PARAGRAPH_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/** The visible text of an element as one line: HTML white space collapsed, `<br>` breaks joined as wraps. */
function textOf(element: HTMLElement): string {
  const lines = element.text.replace(/\u00a0/g, ' ').split('\n');
  return joinWrappedLines(lines.map((line) => line.replace(/[ \t\f\r]+/g, ' ')));
}

function metaContent(root: HTMLElement, selectors: string[]): string {
  for (const selector of selectors) {
    const value = root.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
}

/** `标题_网站名`, `标题 - 网站名`: the longest part is the headline. */
function stripSiteName(title: string): string {
  const parts = title.split(/\s*(?:[_|｜–—]|\s-\s)\s*/).filter((part) => part !== '');
  return parts.reduce((best, part) => (part.length > best.length ? part : best), '');
}

/** The element holding the article: `<article>`, an `articleBody`, `<main>`, else the parent of the most paragraph text. */
function findContent(root: HTMLElement): HTMLElement {
  const marked = root.querySelector('[itemprop="articleBody"]') ?? root.querySelector('article') ?? root.querySelector('main');
  if (marked) return marked;
  const scores = new Map<HTMLElement, number>();
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentNode;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + textOf(p).length);
  }
  let best: HTMLElement = root;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best;
}

/** Paragraph elements in document order, not descending into a paragraph (a `<p>` in a `<blockquote>` counts once). */
function paragraphLines(element: HTMLElement, into: string[] = []): string[] {
  for (const child of element.childNodes) {
    const node = child as HTMLElement;
    if (node.nodeType !== 1) continue;
    if (PARAGRAPH_TAGS.has(node.tagName) && !node.querySelector('p')) into.push(textOf(node));
    else paragraphLines(node, into);
  }
  return into;
}

/** Short lines outside the paragraphs (bylines, date lines) where pages print date and outlet. */
function infoLines(root: HTMLElement): string[] {
  return root
    .querySelectorAll('div, span, p, time, small, em')
    .filter((element) => element.childNodes.every((node) => node.nodeType === 3 || ['SPAN', 'A', 'EM', 'TIME', 'B', 'STRONG'].includes((node as HTMLElement).tagName)))
    .map(textOf)
    .filter((line) => line.length > 0 && line.length <= 80);
}

/**
 * Finds title, date, source, author, url and body paragraphs in a saved HTML page: title from
 * og:title, `<h1>` or `<title>`; date from article meta tags, `<time datetime>` or a date line;
 * body from the `<p>` (and heading) elements of the main content, cleaned like plain text.
 * @example
 * extractArticleFromHtml('<title>标题_某网</title><article><p>第一段。</p></article>')
 * // { ok: true, draft: { title: '标题', date: '', source: '', url: '', paragraphs: ['第一段。'] } }
 */
export function extractArticleFromHtml(html: string): ExtractResult {
  const root = parse(html.replace(/<br\s*\/?>/gi, '\n'), { comment: false });
  const h1 = root.querySelector('h1');
  const titleTag = root.querySelector('title');
  const title = metaContent(root, ['meta[property="og:title"]', 'meta[name="og:title"]']) || (h1 ? textOf(h1) : '') || (titleTag ? stripSiteName(textOf(titleTag)) : '');
  if (title === '' || title.length > 200) return { ok: false, reason: 'no title found: the page has no og:title, <h1> or <title>' };

  const dateMeta = metaContent(root, ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="PubDate"]', 'meta[name="publishdate"]', 'meta[name="publish_date"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]']);
  const timeAttr = root.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  for (const element of root.querySelectorAll(FURNITURE)) element.remove();
  const info = infoLines(root);
  const metaLine = info.map(parseMetaLine).find((found) => found !== undefined);
  const date = findDate(dateMeta)?.date ?? findDate(timeAttr)?.date ?? metaLine?.date ?? '';
  const labelledSource = info.map((line) => /(?:来源|出处|稿源)\s*[:：]\s*([^\s:：]+)/.exec(line)?.[1]).find((found) => found !== undefined);
  const source = labelledSource ?? (metaContent(root, ['meta[name="source"]', 'meta[property="og:site_name"]']) || metaLine?.source || '');

  // Page headers hold the site's banner and the headline, never body text.
  for (const element of root.querySelectorAll('header')) element.remove();
  const headline = h1 ? textOf(h1) : '';
  const lines = paragraphLines(findContent(root)).filter((line) => line !== headline);
  const body = cleanBody(lines);
  if (body.paragraphs.length === 0) return { ok: false, reason: `no body paragraphs found: no <p> text in the main content of "${title}"` };

  const url = root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(root, ['meta[property="og:url"]']);
  const draft: ArticleDraft = { title, date, source, url: /^https?:\/\//.test(url) ? url : '', paragraphs: body.paragraphs };
  const author = metaContent(root, ['meta[name="author"]', 'meta[property="article:author"]']) || metaLine?.author || body.author;
  if (author) draft.author = author;
  return { ok: true, draft };
}
