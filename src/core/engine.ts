import type { Article } from './article.ts';
import type { Engine } from './engine-api.ts';
import type { CorpusStats, PassageView } from './qa/answer.ts';
import { answerQuestion } from './qa/answer-question.ts';
import { ConversationMemory } from './qa/memory.ts';
import { buildPostingData, citePassage, corpusIndexOver, foldedTexts, type CorpusIndex } from './search/corpus-index.ts';
import type { PostingData } from './search/posting-index.ts';
import { search } from './search/search.ts';
import { mineLexicon } from './text/lexicon.ts';
import { addWords } from './text/segment.ts';

export interface EngineOptions {
  /** The clock, for chat memory expiry. The core never reads it itself. */
  now?: () => number;
  /** How long a conversation is remembered without activity. Default 30 minutes. */
  memoryTtlMs?: number;
  /** Words to add to the segmenter instead of mining them (e.g. from a snapshot). */
  lexicon?: string[];
}

/**
 * Builds the retrieval core over articles: mines names for the segmenter, indexes passages,
 * and answers questions with per-conversation memory.
 * @example
 * const engine = createEngine(articles);
 * engine.answer('讯飞星火是谁发布的？').short // '科大讯飞'
 */
export function createEngine(articles: Article[], options: EngineOptions = {}): Engine & { index: CorpusIndex; lexicon: string[] } {
  const { data, lexicon } = indexArticles(articles, options.lexicon);
  return engineFromData(articles, data, lexicon, options);
}

/**
 * In this thread: the corpus's lexicon (mined unless given), taught to jieba before anything is
 * cut, then the posting data cut with it.
 */
export function indexArticles(articles: Article[], lexicon = mineLexicon(foldedTexts(articles))): { data: PostingData; lexicon: string[] } {
  addWords(lexicon);
  return { data: buildPostingData(articles), lexicon };
}

/**
 * The engine over posting data built elsewhere (in worker threads, or read from a snapshot),
 * with the lexicon that data was cut with: the questions must be cut the same way.
 */
export function engineFromData(articles: Article[], data: PostingData, lexicon: string[], options: EngineOptions = {}): Engine & { index: CorpusIndex; lexicon: string[] } {
  addWords(lexicon);
  return engineOver(corpusIndexOver(articles, data), lexicon, options);
}

function engineOver(index: CorpusIndex, lexicon: string[], options: EngineOptions = {}): Engine & { index: CorpusIndex; lexicon: string[] } {
  const memory = new ConversationMemory({ now: options.now ?? (() => 0), ttlMs: options.memoryTtlMs ?? 30 * 60_000 });
  const stats = corpusStats(index);
  return {
    index,
    lexicon,
    search: (query, opts) => search(index, query, opts),
    answer: (question, opts) => answerQuestion(index, question, { memory, conversation: opts?.conversation }),
    passage: (id) => passageView(index, id),
    stats: () => stats,
  };
}

function passageView(index: CorpusIndex, id: string): PassageView | undefined {
  const at = index.passageAt(id);
  if (at === undefined) return undefined;
  const p = index.passages[at]!;
  return { ...citePassage(index, at), passage: p.index, text: p.text };
}

function corpusStats(index: CorpusIndex): CorpusStats {
  const dates = index.articles.map((a) => a.date).filter((d) => d !== '').sort();
  const outlets = new Map<string, number>();
  for (const article of index.articles) {
    const name = article.source || 'unknown';
    outlets.set(name, (outlets.get(name) ?? 0) + 1);
  }
  return {
    articles: index.articles.length,
    passages: index.passages.length,
    sentences: index.postings.data.sentences,
    firstDate: dates[0] ?? '',
    lastDate: dates[dates.length - 1] ?? '',
    outlets: [...outlets].map(([name, articles]) => ({ name, articles })).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)),
  };
}
