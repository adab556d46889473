import { tokenize } from '../text/tokens.ts';
import { idf, passageDateTerms, type CorpusIndex } from './corpus-index.ts';

export interface SentenceScore {
  sentence: number;
  score: number;
  /** The query terms found in the sentence. */
  matched: string[];
}

/**
 * Scores each sentence of a passage by the IDF weight of the query terms it contains, best
 * first (ties: earlier sentence). `weights` scales individual terms.
 */
export function scoreSentences(index: CorpusIndex, passage: number, terms: string[], weights?: Map<string, number>): SentenceScore[] {
  const p = index.passages[passage]!;
  const scores = p.sentences.map((span, sentence) => {
    const text = p.folded.slice(span.start, span.end);
    const have = new Set(tokenize(text));
    if (terms.some((t) => t.startsWith('@'))) for (const t of passageDateTerms(text, index.articles[p.article]!.date)) have.add(t);
    const matched = terms.filter((t) => have.has(t));
    const score = matched.reduce((sum, t) => sum + idf(index, t) * (weights?.get(t) ?? 1), 0);
    return { sentence, score, matched };
  });
  return scores.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}
