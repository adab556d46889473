import { citePassage, type CorpusIndex } from '../search/corpus-index.ts';
import type { Answer, Source } from './answer.ts';
import { formatDate } from './dates-format.ts';
import type { Event } from './events.ts';
import type { Extraction } from './extract.ts';
import type { QuestionAnalysis } from './question.ts';
import { sourceOf, verbatim } from './retrieve.ts';
import { translateTermsToEnglish } from './english/translate-question.ts';

const MAX = 200;

/** Cuts text to `max` characters at a character boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The comma-delimited clause around a span: enough context to read the answer in. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const from = Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf('；')) + 1;
  const after = sentence.slice(end).search(/[。;；]/);
  return sentence.slice(from, after < 0 ? sentence.length : end + after).replace(/[,，;；]$/, '');
}

/**
 * A single answer: the span (resolved to a full date where it is one) and the clause it sits in,
 * quoted verbatim, with its sentence as evidence and source.
 */
export function composeAnswer(index: CorpusIndex, question: string, x: Extraction, confidence: number, lang: 'zh' | 'en'): Answer {
  const c = x.candidate;
  const sentence = verbatim(index, c);
  const source = sourceOf(index, c);
  const short = sentence.slice(x.start, x.end) || x.short;
  let head = short;
  if (x.date && x.date.year) {
    const full = formatDate({ year: x.date.year, month: x.date.month, day: x.date.day }, lang);
    head = lang === 'en' ? `${full} (${short})` : full === short ? short : `${full}（${short}）`;
  } else if (lang === 'en') {
    const english = translateTermsToEnglish(short);
    if (english && english !== short) head = `${english} (${short})`;
  }
  const clause = clauseAround(sentence, x.start, x.end);
  const lead = lang === 'en' ? `${head}. The source says: “` : `${head}。原文：“`;
  const room = MAX - [...lead].length - 1;
  const answer = `${lead}${clip(clause, Math.max(20, room))}”`;
  const support = x.support ? [sourceOf(index, x.support)] : [];
  return { question, answer: clip(answer, MAX), short, abstained: false, confidence, lang, evidence: [sentence, ...support.map((s) => s.quote)], sources: [source, ...support] };
}

/** The publication date of an article the question names (`那篇…的文章是哪天发表的`), citing its title. */
export function composeArticleDate(index: CorpusIndex, question: string, passage: number, confidence: number, lang: 'zh' | 'en'): Answer {
  const article = index.articles[index.passages[passage]!.article]!;
  const [year, month, day] = article.date.split('-').map(Number);
  const short = formatDate({ year, month, day }, 'zh');
  const head = lang === 'en' ? `${formatDate({ year, month, day }, 'en')} (${short})` : short;
  const text = lang === 'en' ? `${head}: “${article.title}” (${article.source}) was published on that day.` : `${head}：${article.source}《${article.title}》发表于这一天。`;
  const source = { ...citePassage(index, passage), quote: article.title };
  return { question, answer: clip(text, MAX), short, abstained: false, confidence, lang, evidence: [article.title], sources: [source] };
}

/** A list answer: every member with its date (and what it released), in date order. */
export function composeList(index: CorpusIndex, question: string, q: QuestionAnalysis, events: Event[], lang: 'zh' | 'en'): Answer {
  const byProduct = q.answerType === 'product';
  const period = q.time?.text ?? '';
  const items = events.map((e) => {
    const member = (byProduct ? e.object : e.actor) ?? '';
    const when = e.date.month && e.date.day ? (lang === 'en' ? formatDate({ month: e.date.month, day: e.date.day }, 'en') : `${e.date.month}月${e.date.day}日`) : '';
    const other = byProduct ? e.actor : e.object ? `“${e.object}”` : undefined;
    const name = lang === 'en' ? withEnglish(member) : member;
    const detail = [when, other].filter(Boolean).join(lang === 'en' ? ', ' : '，');
    return detail ? (lang === 'en' ? `${name} (${detail})` : `${name}（${detail}）`) : name;
  });
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const s = sourceOf(index, e.candidate);
    if (seen.has(s.quote)) continue;
    seen.add(s.quote);
    sources.push(s);
  }
  const head = lang === 'en' ? `In ${period || 'that period'}: ` : `${period}：`;
  let answer = head;
  for (const [i, item] of items.entries()) {
    const next = `${i === 0 ? '' : lang === 'en' ? '; ' : '、'}${item}`;
    if ([...answer].length + [...next].length > MAX - 1) break;
    answer += next;
  }
  const short = events.map((e) => (byProduct ? e.object : e.actor)).filter(Boolean).join('、');
  return { question, answer, short, abstained: false, confidence: Math.min(0.9, 0.5 + events.length * 0.1), lang, evidence: sources.map((s) => s.quote), sources };
}

function withEnglish(name: string): string {
  const english = translateTermsToEnglish(name);
  return english && english !== name ? `${english} (${name})` : name;
}

/** The corpus does not answer: say so, and point at the closest passages without claiming they answer. */
export function notFound(question: string, lang: 'zh' | 'en', seeAlso: Source[] = []): Answer {
  const answer = lang === 'en' ? 'The articles I have do not answer this question.' : '语料库中的文章没有回答这个问题。';
  return { question, answer, short: '', abstained: true, confidence: 0, lang, evidence: [], sources: seeAlso };
}
