/**
 * An article as the core sees it: already read and validated by the corpus edge (`src/corpus`).
 * `paragraphs` are the body paragraphs in order; the title is not one of them.
 */
export interface Article {
  /** Stable id used in citations: the file name without extension, or `<file>-<line>` for JSONL rows. */
  id: string;
  title: string;
  /** Publication date as `YYYY-MM-DD`, or `''` when unknown. */
  date: string;
  /** The outlet, e.g. `DoNews`. */
  source: string;
  url: string;
  author?: string;
  paragraphs: string[];
}

/** A problem found while loading the corpus: the file (and line) and what is wrong with it. */
export interface CorpusProblem {
  file: string;
  line?: number;
  reason: string;
}
