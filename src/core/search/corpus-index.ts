import MiniSearch from 'minisearch';
import type { Article } from '../article.ts';
import { foldText } from '../text/normalize.ts';
import { splitSentences, type Span } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { indexOptions, joinTerms } from './index-options.ts';

/** One paragraph of one article: the unit that is indexed and cited. */
export interface Passage {
  /** Position of the article in `CorpusIndex.articles`. */
  article: number;
  /** 0-based paragraph position in the article. */
  index: number;
  /** Verbatim paragraph text, for quoting. */
  text: string;
  /** The same text folded (normalize.ts): same length, used for matching and extraction. */
  folded: string;
  sentences: Span[];
}

/** Everything the search and answer steps read: articles, passages, and the MiniSearch index over passages. */
export interface CorpusIndex {
  articles: Article[];
  passages: Passage[];
  /** Passage ids (`<articleId>#p<n>`) → position in `passages`. */
  byPassageId: Map<string, number>;
  /** How many passages contain each term: for IDF weights outside MiniSearch. */
  df: Map<string, number>;
  mini: MiniSearch<IndexedDoc>;
}

export interface IndexedDoc {
  id: number;
  /** Terms of the passage joined by `\u0001` (see index-options.ts). */
  text: string;
  title: string;
}

/** `<articleId>#p<n>`: stable while the article file is unchanged. */
export function passageId(article: Article, index: number): string {
  return `${article.id}#p${index}`;
}

/**
 * Builds the index over every paragraph of every article.
 * @example const index = buildIndex([{ id: 'a', title: 'T', date: '2023-05-16', source: 'S', url: '', paragraphs: ['讯飞星火发布。'] }]);
 */
export function buildIndex(articles: Article[]): CorpusIndex {
  const passages: Passage[] = [];
  const byPassageId = new Map<string, number>();
  const df = new Map<string, number>();
  const mini = new MiniSearch<IndexedDoc>(indexOptions);
  const docs: IndexedDoc[] = [];
  articles.forEach((article, a) => {
    const titleTerms = joinTerms(tokenize(foldText(article.title)));
    article.paragraphs.forEach((text, p) => {
      const folded = foldText(text);
      const terms = tokenize(folded);
      for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
      byPassageId.set(passageId(article, p), passages.length);
      docs.push({ id: passages.length, text: joinTerms(terms), title: titleTerms });
      passages.push({ article: a, index: p, text, folded, sentences: splitSentences(folded) });
    });
  });
  mini.addAll(docs);
  return { articles, passages, byPassageId, df, mini };
}

/** Inverse document frequency of a term over passages (BM25's form, always positive). */
export function idf(index: CorpusIndex, term: string): number {
  const n = index.passages.length;
  const d = index.df.get(term) ?? 0;
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}
