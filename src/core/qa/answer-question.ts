import type { CorpusIndex } from '../search/corpus-index.ts';
import { idf, passageId } from '../search/corpus-index.ts';
import { queryTerms } from '../search/search.ts';
import { cut } from '../text/segment.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { Answer, Source } from './answer.ts';
import { composeAnswer, composeList, notFound } from './compose.ts';
import { englishQuestion } from './english-question.ts';
import { findEvents } from './events.ts';
import { extractAmount, extractDate, extractDefinition, extractName, extractProduct, type Extraction } from './extract.ts';
import { resolveFollowUp } from './followup.ts';
import type { ConversationMemory } from './memory.ts';
import { analyzeQuestion, type QuestionAnalysis } from './question.ts';
import { candidateSentences, verbatim, type Candidate } from './retrieve.ts';
import { isEnglishQuestion } from './english/translate-question.ts';

/** Below this confidence the bot says the corpus does not answer rather than guess. */
export const ABSTAIN_BELOW = 0.35;

const GENERIC = /^(?:发布|推出|上线|公司|企业|产品|模型|大模型|什么|哪些|多少|时候|国家|需要|预计|还会)$/;

/**
 * Answers a question from the corpus: analyse it, find the best sentences, extract a span of the
 * expected type, and cite the sentences it rests on. Follow-ups are resolved with `memory`.
 * @example answerQuestion(index, '通义千问是哪家公司推出的？').short // '阿里巴巴'
 */
export function answerQuestion(index: CorpusIndex, question: string, options: { memory?: ConversationMemory; conversation?: string } = {}): Answer {
  const original = question.trim();
  const lang = isEnglishQuestion(original) ? 'en' : 'zh';
  const last = options.conversation ? options.memory?.get(options.conversation) : undefined;
  const resolved = lang === 'zh' ? resolveFollowUp(original, last) : original;
  const built = lang === 'en' ? englishQuestion(index, original) : chineseQuestion(resolved);
  const answer = answerAnalysed(index, original, built.q, built.terms, built.weights, lang);
  if (options.conversation && options.memory) {
    options.memory.set(options.conversation, { question: original, resolved, topic: topicOf(index, resolved, built.terms) ?? last?.topic, short: answer.abstained ? undefined : answer.short });
  }
  return answer;
}

interface Built {
  q: QuestionAnalysis;
  terms: string[];
  weights?: Map<string, number>;
}

function chineseQuestion(text: string): Built {
  const q = analyzeQuestion(text);
  const base = q.aboutArticle ? q.text : `${q.left} ${q.right}`;
  const terms = queryTerms(base);
  return { q, terms };
}

function answerAnalysed(index: CorpusIndex, question: string, q: QuestionAnalysis, terms: string[], weights: Map<string, number> | undefined, lang: 'zh' | 'en'): Answer {
  if (terms.length === 0) return notFound(question, lang, [], 'empty');
  const anchors = anchorTerms(index, terms);
  if (anchors.some((t) => (index.df.get(t) ?? 0) === 0)) return notFound(question, lang, [], 'unknown');
  const cands = candidateSentences(index, terms, { passages: q.kind === 'list' || (q.time && q.kind === 'who') ? 40 : 20, weights });
  if (cands.length === 0) return notFound(question, lang, [], 'none');
  const see = seeAlso(index, cands);

  if (q.aboutArticle) return articleDate(index, question, q, cands, lang);

  if ((q.kind === 'list' || q.kind === 'who' || q.kind === 'which' || q.kind === 'what') && q.time && !q.time.day) {
    const nouns = topicNouns(q, terms);
    const events = findEvents(index, q, cands, nouns);
    const members = dedupeEvents(events, q.answerType === 'product' ? 'object' : 'actor');
    if (members.length > 0) return composeList(index, question, q, members, lang);
    if (q.kind === 'list') return notFound(question, lang, see, 'none');
  }

  const questionWords = cut(q.text).map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  let found: Extraction[] = [];
  switch (q.answerType) {
    case 'date':
      found = extractDate(index, q, cands);
      break;
    case 'amount':
    case 'duration':
      found = extractAmount(q, cands);
      break;
    case 'definition':
      found = extractDefinition(q, cands);
      break;
    case 'product':
      found = extractProduct(q, cands, questionWords);
      break;
    case 'thing':
      found = extractProduct(q, cands, questionWords);
      if (found.length === 0) found = extractName(q, cands, questionWords);
      break;
    default:
      found = extractName(q, cands, questionWords);
  }
  const best = found[0];
  if (!best) return notFound(question, lang, see, 'none');
  // The rarest question words must be in the sentence or its passage: otherwise the sentence is about something else.
  const p = index.passages[best.candidate.passage]!;
  const passageText = p.folded.toLowerCase();
  const missing = anchors.filter((t) => !passageText.includes(t));
  const confidence = Math.max(0, Math.min(1, best.candidate.coverage * 0.8 + (best.score - best.candidate.score) * 0.6 - missing.length * 0.3));
  if (confidence < ABSTAIN_BELOW) return notFound(question, lang, see, 'weak');
  return composeAnswer(index, question, q, best, confidence, lang);
}

/** The question's rarest terms: a sentence that lacks them is about something else. */
function anchorTerms(index: CorpusIndex, terms: string[]): string[] {
  const words = terms.filter((t) => !GENERIC.test(t) && (t.length > 2 || /^[a-z]/.test(t)));
  const ranked = words.sort((a, b) => idf(index, b) - idf(index, a));
  return ranked.slice(0, 1);
}

function topicNouns(q: QuestionAnalysis, terms: string[]): string[] {
  const words = cut(`${q.left} ${q.right}`).map((w) => w.toLowerCase());
  return words.filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !/发布|推出|上线|开源|亮相|面世|问世|升级|公布|宣布|开放|哪|些|什么/.test(w) && terms.some((t) => w.includes(t) || t.includes(w)));
}

function dedupeEvents(events: ReturnType<typeof findEvents>, by: 'actor' | 'object') {
  const seen = new Map<string, (typeof events)[number]>();
  for (const e of events) {
    const key = by === 'actor' ? e.actor : e.object;
    if (!key || seen.has(key)) continue;
    seen.set(key, e);
  }
  return [...seen.values()];
}

function articleDate(index: CorpusIndex, question: string, q: QuestionAnalysis, cands: Candidate[], lang: 'zh' | 'en'): Answer {
  const article = index.articles[index.passages[cands[0]!.passage]!.article]!;
  if (!article.date) return notFound(question, lang, [], 'none');
  const fake: Extraction = { candidate: cands[0]!, start: 0, end: 0, short: article.date, score: 1 };
  return composeAnswer(index, question, q, fake, 0.8, lang, { articleDate: article.date });
}

function seeAlso(index: CorpusIndex, cands: Candidate[]): Source[] {
  return cands.slice(0, 2).map((c) => sourceOf(index, c));
}

export function sourceOf(index: CorpusIndex, c: { passage: number; sentence: number }): Source {
  const p = index.passages[c.passage]!;
  const article = index.articles[p.article]!;
  return {
    articleId: article.id,
    title: article.title,
    date: article.date,
    url: article.url,
    outlet: article.source,
    passageId: passageId(article, p.index),
    quote: verbatim(index, c),
  };
}

/** What a question is about, for follow-ups: its rarest multi-character word. */
function topicOf(index: CorpusIndex, question: string, terms: string[]): string | undefined {
  const words = cut(question).filter((w) => w.length >= 2 && !STOPWORDS.has(w.toLowerCase()) && !GENERIC.test(w));
  const known = words.filter((w) => (index.df.get(w.toLowerCase()) ?? 0) > 0 || terms.includes(w.toLowerCase()));
  return known.sort((a, b) => idf(index, b.toLowerCase()) - idf(index, a.toLowerCase()) || b.length - a.length)[0];
}
