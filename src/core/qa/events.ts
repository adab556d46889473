import type { CorpusIndex } from '../search/corpus-index.ts';
import { cleanSubject, looksLikeName } from './chunks.ts';
import { findDates, matchesConstraint } from './dates.ts';
import type { DateMention, TimeConstraint } from './dates-types.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Candidate } from './retrieve.ts';
import { LAUNCH } from './verbs.ts';

/** Something someone did on a date: one member of a list answer. */
export interface Event {
  candidate: Candidate;
  actor?: string;
  object?: string;
  verb: string;
  date: DateMention;
  /** Sort key: ISO date. */
  iso: string;
}

const SAME_DAY = /^(?:同一天|同日|当天|当日|同时)/;
const CONTEXT_MONTH = /(?:进入|自)?\d{1,2}月(?:份)?(?:以来|中旬|下旬|上旬|初|底|末)?/;
const QUOTED = /[“"「『《]([^“”"「」『』《》]{2,20})[”"」』》]/;

/**
 * Events matching a list question (`5月谁发布了大模型？`, `3月份发布了哪些大模型？`): sentences
 * with an action verb, the question's other topic words, and a date inside the time restriction.
 * A sentence without a date of its own takes it from the clause before when it says so (`同一天`)
 * or from a preceding time-setting sentence of the passage (`进入5月以来，…`).
 */
export function findEvents(index: CorpusIndex, q: QuestionAnalysis, cands: Candidate[], nouns: string[]): Event[] {
  const time = q.time;
  const events: Event[] = [];
  for (const c of cands) {
    const verb = LAUNCH.exec(c.text);
    if (!verb) continue;
    const p = index.passages[c.passage]!;
    // The topic noun may sit in the sentence before (`百度打响了大模型竞赛的第一枪。3月16日,“文心一言”正式发布`).
    const prev = c.sentence > 0 ? p.folded.slice(p.sentences[c.sentence - 1]!.start, p.sentences[c.sentence - 1]!.end) : '';
    if (nouns.length > 0 && !nouns.some((n) => c.text.toLowerCase().includes(n) || prev.toLowerCase().includes(n))) continue;
    const ref = index.articles[p.article]!.date;
    const date = eventDate(index, c, ref, verb.index);
    if (!date || (time && !matchesConstraint(date, time as TimeConstraint, ref))) continue;
    if (!time) continue; // a list without a time restriction is answered as a single question
    const head = c.text.slice(0, verb.index);
    const lastBreak = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'), date.end <= verb.index ? date.end - 1 : -1);
    const actor = cleanSubject(head.slice(lastBreak + 1));
    const after = c.text.slice(verb.index + verb[0].length);
    const object = QUOTED.exec(after.split(/[,，;；。]/)[0] ?? '')?.[1] ?? QUOTED.exec(c.text)?.[1];
    events.push({
      candidate: c,
      actor: looksLikeName(actor) && !nouns.some((n) => actor.includes(n)) && !/^(?:多个|多款|多家|一些|不少|许多|各|数|这|那|其)/.test(actor) ? actor : undefined,
      object,
      verb: verb[0],
      date,
      iso: date.iso,
    });
  }
  return events.sort((a, b) => a.iso.localeCompare(b.iso) || a.candidate.passage - b.candidate.passage);
}

function eventDate(index: CorpusIndex, c: Candidate, ref: string, before: number): DateMention | undefined {
  const own = findDates(c.text, ref).filter((d) => !d.relative && d.start < before);
  if (own.length > 0) return own[0];
  const p = index.passages[c.passage]!;
  if (SAME_DAY.test(c.text) && c.sentence > 0) {
    const prev = p.sentences[c.sentence - 1]!;
    const dates = findDates(p.folded.slice(prev.start, prev.end), ref).filter((d) => !d.relative);
    if (dates.length > 0) return dates[0];
  }
  // A time-setting sentence just before, in this passage or as the previous passage.
  const prevSentence = c.sentence > 0 ? p.sentences[c.sentence - 1] : undefined;
  const prevText = prevSentence ? p.folded.slice(prevSentence.start, prevSentence.end) : previousPassageText(index, c.passage);
  if (prevText && CONTEXT_MONTH.test(prevText) && prevText.length < 60) {
    const dates = findDates(prevText, ref).filter((d) => d.granularity === 'month');
    if (dates.length > 0) return dates[0];
  }
  return undefined;
}

function previousPassageText(index: CorpusIndex, passage: number): string | undefined {
  const p = index.passages[passage]!;
  const prev = index.passages[passage - 1];
  if (!prev || prev.article !== p.article) return undefined;
  return prev.folded;
}
