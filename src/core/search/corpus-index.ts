import type { Article } from '../article.ts';
import type { Citation } from '../qa/answer.ts';
import { foldText } from '../text/normalize.ts';
import { splitSentences, type Span } from '../text/sentences.ts';
import { IndexBuilder } from './index-builder.ts';
import { PostingIndex, type PostingData } from './posting-index.ts';
import { LocalVocabulary, prepareArticles, type FoldedArticle } from './prepare.ts';


/** One paragraph of one article: the unit that is indexed and cited. */
export interface Passage {
  /** Position of the article in `CorpusIndex.articles`. */
  readonly article: number;
  /** 0-based paragraph position in the article. */
  readonly index: number;
  /** Verbatim paragraph text, for quoting. */
  readonly text: string;
  /** The same text folded (normalize.ts): same length, used for matching and extraction. */
  readonly folded: string;
  readonly sentences: Span[];
}

/** Everything the search and answer steps read: articles, passages, and the index over passages. */
export interface CorpusIndex {
  articles: Article[];
  passages: Passage[];
  /** Passages holding a term in their text or title (undefined when none): for IDF weights outside BM25. */
  df: { get(term: string): number | undefined };
  postings: PostingIndex;
  /** Position of a passage from its id (`<articleId>#p<n>`), or undefined. */
  passageAt(id: string): number | undefined;
}

/**
 * A passage whose folded text and sentences are worked out when first read: a corpus of
 * 600,000 passages starts from a snapshot without folding any of them, and a question reads
 * only the few dozen it retrieves.
 */
class LazyPassage implements Passage {
  private foldedText?: string;
  private spans?: Span[];
  constructor(
    private readonly articles: Article[],
    readonly article: number,
    readonly index: number,
  ) {}
  /** Read through the article, whose paragraphs a snapshot decodes only when first read. */
  get text(): string {
    return this.articles[this.article]!.paragraphs[this.index]!;
  }
  get folded(): string {
    return (this.foldedText ??= foldText(this.text));
  }
  get sentences(): Span[] {
    return (this.spans ??= splitSentences(this.folded));
  }
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

/** An article's text folded for indexing (the work that workers share out on a large corpus). */
export function foldArticle(article: Pick<Article, 'title' | 'date' | 'paragraphs'>): FoldedArticle {
  return { title: foldText(article.title), date: article.date, paragraphs: article.paragraphs.map(foldText) };
}

/** Titles and paragraphs of the articles, folded, in corpus order (what the lexicon is mined from). */
export function* foldedTexts(articles: Iterable<Pick<Article, 'title' | 'paragraphs'>>): Generator<string> {
  for (const article of articles) {
    yield foldText(article.title);
    for (const paragraph of article.paragraphs) yield foldText(paragraph);
  }
}

/**
 * The posting data over every paragraph of every article, prepared in this thread. (A large
 * corpus is prepared in worker threads instead: src/app/parallel-build.ts; the result is the same.)
 */
export function buildPostingData(articles: Article[]): PostingData {
  const builder = new IndexBuilder();
  builder.addBatch(prepareArticles(articles.map(foldArticle), new LocalVocabulary()), builder.source());
  return builder.finish();
}

/**
 * Builds the index over every paragraph of every article, in this thread.
 * @example const index = buildIndex([{ id: 'a', title: 'T', date: '2023-05-16', source: 'S', url: '', paragraphs: ['讯飞星火发布。'] }]);
 */
export function buildIndex(articles: Article[]): CorpusIndex {
  return corpusIndexOver(articles, buildPostingData(articles));
}

/** The corpus index over articles and their posting data (built here, in workers, or read from a snapshot). */
export function corpusIndexOver(articles: Article[], data: PostingData): CorpusIndex {
  if (data.firstPassage.length !== articles.length + 1) throw new Error(`index holds ${data.firstPassage.length - 1} articles, corpus ${articles.length}`);
  // Paragraph counts come from the index, so that articles read from a snapshot stay undecoded.
  const passages: Passage[] = new Array(data.textLength.length);
  for (let a = 0; a < articles.length; a++) {
    for (let doc = data.firstPassage[a]!, p = 0; doc < data.firstPassage[a + 1]!; doc++, p++) passages[doc] = new LazyPassage(articles, a, p);
  }
  const postings = new PostingIndex(data);
  const articleAt = new Map(articles.map((article, a) => [article.id, a]));
  return {
    articles,
    passages,
    postings,
    df: { get: (term) => postings.df(term) || undefined },
    passageAt(id) {
      const match = /^(.*)#p(\d+)$/.exec(id.trim());
      const a = match ? articleAt.get(match[1]!) : undefined;
      if (a === undefined) return undefined;
      const n = Number(match![2]);
      return n < articles[a]!.paragraphs.length ? data.firstPassage[a]! + n : undefined;
    },
  };
}

/** Inverse document frequency of a term over passages (BM25's form, always positive). */
export function idf(index: CorpusIndex, term: string): number {
  const n = index.passages.length;
  const d = index.df.get(term) ?? 0;
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}
