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
  /** Share of the query's IDF weight the sentence holds (0..1), counting its passage's earlier sentences at a discount. */
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
      // Chinese drops a subject already named: `通义千问是…产品。升级后,更是可以处理30多种任务` is still
      // about 通义千问, and `罗保铭,天津人。…1992年4月,任…副书记` about 罗保铭. Terms of earlier
      // sentences of the passage count for a sentence, the one just before most.
      const carriedTerms = new Map<string, number>();
      for (let k = s.sentence - 1; k >= 0; k--) {
        const weight = k === s.sentence - 1 ? CONTEXT_WEIGHT : CONTEXT_WEIGHT / 2;
        for (const t of bySentence.get(k)?.matched ?? []) if (!s.matched.includes(t) && !carriedTerms.has(t)) carriedTerms.set(t, weight);
      }
      let carried = 0;
      for (const [t, weight] of carriedTerms) carried += weight * idf(index, t) * (weights?.get(t) ?? 1);
      out.push({
        passage,
        sentence: s.sentence,
        text: p.folded.slice(span.start, span.end),
        score: (s.score + carried) / total + 0.15 * (score / top),
        matched: s.matched,
        coverage: Math.min(1, (s.score + carried) / total),
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
