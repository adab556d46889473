import { findAmounts, unitMatches } from './amounts.ts';
import { findDates } from './dates.ts';
import { saysMoreThan, wantedAmount, type Extraction } from './extract.ts';
import { looksLikeName } from './chunks.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Candidate } from './retrieve.ts';
import { pickSlot } from './slot-pick.ts';
import { cutTagged } from '../text/segment.ts';

/**
 * Which answer types the typed extractors answer first. For organisations, products, definitions,
 * dates and durations the typed rules (subject of the verb, quoted names, `X是指…`, dates voted on
 * across articles) read news better, and on CMRC they do as well as the slot for dates;
 * for people, places, dates, amounts and open questions the question's own phrasing aligned in
 * the sentence does better (measured by kind on CMRC and on the news question sets).
 */
export const TYPED_FIRST = new Set<QuestionAnalysis['answerType']>(['org', 'product', 'definition', 'date', 'duration']);

/** Longer than this, a slot is a clause rather than the phrase a name, place or person is named by. */
const MAX_PHRASE = 40;

/** The end of a time phrase that names no calendar date. */
const TIME_WORD = /(?:时候|时期|世纪|年代|纪|期间|以来|初期|中期|末期|早期|晚期|之初|之后|以后|之前|以前)$/;

const OPENERS = '“「『《（(';
const CLOSERS = '”」』》）)';

/** The wh-slot span of the best-aligned sentence, as an extraction scored like the others. */
export function slotAnswer(q: QuestionAnalysis, cands: Candidate[], questionWords: string[]): Extraction[] {
  const found = pickSlot(q.text, cands);
  const pick = found && firstClause(q, actorsOnly(q, found));
  if (!pick || !fitsType(q, pick.span.text, questionWords)) return [];
  // Where the slot goes first, any alignment outranks the typed rules; how good it is orders slots among themselves.
  const fit = TYPED_FIRST.has(q.answerType) ? Math.min(0.6, pick.span.score / 10) : 1 + Math.max(-0.5, Math.min(2, pick.span.score)) / 2;
  // Punctuation the alignment left at the edges (`，以少数的兵力…`, `：DQ）`) is no part of the answer.
  const text = pick.span.text;
  let lead = text.match(/^[\s\p{P}]*/u)![0].length;
  // Quotation marks stay in pairs: `《打金枝》、《算粮》`, `“天山的明珠”`, not `天山的明珠”`.
  const opener = lead > 0 ? OPENERS.indexOf(text[lead - 1]!) : -1;
  if (opener >= 0 && text.slice(lead).includes(CLOSERS[opener]!)) lead--;
  let trail = text.slice(lead).match(/[\s,，、:：;；]*$/u)![0].length;
  const closer = text.length - trail > lead ? CLOSERS.indexOf(text[text.length - trail - 1]!) : -1;
  if (closer >= 0 && !text.slice(lead, text.length - trail - 1).includes(OPENERS[closer]!)) trail++;
  const start = pick.span.start + lead;
  const end = pick.span.end - trail;
  if (end <= start) return [];
  return [{ candidate: pick.candidate, start, end, short: pick.candidate.text.slice(start, end), score: pick.candidate.score + fit }];
}

/**
 * For `谁…`, the people a slot names, without the adverbs, conjunctions and prepositions the
 * alignment left before them (`但只有世袭统治者`, `分别为周恩来与金日成`): at most three such words
 * are dropped, then the rest is checked as any other slot. A slot that opens with a verb or `的`
 * stays as it is (and fails the check): it holds an action, not an actor.
 */
function actorsOnly<P extends { span: { text: string; start: number; end: number } }>(q: QuestionAnalysis, pick: P): P {
  if (!['agent', 'person'].includes(q.answerType)) return pick;
  const words = cutTagged(pick.span.text);
  let skip = 0;
  for (const { word, tag } of words.slice(0, 3)) {
    if (!/^(?:c|d|p)/.test(tag) || skip + word.length >= pick.span.text.length) break;
    skip += word.length;
  }
  const text = pick.span.text.slice(skip).replace(/的$/, '');
  return { ...pick, span: { ...pick.span, text, start: pick.span.start + skip, end: pick.span.start + skip + text.length } };
}

/**
 * A place slot longer than a phrase ran on past the answer into the rest of the sentence
 * (`亚洲、美洲、欧洲以及中国大陆的华南等地,一般生于山坡灌木丛中,…`): its first clause is the answer.
 */
function firstClause<P extends { span: { text: string; start: number; end: number } }>(q: QuestionAnalysis, pick: P): P {
  if (q.answerType !== 'place' || [...pick.span.text].length <= MAX_PHRASE) return pick;
  const cut = pick.span.text.search(/[,，;；]/);
  if (cut <= 0) return pick;
  const text = pick.span.text.slice(0, cut);
  return { ...pick, span: { ...pick.span, text, end: pick.span.start + text.length } };
}

/** Whether an untyped span can answer a typed question: a date for `when`, an amount for `how many`, a name for `who`. */
function fitsType(q: QuestionAnalysis, span: string, questionWords: string[]): boolean {
  switch (q.answerType) {
    case 'date':
      // Or a time the date reader has no calendar for (`二十世纪初期`, `春季化雪的时候`, `上白垩纪早期`).
      return findDates(span).length > 0 || ([...span].length <= MAX_PHRASE && TIME_WORD.test(span));
    case 'amount':
    case 'duration': {
      // `多少种`: the slot must hold an amount of that counter, not just any number.
      const want = wantedAmount(q);
      if (findAmounts(span).some((a) => !want?.unit || unitMatches(want.unit, a))) return true;
      // Units the amount reader does not know (`30km`, `13公尺`, `12岁`, `2股`): when the question names
      // no counter of its own, a number in the slot (not a date's) is the amount asked for.
      return !want?.unit && holdsNumber(span);
    }
    case 'thing':
    case 'definition':
      return true;
    case 'org':
    case 'product':
      return looksLikeName(span) && saysMoreThan(span, questionWords);
    case 'agent':
    case 'person':
      // Someone who acts is named by a noun phrase, not a verb, adverb or conjunction (`并展示` for `谁发布了…`);
      // a verbal noun may open one (`世袭统治者`).
      return [...span].length <= MAX_PHRASE && saysMoreThan(span, questionWords) && !/^(?:v(?!n)|c|d|p|u)/.test(cutTagged(span)[0]?.tag ?? 'v');
    default:
      // Places and people come with their qualifiers (`泰国的首都曼谷的乍都节县`): a phrase, not one word.
      return [...span].length <= MAX_PHRASE && saysMoreThan(span, questionWords);
  }
}

/** A number outside any date: digits, or a numeral word (`两岁`, `一半`). */
function holdsNumber(span: string): boolean {
  let rest = span;
  for (const d of findDates(span)) rest = rest.slice(0, d.start) + ' '.repeat(d.end - d.start) + rest.slice(d.end);
  return /\d/.test(rest) || cutTagged(rest).some((w) => w.tag === 'm' && /[一二两三四五六七八九十百千万半]/.test(w.word));
}

/**
 * Whether a typed span is the precise core of the slot around it: an amount (`34天、使用1024张` →
 * `1024张`; one that overlaps the slot is its typed reading, qualifier kept: `超过40家`), a person's name (`山姆·阿尔特曼更是坦言` → `山姆·阿尔特曼`), or a quoted name in an
 * open answer (`《欧洲通用数据保护条例》中的部分规定`). Other slots stay whole: on CMRC, cutting
 * places and open answers down to a typed word lost more than it gained.
 */
export function isCoreOf(q: QuestionAnalysis, x: Extraction, slot: Extraction): boolean {
  const c = x.candidate;
  const sameSentence = c.passage === slot.candidate.passage && c.sentence === slot.candidate.sentence;
  // An amount overlapping the slot is its typed reading, qualifier included (`超过40家` for a slot `40家`).
  // But a slot that goes on from a bare number with the question's own unit (`5亿日圆` for `多少日圆`)
  // says the amount as asked: the typed reading, which knows fewer units, would cut the unit off.
  if (sameSentence && ['amount', 'duration'].includes(q.answerType)) {
    const tail = c.text.slice(x.end, slot.end);
    const bare = /[\d亿万千百十]$/.test(x.short);
    return x.start < slot.end && slot.start < x.end && !(bare && x.end < slot.end && q.text.includes(tail));
  }
  const inside = sameSentence && x.start >= slot.start && x.end <= slot.end;
  if (!inside) return false;
  if (['person', 'agent'].includes(q.answerType)) return onlyNameIn(slot.short, x.start - slot.start, x.end - slot.start);
  // A quoted name stands for the slot when it is the whole quotation and the slot quotes nothing
  // else: `“卡基达(Kaji Dha)”` is not `卡基达`, nor `《打金枝》、《算粮》…` one of its titles.
  const quoted = /[“"「『《]/.test(c.text[x.start - 1] ?? '') && /[”"」』》]/.test(c.text[x.end] ?? '');
  return q.answerType === 'thing' && quoted && (slot.short.match(/[“"「『《]/g) ?? []).length <= 1;
}

/**
 * Whether a name is all the slot names: what follows it is what they do (`山姆·阿尔特曼更是坦言`),
 * not more of the name or other people (`加拿大总督`, `Konami Digital Entertainment`, `韩简子和原寿过`).
 */
function onlyNameIn(slot: string, start: number, end: number): boolean {
  const nameLike = (w?: { word: string; tag: string }) => !!w && /^(?:n|eng|x)/.test(w.tag) && /[\p{L}\d]/u.test(w.word);
  const before = cutTagged(slot.slice(0, start).trim()).at(-1);
  const after = cutTagged(slot.slice(end).trim())[0];
  return !nameLike(before) && !nameLike(after) && !/^[和与及、]/.test(slot.slice(end));
}

export function wholeSentence(c: Candidate): Extraction {
  const end = c.text.replace(/[。.!！?？;；]+$/, '').length;
  return { candidate: c, start: 0, end, short: c.text.slice(0, end), score: c.score };
}

