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

/** The wh-slot span of the best-aligned sentence, as an extraction scored like the others. */
export function slotAnswer(q: QuestionAnalysis, cands: Candidate[], questionWords: string[]): Extraction[] {
  const pick = pickSlot(q.text, cands);
  if (!pick || !fitsType(q, pick.span.text, questionWords)) return [];
  // Where the slot goes first, any alignment outranks the typed rules; how good it is orders slots among themselves.
  const fit = TYPED_FIRST.has(q.answerType) ? Math.min(0.6, pick.span.score / 10) : 1 + Math.max(-0.5, Math.min(2, pick.span.score)) / 2;
  // Punctuation the alignment left at the edges (`，以少数的兵力…`, `：DQ）`) is no part of the answer.
  const lead = pick.span.text.match(/^[\s\p{P}]*/u)![0].length;
  const trail = pick.span.text.slice(lead).match(/[\s,，、:：;；]*$/u)![0].length;
  const start = pick.span.start + lead;
  const end = pick.span.end - trail;
  if (end <= start) return [];
  return [{ candidate: pick.candidate, start, end, short: pick.candidate.text.slice(start, end), score: pick.candidate.score + fit }];
}

/** Whether an untyped span can answer a typed question: a date for `when`, an amount for `how many`, a name for `who`. */
function fitsType(q: QuestionAnalysis, span: string, questionWords: string[]): boolean {
  switch (q.answerType) {
    case 'date':
      return findDates(span).length > 0;
    case 'amount':
    case 'duration': {
      // `多少种`: the slot must hold an amount of that counter, not just any number.
      const want = wantedAmount(q);
      return findAmounts(span).some((a) => !want?.unit || unitMatches(want.unit, a));
    }
    case 'thing':
    case 'definition':
      return true;
    case 'org':
    case 'product':
      return looksLikeName(span) && saysMoreThan(span, questionWords);
    case 'agent':
    case 'person':
      // Someone who acts is named by a noun phrase, not a verb, adverb or conjunction (`并展示` for `谁发布了…`).
      return [...span].length <= 40 && saysMoreThan(span, questionWords) && !/^(?:v|c|d|p|u)/.test(cutTagged(span)[0]?.tag ?? 'v');
    default:
      // Places and people come with their qualifiers (`泰国的首都曼谷的乍都节县`): a phrase, not one word.
      return [...span].length <= 40 && saysMoreThan(span, questionWords);
  }
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
  if (sameSentence && ['amount', 'duration'].includes(q.answerType)) return x.start < slot.end && slot.start < x.end;
  const inside = sameSentence && x.start >= slot.start && x.end <= slot.end;
  if (!inside) return false;
  if (['person', 'agent'].includes(q.answerType)) return true;
  return q.answerType === 'thing' && /[“"「『《]/.test(c.text[x.start - 1] ?? '');
}

export function wholeSentence(c: Candidate): Extraction {
  const end = c.text.replace(/[。.!！?？;；]+$/, '').length;
  return { candidate: c, start: 0, end, short: c.text.slice(0, end), score: c.score };
}

