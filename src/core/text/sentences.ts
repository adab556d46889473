/** A sentence as offsets into its paragraph: `paragraph.slice(start, end)` is the sentence. */
export interface Span {
  start: number;
  end: number;
}

const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', ')', '）', '》', '】']);
const HARD_STOPS = new Set(['。', '！', '？', '!', '?', '；', ';']);

/**
 * Splits a paragraph into sentences (and `；`-separated clauses, which in news prose usually
 * carry one event each). Works on folded text, where full-width `？！；` may already be ASCII.
 * Closing quotes and brackets after a stop stay with their sentence; a `.` ends a sentence only
 * before white space or the end and not between digits or inside Latin names (`3.24万`,
 * `X.AI`, `GPT-3.5`); `…`/`……` ends one only when followed by a new clause.
 * @example splitSentences('他说:“好。”然后走了。') // [{start:0,end:8},{start:8,end:13}]
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    let stop = HARD_STOPS.has(ch) || (ch === '.' && isSentenceDot(text, i)) || isEllipsisStop(text, i);
    if (stop) {
      let end = i + 1;
      // Runs of stops (`？！`, `……`) and the closing quotes after them belong to this sentence.
      while (end < text.length && (HARD_STOPS.has(text[end]!) || text[end] === '…' || CLOSERS.has(text[end]!))) end++;
      pushSpan(text, spans, start, end);
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  pushSpan(text, spans, start, text.length);
  return spans;
}

function isSentenceDot(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next === undefined) return true;
  if (next !== ' ' && next !== '\n' && !CLOSERS.has(next)) return false;
  const prev = text[i - 1] ?? '';
  // `No. 1`, `Inc. ` and single capitals (`U.S. `) are abbreviations more often than ends.
  return !/^[A-Z]$/.test(prev) || !/[A-Za-z]/.test(text[i - 2] ?? '');
}

function isEllipsisStop(text: string, i: number): boolean {
  if (text[i] !== '…') return false;
  const next = text[i + 1];
  return next !== undefined && next !== '…' && /[\s“"‘「]/.test(next);
}

function pushSpan(text: string, spans: Span[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s && /[^\s\p{P}]/u.test(text.slice(s, e))) spans.push({ start: s, end: e });
  else if (e > s && spans.length > 0) spans[spans.length - 1]!.end = e; // stray punctuation joins the previous sentence
}

/** Splits an article body into paragraphs: blank lines or single newlines, trimmed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
