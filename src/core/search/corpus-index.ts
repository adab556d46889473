import MiniSearch from 'minisearch';
import type { Article } from '../article.ts';
import type { Citation } from '../qa/answer.ts';
import { foldText } from '../text/normalize.ts';
import { splitSentences, type Span } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { findDates } from '../qa/dates.ts';
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
  /** Date terms of the passage (see `dateTerms`). */
  when: string;
}

/** The citation of the passage at position `passage`. */
export function citePassage(index: CorpusIndex, passage: number): Citation {
  const p = index.passages[passage]!;
  const article = index.articles[p.article]!;
  return { articleId: article.id, title: article.title, date: article.date, url: article.url, outlet: article.source, passageId: passageId(article, p.index) };
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
    const titleList = tokenize(foldText(article.title));
    const titleTerms = joinTerms(titleList);
    article.paragraphs.forEach((text, p) => {
      const folded = foldText(text);
      const terms = tokenize(folded);
      // A passage "contains" its article's title terms too: the title field is searched with it.
      for (const term of new Set([...terms, ...titleList])) df.set(term, (df.get(term) ?? 0) + 1);
      byPassageId.set(passageId(article, p), passages.length);
      docs.push({ id: passages.length, text: joinTerms(terms), title: titleTerms, when: joinTerms(passageDateTerms(folded, article.date)) });
      passages.push({ article: a, index: p, text, folded, sentences: splitSentences(folded) });
    });
  });
  mini.addAll(docs);
  return { articles, passages, byPassageId, df, mini };
}

/**
 * Terms for the dates a passage mentions, resolved against its article's date, so that a
 * question restricted to a time (`5月`, `3月27日`) can search for it: `@2023-05`, `@--05`,
 * `@2023-03-27`, `@--03-27`. Year-less forms serve questions that name no year.
 */
export function passageDateTerms(folded: string, articleDate: string): string[] {
  const terms = new Set<string>();
  for (const d of findDates(folded, articleDate)) {
    if (!d.month) continue;
    const mm = String(d.month).padStart(2, '0');
    terms.add(`@--${mm}`);
    if (d.year) terms.add(`@${d.year}-${mm}`);
    if (d.day) {
      const dd = String(d.day).padStart(2, '0');
      terms.add(`@--${mm}-${dd}`);
      if (d.year) terms.add(`@${d.year}-${mm}-${dd}`);
    }
  }
  return [...terms];
}

/** The date term a time restriction searches for, or undefined when it names no month. */
export function constraintDateTerm(c: { year?: number; month?: number; day?: number }): string | undefined {
  if (!c.month) return undefined;
  const mm = String(c.month).padStart(2, '0');
  const day = c.day ? `-${String(c.day).padStart(2, '0')}` : '';
  return c.year ? `@${c.year}-${mm}${day}` : `@--${mm}${day}`;
}

/** Inverse document frequency of a term over passages (BM25's form, always positive). */
export function idf(index: CorpusIndex, term: string): number {
  const n = index.passages.length;
  const d = index.df.get(term) ?? 0;
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}
