/**
 * Characters written without spaces between them: Han, kana, Hangul, CJK and full-width
 * punctuation, plus the curly quotes, ellipsis and dash that Chinese text uses.
 */
const WIDE = /[\u1100-\u11ff\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;

function isWide(char: string | undefined): boolean {
  return char !== undefined && WIDE.test(char);
}

/**
 * Joins the lines of one wrapped paragraph: no space where both sides are CJK (a line break inside
 * Chinese text is not a word gap), one space otherwise. Lines are trimmed; empty lines are dropped.
 * @example joinWrappedLines(['大模型是', '底层基础设施', 'for AI']) // '大模型是底层基础设施 for AI'
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (joined === '') {
      joined = line;
      continue;
    }
    const last = Array.from(joined.slice(-2)).at(-1);
    const first = String.fromCodePoint(line.codePointAt(0) ?? 0);
    joined += isWide(last) && isWide(first) ? line : ` ${line}`;
  }
  return joined;
}

/**
 * Splits a body into paragraphs at blank lines, joining wrapped lines inside each paragraph.
 * @example splitParagraphs('第一段\n接着\n\n第二段') // ['第一段接着', '第二段']
 */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t\u3000]*\n/)
    .map((block) => joinWrappedLines(block.split('\n')))
    .filter((paragraph) => paragraph !== '');
}
