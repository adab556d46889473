import type { Article } from '../core/article.ts';
import { findUrl, isBreadcrumb, isEndMarker, isLinkLike, isMetaLine, isNavigationLine, parseByline, type Byline } from './boilerplate.ts';
import { findDate } from './find-date.ts';

/** What ingestion finds in a raw page, before it gets an id and a file (`''` where the page shows nothing). */
export type ArticleDraft = Omit<Article, 'id'>;

export type ExtractResult = { ok: true; draft: ArticleDraft } | { ok: false; reason: string };

/** Facts read from the line that carries the date: `2023年5月16日 07:42  DoNews`, `2023-05-16 来源：新华社 作者：张三`. */
export interface MetaLine {
  date: string;
  source: string;
  author?: string;
}

const LABELS = '来源|出处|稿源|作者|记者|编辑|责编|发布时间|发布日期|发布|时间|日期|阅读|浏览|点击|评论';
/** `label：value`; an empty value must not swallow the next label (`发布时间： 来源：新华网`). */
const LABELLED = new RegExp(`(${LABELS})\\s*[:：]\\s*(?!(?:${LABELS})\\s*[:：])([^\\s:：]*)`, 'g');

/**
 * Reads a date line: the date, the outlet (a `来源：` field, else the first plain word left
 * after removing the date, the time and labelled fields) and a credited author.
 * @example parseMetaLine('2023年5月16日 07:42  DoNews') // { date: '2023-05-16', source: 'DoNews' }
 */
export function parseMetaLine(line: string): MetaLine | undefined {
  const found = findDate(line);
  if (!found) return undefined;
  let rest = line.slice(0, found.index) + ' ' + line.slice(found.index + found.length);
  rest = rest.replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ');
  const meta: MetaLine = { date: found.date, source: '' };
  for (const [, label, value] of rest.matchAll(LABELLED)) {
    if (!value) continue;
    if (/来源|出处|稿源/.test(label ?? '') && meta.source === '') meta.source = value;
    if (/作者|记者/.test(label ?? '') && meta.author === undefined) meta.author = value;
  }
  if (meta.source === '') {
    const words = rest.replace(LABELLED, ' ').split(/\s+/).filter((word) => /[\p{L}]/u.test(word) && !/^(发布|更新)/.test(word));
    meta.source = words[0] ?? '';
  }
  return meta;
}

/** A line short enough and plain enough to be a headline (not a sentence of the body). */
function isTitleLike(line: string): boolean {
  return line.length >= 2 && line.length <= 100 && !/[。！？]$/.test(line);
}

function isFurniture(line: string): boolean {
  return isNavigationLine(line) || isBreadcrumb(line) || findUrl(line) !== undefined;
}

/** A short dated line that is not a sentence (a repeated date/source line), unlike `2023年5月16日，百度发布。`. */
function isDateLine(line: string): boolean {
  return line.length <= 40 && !/[。！？]$/.test(line) && findDate(line) !== undefined;
}

/** Authors win over editors: the article is the writer's. */
function pickCredit(current: Byline | undefined, next: Byline): Byline {
  return current === undefined || (current.role === 'editor' && next.role === 'author') ? next : current;
}

/**
 * Keeps the article's own paragraphs out of the lines that follow its header: drops credits and
 * metadata lines at the top, stops at the first end marker (editor credit, disclaimer, related
 * links, copyright, licence numbers, navigation), then drops short link-like lines left at the end.
 * Each non-empty line is one paragraph, as scraped pages put each paragraph on its own line.
 * @example cleanBody(['作者：李四', '正文第一段。', '编 辑:章芳', '相关新闻']) // { paragraphs: ['正文第一段。'], author: '李四' }
 */
export function cleanBody(lines: readonly string[]): { paragraphs: string[]; author?: string } {
  const paragraphs: string[] = [];
  let credit: Byline | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const byline = parseByline(line);
    // Credits among the first lines open the article; a credit later on closes it.
    if (byline && paragraphs.length < 3) {
      credit = pickCredit(credit, byline);
      continue;
    }
    if (paragraphs.length === 0 && (isMetaLine(line) || isFurniture(line) || isDateLine(line))) continue;
    if (isEndMarker(line)) {
      if (byline) credit = pickCredit(credit, byline);
      break;
    }
    paragraphs.push(line);
  }
  while (paragraphs.length > 0 && isLinkLike(paragraphs.at(-1) ?? '')) paragraphs.pop();
  return credit ? { paragraphs, author: credit.name } : { paragraphs };
}

/** How far down a page the headline and its date line may sit (navigation comes first). */
const HEADER_LINES = 15;

/**
 * Finds title, date, source, author, url and body paragraphs in a scraped page saved as plain
 * text: navigation and breadcrumbs first, then the title, a date/source line, the body, and page
 * furniture after it. Pure: the caller reads the file.
 * @example
 * extractArticleFromText('首页|新闻|科技\n标题\n2023年5月16日 07:42  DoNews\n\n第一段。\n编 辑:章芳\n')
 * // { ok: true, draft: { title: '标题', date: '2023-05-16', source: 'DoNews', author: '章芳', url: '', paragraphs: ['第一段。'] } }
 */
export function extractArticleFromText(text: string): ExtractResult {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
  const url = lines.map(findUrl).find((found) => found !== undefined) ?? '';
  const content = lines.map((line, index) => ({ line, index })).filter(({ line }) => line !== '' && !findUrl(line));

  const header = content.slice(0, HEADER_LINES);
  const metaAt = header.findIndex(({ line }) => line.length <= 80 && !/[。！？]$/.test(line) && parseMetaLine(line) !== undefined);
  const meta = metaAt === -1 ? undefined : parseMetaLine(header[metaAt]!.line);

  // The headline is the last plain line above the date line or, without one (or with the date first), the first plain line.
  const above = metaAt === -1 ? [] : header.slice(0, metaAt).filter(({ line }) => !isFurniture(line) && !isMetaLine(line) && isTitleLike(line));
  const titleEntry = above.at(-1) ?? content.slice(metaAt + 1).find(({ line }) => !isFurniture(line) && !isMetaLine(line) && !parseByline(line) && isTitleLike(line));
  if (!titleEntry) return { ok: false, reason: 'no title found: expected a short headline line near the top of the page' };

  const bodyStart = Math.max(titleEntry.index, metaAt === -1 ? -1 : header[metaAt]!.index) + 1;
  const body = cleanBody(lines.slice(bodyStart));
  if (body.paragraphs.length === 0) return { ok: false, reason: `no body paragraphs found after the title "${titleEntry.line}"` };

  const draft: ArticleDraft = { title: titleEntry.line, date: meta?.date ?? '', source: meta?.source ?? '', url, paragraphs: body.paragraphs };
  const author = meta?.author ?? body.author;
  if (author !== undefined) draft.author = author;
  return { ok: true, draft };
}
