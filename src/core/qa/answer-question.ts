import type { CorpusIndex } from '../search/corpus-index.ts';
import { idf } from '../search/corpus-index.ts';
import { constraintDateTerm } from '../search/date-terms.ts';
import { findPassages, queryTerms } from '../search/search.ts';
import { cut } from '../text/segment.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { Answer, Source } from './answer.ts';
import { composeAnswer, composeArticleDate, composeList, notFound } from './compose.ts';
import { englishQuestion } from './english-question.ts';
import { findEvents } from './events.ts';
import { vote } from './extract.ts';
import { extractTyped } from './extract-typed.ts';
import { resolveFollowUp } from './followup.ts';
import type { ConversationMemory } from './memory.ts';
import { analyzeQuestion, type QuestionAnalysis } from './question.ts';
import { anchorTerms, askedKind, countedNoun, GENERIC, keepOnTopic, unknownWord } from './question-anchors.ts';
import { isCoreOf, slotAnswer, wholeSentence } from './slot-answer.ts';
import { candidateSentences, sourceOf, type Candidate } from './retrieve.ts';
import { isEnglishQuestion } from './english/translate-question.ts';
import { LAUNCH, LAUNCH_SYNONYMS } from './verbs.ts';

/** Below this confidence the bot says the corpus does not answer rather than guess. */
export const ABSTAIN_BELOW = 0.35;


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
  // A written year (`1992年4月，…`) is searched as a word too: date terms know months and days only.
  const year = q.time?.year && !q.time.relative ? ` ${q.time.year}` : '';
  const base = q.aboutArticle ? q.text : `${q.left} ${q.right}${year}`;
  const terms = queryTerms(base);
  const weights = new Map<string, number>();
  // News says the same launch with several verbs: 发布, 推出, 上线 … count each a little.
  if (terms.some((t) => (LAUNCH_SYNONYMS as readonly string[]).includes(t))) {
    for (const verb of LAUNCH_SYNONYMS) if (!terms.includes(verb)) {
      terms.push(verb);
      weights.set(verb, 0.5);
    }
  }
  return { q, terms, weights };
}

function answerAnalysed(index: CorpusIndex, question: string, q: QuestionAnalysis, terms: string[], weights: Map<string, number> | undefined, lang: 'zh' | 'en'): Answer {
  if (terms.length === 0) return notFound(question, lang);
  const anchors = anchorTerms(index, q);
  if (!q.aboutArticle && anchors.some((a) => (a.name || q.left.startsWith(a.word)) && unknownWord(index, q, a.word))) return notFound(question, lang);
  // `哪款电动汽车`: the kind of product asked for must exist somewhere in the corpus. (Not so for
  // attributes: `担任什么职务` is answered by `任…副书记`, which never says 职务.)
  const head = q.answerType === 'product' ? askedKind(q) : undefined;
  if (head && unknownWord(index, q, head)) return notFound(question, lang);
  const counted = countedNoun(q);
  if (counted && unknownWord(index, q, counted)) return notFound(question, lang);
  // Lists gather events from many passages; definitions compete with every sentence that mentions the term.
  const wide = q.kind === 'list' || q.kind === 'definition' || (q.time !== undefined && !q.time.day && (q.kind === 'who' || q.kind === 'which' || q.kind === 'what'));
  const dateTerm = q.time && !q.time.relative ? constraintDateTerm(q.time) : undefined;
  const searchTerms = dateTerm ? [...terms, dateTerm] : terms;
  const cands = candidateSentences(index, searchTerms, { passages: wide ? 120 : 20, weights });
  if (cands.length === 0) return notFound(question, lang);
  const see = seeAlso(index, cands);

  if (q.aboutArticle) return articleDate(index, question, q, terms, cands, lang);

  if ((q.kind === 'list' || q.kind === 'who' || q.kind === 'which' || q.kind === 'what') && q.time && !q.time.day) {
    const nouns = topicNouns(q, terms);
    const events = findEvents(index, q, cands, nouns);
    const members = dedupeEvents(events, q.answerType === 'product' ? 'object' : 'actor');
    if (members.length > 0) return composeList(index, question, q, members, lang);
  }

  const questionWords = cut(q.text).map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  const typed = extractTyped(index, q, cands, questionWords);
  // The slot between the question's words competes with the typed extractors: it knows no types
  // but reads the question's own phrasing, which typed rules miss on open-domain text. A typed span
  // inside the slot is its precise core (`34天、使用1024张` → `1024张`) and takes its place.
  const slot = lang === 'zh' ? slotAnswer(q, cands, questionWords)[0] : undefined;
  let found = slot ? [...typed.map((x) => (isCoreOf(q, x, slot) ? { ...x, score: Math.max(x.score, slot.score + 0.01) } : x)), slot] : typed;
  // An open question (`…有什么用途`, `为什么…`) that no span answers is answered by its best sentence,
  // if that sentence holds enough of the question; the confidence below decides. When the question's
  // words frame no slot in Chinese, the name extractors only guess at a noun near them (`作用是什么`
  // answered `比红葡萄酒`): the sentence answers instead (CMRC open questions, both halves: +2.8 F1).
  const open = q.answerType === 'thing' && cands[0] && (found.length === 0 || (lang === 'zh' && !slot));
  if (open) found = [wholeSentence(cands[0]!)];
  found = keepOnTopic(index, q, found);
  // A sentence on the very date the question names (`百度在3月27日推出了什么`) outranks any number of others.
  const onDate = dateTerm ? found.map((x) => (x.candidate.matched.includes(dateTerm) ? { ...x, score: x.score + 0.3 } : x)) : found;
  const best = vote(onDate)[0];
  if (!best) return notFound(question, lang, see);
  // The rarest question words must be in the sentence or its passage: otherwise the sentence is about something else.
  const p = index.passages[best.candidate.passage]!;
  const passageText = p.folded.toLowerCase();
  // A missing name means another subject; a missing common noun may be paraphrase (形状 for 螺旋状).
  const missing = anchors.filter((a) => !passageText.includes(a.word)).reduce((sum, a) => sum + (a.name ? 0.3 : 0.1), 0);
  // How much of the question the sentence holds, plus how well the span fits (capped: a slot's precedence is no evidence).
  const fit = Math.min(0.5, best.score - best.candidate.score);
  const confidence = Math.max(0, Math.min(1, best.candidate.coverage * 0.8 + fit * 0.6 - missing));
  if (confidence < ABSTAIN_BELOW) return notFound(question, lang, see);
  return composeAnswer(index, question, best, confidence, lang);
}

function topicNouns(q: QuestionAnalysis, terms: string[]): string[] {
  const words = cut(`${q.left} ${q.right}`).map((w) => w.toLowerCase());
  return words.filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !LAUNCH.test(w) && !/哪|些|什么/.test(w) && terms.some((t) => w.includes(t) || t.includes(w)));
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

/** `那篇讲…的文章是哪天发表的`: the article whose title (and outlet) the question names best. */
function articleDate(index: CorpusIndex, question: string, q: QuestionAnalysis, terms: string[], cands: Candidate[], lang: 'zh' | 'en'): Answer {
  const byTitle = findPassages(index, terms, 1, undefined, ['title'])[0];
  const passage = byTitle ? byTitle.passage : cands[0]!.passage;
  const article = index.articles[index.passages[passage]!.article]!;
  const outletNamed = article.source && q.text.toLowerCase().includes(article.source.toLowerCase());
  if (!byTitle && !outletNamed) return notFound(question, lang);
  if (!article.date) return notFound(question, lang);
  return composeArticleDate(index, question, passage, byTitle ? 0.8 : 0.5, lang);
}

function seeAlso(index: CorpusIndex, cands: Candidate[]): Source[] {
  return cands.slice(0, 2).map((c) => sourceOf(index, c));
}


/** What a question is about, for follow-ups: its rarest multi-character word. */
function topicOf(index: CorpusIndex, question: string, terms: string[]): string | undefined {
  const words = cut(question).filter((w) => w.length >= 2 && !STOPWORDS.has(w.toLowerCase()) && !GENERIC.test(w));
  const known = words.filter((w) => (index.df.get(w.toLowerCase()) ?? 0) > 0 || terms.includes(w.toLowerCase()));
  return known.sort((a, b) => idf(index, b.toLowerCase()) - idf(index, a.toLowerCase()) || b.length - a.length)[0];
}
