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
      return extractName(q, cands, questionWords);
  }
}
