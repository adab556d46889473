import type { SearchHit } from '../qa/answer.ts';
import { foldText } from '../text/normalize.ts';
import { tokenize } from '../text/tokens.ts';
import { citePassage, type CorpusIndex } from './corpus-index.ts';
import type { Field } from './posting-index.ts';
import { markTerms } from './highlight.ts';
import { scoreSentences } from './sentence-score.ts';

/** A passage found for a query, before it is shaped for display. */
export interface PassageMatch {
  passage: number;
  score: number;
}

/** The query's distinct terms, through the same pipeline as the index. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(foldText(query)))];
}

/**
 * Ranks passages for a list of terms (BM25 over passage text, title and dates; posting-index.ts).
 * `weights` scales individual terms (e.g. lower for words a translation only guessed);
 * `fields` narrows the search (e.g. to titles).
 */
export function findPassages(index: CorpusIndex, terms: string[], limit: number, weights?: Map<string, number>, fields?: readonly Field[]): PassageMatch[] {
  if (terms.length === 0) return [];
  return index.postings.search(
    terms.map((term) => ({ term, boost: weights?.get(term) ?? 1 })),
    limit,
    fields,
  );
}

/**
 * Searches the corpus: ranked passages, each with its best-matching sentence highlighted.
 * @example search(index, '讯飞星火', { limit: 3 })[0].snippet // '…发布认知大模型“【讯飞星火】”…'
 */
export function search(index: CorpusIndex, query: string, options: { limit?: number } = {}): SearchHit[] {
  const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
  const terms = queryTerms(query);
  return findPassages(index, terms, limit).map(({ passage, score }) => {
    const p = index.passages[passage]!;
    const [best] = scoreSentences(index, passage, terms);
    const sentence = best?.sentence ?? 0;
    const span = p.sentences[sentence] ?? { start: 0, end: p.text.length };
    const text = p.text.slice(span.start, span.end);
    return {
      ...citePassage(index, passage),
      passage: p.index,
      sentence,
      score,
      snippet: markTerms(text, p.folded.slice(span.start, span.end), best?.matched ?? []),
      text,
    };
  });
}
