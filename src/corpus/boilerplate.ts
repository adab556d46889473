/**
 * Line classifiers for scraped news pages. Each one looks at the shape of a line (short items
 * between separators, a marker word at the start, a licence number), never at one site's strings,
 * so they carry over to pages from other outlets.
 */

/** Ends of a sentence or quotation: a line ending so is prose, not a link or menu item. */
const SENTENCE_END = /[。！？!?…；;”」』）)】\]."'》]$/;

/** Navigation bars: three or more short items between `|` (or `｜`, `·`), e.g. `首页|必读|视频`. */
export function isNavigationLine(line: string): boolean {
  const items = line.split(/\s*[|｜·•]\s*/).filter((item) => item !== '');
  if (items.length >= 3 && items.every((item) => item.length <= 10 && !SENTENCE_END.test(item))) return true;
  // Menus written with spaces only: four or more 2–6 character words and no punctuation at all.
  const words = line.split(/\s+/);
  return words.length >= 4 && words.every((word) => /^[\p{L}\p{N}]{2,6}$/u.test(word));
}

/** Breadcrumbs: `首页 >> 应用 >> 正文`, `首页 > 科技 > 正文`, `当前位置：首页 > …`. */
export function isBreadcrumb(line: string): boolean {
  if (/^(当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/.test(line)) return true;
  const short = (items: string[]): boolean => items.every((item) => item !== '' && item.length <= 12);
  const strong = line.split(/\s*(?:>>|＞＞|»|›)\s*/);
  if (strong.length >= 2 && short(strong)) return true;
  // A single `>` also appears in prose (增长>50%), so it needs three items or a home link first.
  const weak = line.split(/\s*(?:>|＞|→)\s*/);
  return weak.length >= 2 && short(weak) && (weak.length >= 3 || /^(首页|主页|网站首页|home)$/i.test(weak[0] ?? ''));
}

/** A line that is only a web address. */
export function isUrlLine(line: string): boolean {
  return /^https?:\/\/\S+$/.test(line);
}

/** A labelled address near the article (`原文链接: https://…`, `URL: …`), or a bare one. */
export function findUrl(line: string): string | undefined {
  const labelled = /^(?:原文(?:链接|地址)|本文(?:链接|地址)|链接|网址|来源链接|url|source)\s*[:：]\s*(https?:\/\/\S+)$/i.exec(line);
  if (labelled) return labelled[1];
  return isUrlLine(line) ? line : undefined;
}

export interface Byline {
  role: 'author' | 'editor';
  name: string;
}

const BYLINE = /^[【\[(（]?\s*(责任编辑|责编|编\s*辑|编者|作\s*者|记\s*者|撰\s*文|撰\s*稿|采\s*写|文|文字)\s*[】\])）]?\s*[:：丨|｜/]\s*(\S.*)$/;

/**
 * An author or editor credit: `编 辑:章芳`, `作者丨叶蓁 编辑丨康晓`, `【责任编辑：王五】`.
 * Returns the first credited name (authors before editors), or undefined for any other line.
 * @example parseByline('编 辑:章芳') // { role: 'editor', name: '章芳' }
 */
export function parseByline(line: string): Byline | undefined {
  if (line.length > 40) return undefined;
  const match = BYLINE.exec(line);
  if (!match) return undefined;
  const label = (match[1] ?? '').replace(/\s+/g, '');
  const rest = match[2] ?? '';
  const name = rest.split(/[\s,，、;；】\])）]/)[0]?.trim() ?? '';
  if (name === '' || name.length > 20) return undefined;
  const role = /编/.test(label) ? 'editor' : 'author';
  // A second credit on the same line (`作者丨叶蓁 编辑丨康晓`): prefer the author's.
  const second = parseByline(rest.slice(rest.indexOf(name) + name.length).trim());
  if (role === 'editor' && second?.role === 'author') return second;
  return { role, name };
}

/** Metadata labels that sometimes stand alone between the header and the body. */
const META_LABEL = /^(来源|出处|稿源|原标题|字号|分享到|阅读|阅读数|阅读量|浏览|浏览次数|点击|点击数|评论|发布时间|时间|日期)\s*[:：]/;

/** A short metadata line between header and body (`原标题：…`, `分享到：`), dropped with the header. */
export function isMetaLine(line: string): boolean {
  return line.length <= 60 && META_LABEL.test(line);
}

/**
 * Where the article ends: an editor credit, a disclaimer, a "related news" heading, a copyright
 * or licence line, a reprint notice, `（完）`, or a navigation bar. Everything from here on is page furniture.
 */
export function isEndMarker(line: string): boolean {
  if (parseByline(line)) return true;
  if (/^[【\[(（]?\s*(免责声明|版权声明|特别声明|声明)\s*[】\])）]?\s*[:：]/.test(line)) return true;
  if (line.length <= 20 && /^(相关(新闻|阅读|文章|报道|推荐|链接|资讯|专题)|推荐(阅读|文章|新闻)|延伸阅读|扩展阅读|热门(推荐|文章|新闻|资讯)|精彩(推荐|专题)|猜你喜欢|更多(精彩|阅读|新闻)|往期(回顾|推荐))/.test(line)) return true;
  if (/copyright|©|all rights reserved|版权所有/i.test(line)) return true;
  if (/ICP[备证]|公网安备|经营许可证/.test(line)) return true;
  if (line.length <= 60 && /(禁止|不得|谢绝)转载|转载请注明|未经.{0,6}(许可|授权)/.test(line)) return true;
  if (/^[（(【\[]\s*完\s*[）)】\]]$/.test(line)) return true;
  return isNavigationLine(line) || isBreadcrumb(line);
}

/** A short line with no sentence ending, as link lists and share buttons at the end of a page are. */
export function isLinkLike(line: string): boolean {
  return isUrlLine(line) || (line.length <= 30 && !SENTENCE_END.test(line));
}
