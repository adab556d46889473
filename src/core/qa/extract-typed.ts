import type { CorpusIndex } from '../search/corpus-index.ts';
import { extractAmount, extractDate, extractDefinition, extractName, extractProduct, type Extraction } from './extract.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Candidate } from './retrieve.ts';

/** The typed extractor for the question's answer type, best first. */
export function extractTyped(index: CorpusIndex, q: QuestionAnalysis, cands: Candidate[], questionWords: string[]): Extraction[] {
  switch (q.answerType) {
    case 'date':
      return extractDate(index, cands);
    case 'amount':
    case 'duration':
      return extractAmount(q, cands);
    case 'definition':
      return extractDefinition(q, cands);
    case 'product':
      return extractProduct(q, cands, questionWords);
    case 'thing': {
      const products = extractProduct(q, cands, questionWords);
      return products.length > 0 ? products : extractName(q, cands, questionWords);
    }
    default:
      return [...extractName(q, cands, questionWords), ...namesFromSentenceBefore(index, q, cands, questionWords)];
  }
}

/** Dates and time words that may open a sentence before its subject. */
const TIME_WORDS = /\d{4}年|\d{1,2}月|\d{1,2}日|同一天|当天|此前|随后|目前|近日/g;

/**
 * News names the agent once and then drops it: `百度打响了大模型竞赛的第一枪。3月16日,“文心一言”
 * 正式发布`. When the best sentences have no subject of their own, the sentence before may: its
 * names count, a little lower, and the answer cites both sentences.
 */
function namesFromSentenceBefore(index: CorpusIndex, q: QuestionAnalysis, cands: Candidate[], questionWords: string[]): Extraction[] {
  const out: Extraction[] = [];
  for (const c of cands.slice(0, 4)) {
    if (c.sentence === 0) continue;
    const p = index.passages[c.passage]!;
    const span = p.sentences[c.sentence - 1]!;
    const before: Candidate = { ...c, sentence: c.sentence - 1, text: p.folded.slice(span.start, span.end), matched: [] };
    for (const x of extractName(q, [before], questionWords)) {
      // The subject that opens the sentence before is the one a following sentence leaves out.
      const opens = /^[\s,，]*$/.test(before.text.slice(0, x.start).replace(TIME_WORDS, ''));
      out.push({ ...x, support: c, score: x.score - 0.25 + (opens ? 0.3 : 0) });
    }
  }
  return out;
}
