import { findAmounts } from './amounts.ts';
import { findDates } from './dates.ts';
import type { SlotQuestion } from './slot-question.ts';

/**
 * Answer types for slots: a `when` slot should hold a date and a `多少/几` slot a number. A slot
 * that holds one is preferred, and a loose one is tightened to it (`于1994年正式` → `1994年`).
 */

const CN_DIGITS = '〇零一二两三四五六七八九十百千万亿';
/** Years, months and days as encyclopaedias write them, any era: `1562年`, `公元前221年`, `永禄5年`, `8月15日`. */
const DATE = new RegExp(
  `(?:公元前?)?(?:\\d{1,4}|[${CN_DIGITS}]{1,5})年(?:代|初|末|底)?(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|\\d{1,2}月(?:\\d{1,2}[日号])?|\\d{1,2}[日号]`,
  'g',
);
/** A number, but not the `一` of `一种`, `一条` (an article more often than a count). */
const NUMERAL = /\d|[二两三四五六七八九十百千万亿]|一[十百千万亿]|第一/;
const NUMBER = new RegExp(`\\d[\\d,.]*|[${CN_DIGITS}]+`, 'g');
/** A parenthesis right after a date usually converts it (`永禄5年（1562年）`): keep it. */
const PAREN_AFTER = /^\s?[（(][^（()）]{1,12}[)）]/;

export interface TypedSpan {
  start: number;
  end: number;
}

/** Date expressions in `text` (the shared finder plus the era and year forms it leaves out). */
function dateSpans(text: string): TypedSpan[] {
  const spans: TypedSpan[] = findDates(text).map((d) => ({ start: d.start, end: d.end }));
  for (const m of text.matchAll(DATE)) {
    if (/^[〇零一二两三四五六七八九十百千万亿]年$/.test(m[0])) continue; // `一年` is a duration
    spans.push({ start: eraStart(text, m.index!, m[0]), end: m.index! + m[0].length });
  }
  return joinRanges(text, spans);
}

/** A short year after a name is a year of an era (`天正3年`, `永禄5年`, `康熙十二年`): the name is part of the date. */
function eraStart(text: string, start: number, date: string): number {
  if (!/^(?:\d{1,3}|[〇零一二两三四五六七八九十]{1,3})年/.test(date)) return start;
  const era = /[\u4e00-\u9fff]{2}$/.exec(text.slice(Math.max(0, start - 2), start))?.[0];
  return era && !/[于在是为从自至到的年月日及和与约第前后]/.test(era) ? start - 2 : start;
}

/** `15至20厘米`, `2009年9月27日-10月9日`: two mentions joined by a range word are one answer. */
function joinRanges(text: string, spans: TypedSpan[]): TypedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TypedSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && (span.start < last.end || /^\s*(?:至|到|~|-|—|－|–)\s*$/.test(text.slice(last.end, span.start)))) {
      last.end = Math.max(last.end, span.end);
    } else out.push({ ...span });
  }
  return out;
}

function amountSpans(text: string, unit: string): TypedSpan[] {
  const spans: TypedSpan[] = findAmounts(text).map((a) => ({ start: a.start, end: a.end }));
  for (const m of text.matchAll(NUMBER)) {
    if (m[0] === '一' && !/^[十百千万亿]/.test(text.slice(m.index! + 1))) continue;
    const end = m.index! + m[0].length;
    const after = text.slice(end);
    const unitHere = unit && after.startsWith(unit) ? unit.length : (/^[^\p{P}\s\d的了是在和与及或至到]{1,2}/u.exec(after)?.[0].length ?? 0);
    spans.push({ start: m.index!, end: end + unitHere });
  }
  return joinRanges(text, spans);
}

/** How well a slot fits the question's answer type: positive for a fit, negative for a miss, 0 for untyped. */
export function typeFit(q: SlotQuestion, slot: string): number {
  if (q.kind === 'when') return dateSpans(slot).length > 0 ? 0.6 : -1.2;
  if (q.kind === 'amount') return NUMERAL.test(slot) ? 0.6 : -1.5;
  return 0;
}

/**
 * Narrows a slot of a typed question to the date or amount inside it (from the first to the last
 * one of the same clause), with a converting parenthesis after it. Untyped or already tight
 * slots come back as they are.
 * @example tighten({ kind: 'when', … }, '于1994年正式', 0, 8) // { start: 1, end: 6 }
 */
export function tighten(q: SlotQuestion, sentence: string, start: number, end: number): TypedSpan {
  if (q.kind !== 'when' && q.kind !== 'amount') return { start, end };
  const slot = sentence.slice(start, end);
  const spans = q.kind === 'when' ? dateSpans(slot) : amountSpans(slot, q.head);
  if (spans.length === 0) return { start, end };
  spans.sort((a, b) => a.start - b.start);
  const first = spans[0]!;
  // Stay within the clause of the first mention: `2008年8月15日及8月16日` stays whole.
  const clauseEnd = slot.slice(first.end).search(/[，,。；;]/);
  const limit = clauseEnd < 0 ? slot.length : first.end + clauseEnd;
  let last = first.end;
  for (const s of spans) if (s.start < limit && s.end > last) last = s.end;
  const paren = PAREN_AFTER.exec(sentence.slice(start + last, end + 12));
  if (paren) last += paren[0].length;
  // `天正3年（1575年` → close the bracket the span opened.
  const inner = slot.slice(first.start, last);
  if (/[（(][^)）]*$/.test(inner)) {
    const close = sentence.slice(start + last).search(/[)）]/);
    if (close >= 0 && close < 12) last += close + 1;
  }
  return { start: start + first.start, end: Math.max(start + first.end, start + last) };
}

/** `多高` asks for a height: the sentence writes it next to the number (`树高可达55米`, `全长1122米`). */
const DIMENSION = /^多([高长大重远深宽久快])$/;

/**
 * Every date (for `when`) or amount (for `多少/几`) of a sentence as a slot of its own, scored
 * by how much of the question its clause holds, whether the question's unit follows it and
 * whether the dimension asked for (`高` of `多高`) stands just before it. For sentences the
 * question's text does not frame (`东关街有多长` / `…街道,全长1122米`).
 */
export function typedSlots(q: SlotQuestion, sentence: string): Array<TypedSpan & { score: number }> {
  if (q.kind !== 'when' && q.kind !== 'amount') return [];
  const spans = q.kind === 'when' ? dateSpans(sentence) : amountSpans(sentence, q.head);
  const asked = new Set([...`${q.left}${q.right}`].filter((ch) => /[\p{L}\p{N}]/u.test(ch) && !/[的了是在于和与及为被有]/.test(ch)));
  const dimension = DIMENSION.exec(q.wh)?.[1];
  return spans.map((span) => {
    const before = sentence.slice(0, span.start).search(/[^，,。；;]*$/);
    const afterStop = sentence.slice(span.end).search(/[，,。；;]/);
    const clause = sentence.slice(before, afterStop < 0 ? sentence.length : span.end + afterStop);
    const shared = [...new Set(clause)].filter((ch) => asked.has(ch)).length;
    let score = Math.min(shared, 8) * 0.3 + 0.6;
    if (q.head && sentence.slice(span.start, span.end + q.head.length).includes(q.head)) score += 0.8;
    if (dimension && sentence.slice(Math.max(0, span.start - 3), span.start).includes(dimension)) score += 2;
    return { ...span, score };
  });
}
