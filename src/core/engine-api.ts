import type { Answer, CorpusStats, PassageView, SearchHit } from './qa/answer.ts';

/**
 * What commands and adapters may ask of the retrieval core. `createEngine` (src/core/engine.ts)
 * implements it; tests of adapters may pass a small fake.
 */
export interface Engine {
  /** Ranked passages for a query, best first. */
  search(query: string, options?: { limit?: number }): SearchHit[];
  /**
   * Answers a question from the corpus. `conversation` keys the chat memory used for follow-ups
   * (“它是什么时候发布的？”); omit it for a one-off question.
   */
  answer(question: string, options?: { conversation?: string }): Answer;
  /** A passage by its id (`<articleId>#p<n>`), or undefined when there is none. */
  passage(passageId: string): PassageView | undefined;
  stats(): CorpusStats;
}
