import { tokenize } from '../text/tokens.ts';
import { idf, type CorpusIndex } from './corpus-index.ts';
import { passageDateTerms } from './date-terms.ts';

export interface SentenceScore {
  sentence: number;
  score: number;
  /** The query terms found in the sentence. */
  matched: string[];
}

/**
 * Each sentence's terms (and date terms, `@--05`), per passage. Questions come back to the same
 * passages, and cutting their sentences again on every question was most of the answer time;
 * the cache is bounded so a large corpus does not keep every passage's terms.
 */
const CACHED_PASSAGES = 4_000;
const sentenceTermCache = new WeakMap<CorpusIndex, Map<number, Array<Set<string>>>>();

function sentenceTerms(index: CorpusIndex, passage: number): Array<Set<string>> {
  let cache = sentenceTermCache.get(index);
  if (!cache) sentenceTermCache.set(index, (cache = new Map()));
  const hit = cache.get(passage);
  if (hit) return hit;
  const p = index.passages[passage]!;
  const date = index.articles[p.article]!.date;
  const terms = p.sentences.map((span) => {
    const text = p.folded.slice(span.start, span.end);
    return new Set([...tokenize(text), ...passageDateTerms(text, date)]);
  });
  cache.set(passage, terms);
  if (cache.size > CACHED_PASSAGES) cache.delete(cache.keys().next().value!);
  return terms;
}

/**
 * Scores each sentence of a passage by the IDF weight of the query terms it contains, best
 * first (ties: earlier sentence). `weights` scales individual terms.
 */
export function scoreSentences(index: CorpusIndex, passage: number, terms: string[], weights?: Map<string, number>): SentenceScore[] {
  const scores = sentenceTerms(index, passage).map((have, sentence) => {
    const matched = terms.filter((t) => have.has(t));
    const score = matched.reduce((sum, t) => sum + idf(index, t) * (weights?.get(t) ?? 1), 0);
    return { sentence, score, matched };
  });
  return scores.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}
