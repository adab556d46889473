import type { Options } from 'minisearch';
import type { IndexedDoc } from './corpus-index.ts';

const SEP = '\u0001';

/** Terms are computed once by the text pipeline (tokens.ts) and handed to MiniSearch pre-cut. */
export function joinTerms(terms: string[]): string {
  return terms.join(SEP);
}

/**
 * The MiniSearch options for building and for loading a saved index: `loadJSON` needs the very
 * same ones. Documents and queries arrive already tokenized by the shared pipeline, so MiniSearch
 * only splits on the separator and keeps terms as they are.
 */
export const indexOptions: Options<IndexedDoc> = {
  fields: ['text', 'title', 'when'],
  storeFields: [],
  tokenize: (text) => (text === '' ? [] : text.split(SEP)),
  processTerm: (term) => term,
  searchOptions: {
    boost: { text: 1, title: 0.5, when: 1 },
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
  },
};
