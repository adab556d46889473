import type { Source } from './answer.ts';
import { citePassage, idf, type CorpusIndex } from '../search/corpus-index.ts';
import { findPassages } from '../search/search.ts';
import { scoreSentences } from '../search/sentence-score.ts';

/** A sentence that may hold the answer, with where it is and how well it matches. */
export interface Candidate {
  passage: number;
  sentence: number;
  /** Folded sentence text (same offsets as the verbatim one). */
  text: string;
  score: number;
  matched: string[];
  /** Share of the query's IDF weight the sentence holds (0..1). */
  coverage: number;
}

/** How much the question words of the sentence before count for a sentence. */
const CONTEXT_WEIGHT = 0.35;

/**
 * The best sentences for a set of query terms: passages ranked by BM25, then every sentence of
 * the top passages scored by the IDF of the terms it holds, plus a little of its passage's rank.
 */
export function candidateSentences(index: CorpusIndex, terms: string[], options: { passages?: number; weights?: Map<string, number> } = {}): Candidate[] {
  const weights = options.weights;
  const total = terms.reduce((sum, t) => sum + idf(index, t) * (weights?.get(t) ?? 1), 0) || 1;
  const passages = findPassages(index, terms, options.passages ?? 20, weights);
  const top = passages[0]?.score ?? 1;
  const out: Candidate[] = [];
  for (const { passage, score } of passages) {
    const p = index.passages[passage]!;
    const scored = scoreSentences(index, passage, terms, weights);
    const bySentence = new Map(scored.map((s) => [s.sentence, s]));
    for (const s of scored) {
      if (s.score <= 0) continue;
      const span = p.sentences[s.sentence]!;
      // Chinese drops a subject already named: `通义千问是…产品。升级后,更是可以处理30多种任务` is still about 通义千问.
      const before = bySentence.get(s.sentence - 1);
      const carried = before ? before.matched.filter((t) => !s.matched.includes(t)).reduce((sum, t) => sum + idf(index, t) * (weights?.get(t) ?? 1), 0) : 0;
      out.push({
        passage,
        sentence: s.sentence,
        text: p.folded.slice(span.start, span.end),
        score: (s.score + CONTEXT_WEIGHT * carried) / total + 0.15 * (score / top),
        matched: s.matched,
        coverage: s.score / total,
      });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The verbatim text of a candidate's sentence. */
export function verbatim(index: CorpusIndex, c: { passage: number; sentence: number }): string {
  const p = index.passages[c.passage]!;
  const span = p.sentences[c.sentence]!;
  return p.text.slice(span.start, span.end);
}

/** The citation of a candidate sentence, quoting it verbatim. */
export function sourceOf(index: CorpusIndex, c: { passage: number; sentence: number }): Source {
  return { ...citePassage(index, c.passage), quote: verbatim(index, c) };
}
