import MiniSearch, { type Options } from 'minisearch';
import type { Article } from '../core/article.ts';
import { foldArticle } from '../core/search/corpus-index.ts';
import { passageDateTerms } from '../core/search/date-terms.ts';
import { FIELD_BOOST } from '../core/search/posting-index.ts';
import { tokenize } from '../core/text/tokens.ts';

/**
 * MiniSearch over the same passages, terms and fields as the project's posting index: the
 * reference its rankings are checked against (test/core/search/posting-index.test.ts) and the
 * baseline of `npm run bench:scale`. It was the run-time index until it was measured on 30,799
 * articles (README, "Scale").
 */
const SEP = '\u0001';

interface Doc {
  id: number;
  text: string;
  title: string;
  when: string;
}

export const referenceOptions: Options<Doc> = {
  fields: ['text', 'title', 'when'],
  storeFields: [],
  tokenize: (text: string) => (text === '' ? [] : text.split(SEP)),
  processTerm: (term: string) => term,
  searchOptions: { boost: { ...FIELD_BOOST }, combineWith: 'OR', prefix: false, fuzzy: false },
};

/** A MiniSearch index over the articles' passages; ids are passage positions, as in the posting index. */
export function referenceIndex(articles: Article[]): MiniSearch<Doc> {
  const mini = new MiniSearch<Doc>(referenceOptions);
  let id = 0;
  for (const article of articles) {
    const folded = foldArticle(article);
    const title = tokenize(folded.title).join(SEP);
    for (const paragraph of folded.paragraphs) {
      mini.add({ id: id++, text: tokenize(paragraph).join(SEP), title, when: passageDateTerms(paragraph, article.date).join(SEP) });
    }
  }
  return mini;
}

/** The reference's ranking for distinct terms, in the shape of `findPassages`. */
export function referenceSearch(mini: MiniSearch<Doc>, terms: string[], limit: number, weights?: Map<string, number>, fields?: string[]) {
  return mini
    .search(terms.join(SEP), { boostTerm: weights ? (term) => weights.get(term) ?? 1 : undefined, ...(fields ? { fields } : {}) })
    .slice(0, limit)
    .map((r) => ({ passage: r.id as number, score: r.score }));
}
