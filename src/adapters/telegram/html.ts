/**
 * Telegram HTML as data. A message is built from blocks of plain-text spans, measured and split
 * as plain text, and only then escaped and wrapped in tags: so a split can never fall inside a
 * tag or an entity like `&amp;`, and every piece of corpus or user text is escaped exactly once.
 */

/** Telegram's limit on a message's text, counted in UTF-16 units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** A run of text with at most one style; `href` must come from {@link safeHttpUrl}. */
export type Span =
  | { text: string; style?: 'b' | 'i' | 'code' }
  | { text: string; href: string };

/** A paragraph-like unit; blocks are joined by `gap` newlines (2 by default). */
export interface Block {
  spans: Span[];
  /** Wrapped in `<blockquote>` (each part of it, when split). */
  quote?: boolean;
  /** Newlines before this block when it follows another one in the same message. */
  gap?: 1 | 2;
}

/** Escapes text for Telegram's HTML parse mode (also safe inside a double-quoted attribute). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The URL, normalized, when it is an absolute http(s) URL; otherwise undefined, so that a
 * `javascript:` or malformed URL from the corpus is shown as plain text rather than linked.
 */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A linked span when the URL is safe, plain text otherwise. */
export function link(text: string, url: string): Span {
  const href = safeHttpUrl(url);
  return href === undefined ? { text } : { text, href };
}

/** The visible length of a block, as Telegram counts it. */
export function blockLength(block: Block): number {
  return block.spans.reduce((sum, span) => sum + span.text.length, 0);
}

function spanToHtml(span: Span): string {
  const text = escapeHtml(span.text);
  if ('href' in span) return `<a href="${escapeHtml(span.href)}">${text}</a>`;
  return span.style === undefined ? text : `<${span.style}>${text}</${span.style}>`;
}

/** Renders blocks of one message as Telegram HTML. */
export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((block, i) => {
      const inner = block.spans.filter((s) => s.text !== '').map(spanToHtml).join('');
      const html = block.quote ? `<blockquote>${inner}</blockquote>` : inner;
      return i === 0 ? html : '\n'.repeat(block.gap ?? 2) + html;
    })
    .join('');
}

/**
 * Groups blocks into messages whose visible text stays within `limit`, splitting an oversized
 * block at the best break it has (line, sentence, comma, space) and never inside a surrogate pair.
 */
export function packBlocks(blocks: Block[], limit: number): Block[][] {
  const messages: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    // An oversized block starts in the room left here, unless that room is too small to bother.
    const left = limit - used - (current.length === 0 ? 0 : (block.gap ?? 2));
    for (const piece of splitBlock(block, limit, left >= limit / 4 ? left : limit)) {
      const gap = current.length === 0 ? 0 : (piece.gap ?? 2);
      const length = blockLength(piece);
      if (current.length > 0 && used + gap + length > limit) {
        messages.push(current);
        current = [piece];
        used = length;
      } else {
        current.push(piece);
        used += gap + length;
      }
    }
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

function splitBlock(block: Block, limit: number, firstRoom: number): Block[] {
  if (blockLength(block) <= limit) return [block];
  const pieces: Block[] = [];
  let spans: Span[] = [];
  let room = firstRoom;
  const flush = () => {
    if (spans.length > 0) pieces.push({ ...block, gap: pieces.length === 0 ? block.gap : 1, spans });
    spans = [];
    room = limit;
  };
  for (const span of block.spans) {
    let rest = span.text;
    while (rest.length > 0) {
      if (rest.length <= room) {
        spans.push({ ...span, text: rest });
        room -= rest.length;
        break;
      }
      // A short span that merely does not fit here moves whole to the next piece.
      if (rest.length <= limit && room < limit / 4 && spans.length > 0) {
        flush();
        continue;
      }
      const cut = breakPoint(rest, room);
      if (cut > 0) spans.push({ ...span, text: rest.slice(0, cut) });
      rest = rest.slice(cut);
      flush();
    }
  }
  flush();
  return pieces;
}

const BREAKS = [/\n/g, /[。！？!?；;]|\.(?=\s)/g, /[，、,：:]/g, /\s/g];

/** Where to cut `text` so that the first part has at most `max` units: after the best break. */
function breakPoint(text: string, max: number): number {
  const window = text.slice(0, max);
  for (const pattern of BREAKS) {
    let last = -1;
    for (const match of window.matchAll(pattern)) last = match.index + match[0].length;
    // A break in the first half would leave a piece mostly empty: try a finer one.
    if (last >= max / 2) return last;
  }
  const code = text.charCodeAt(max - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return highSurrogate ? max - 1 : max;
}
