import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { passageDateTerms } from './date-terms.ts';

/**
 * The costly half of indexing, kept pure so that worker threads can run it: folded text in,
 * term ids and frequencies out. Ids are local to a `LocalVocabulary` (one per worker); the
 * builder maps them to global ids, so threads never share a dictionary.
 */

/** An article's text, already folded (normalize.ts). */
export interface FoldedArticle {
  title: string;
  date: string;
  paragraphs: string[];
}

/** One field of a batch: for each document, its distinct term ids and their frequencies. */
export interface PreparedField {
  ids: Uint32Array;
  tfs: Uint16Array;
  /** Distinct terms per document; the document's entries follow the previous one's. */
  lengths: Uint32Array;
}

/** A batch of articles, ready for `IndexBuilder.addBatch`. Typed arrays, so a worker can transfer them. */
export interface PreparedBatch {
  /** Terms first seen in this batch, in the order of their local ids (the vocabulary's earlier terms came in earlier batches). */
  newTerms: string[];
  paragraphCounts: Uint32Array;
  sentences: number;
  /** Passages: paragraph words and bigrams. */
  text: PreparedField;
  /** Passages: date terms (`@2023-05`). */
  when: PreparedField;
  /** Articles: title terms. */
  title: PreparedField;
}

/** Term → local id, remembering which terms the last batch has not yet announced. */
export class LocalVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private announced = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  /** Terms added since the previous call. */
  takeNew(): string[] {
    const fresh = this.list.slice(this.announced);
    this.announced = this.list.length;
    return fresh;
  }
}

class FieldCollector {
  private ids: number[] = [];
  private tfs: number[] = [];
  private lengths: number[] = [];
  private readonly counts = new Map<number, number>();

  add(terms: string[], vocab: LocalVocabulary): void {
    const counts = this.counts;
    counts.clear();
    for (const term of terms) {
      const id = vocab.id(term);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of counts) {
      this.ids.push(id);
      this.tfs.push(tf);
    }
    this.lengths.push(counts.size);
  }

  done(): PreparedField {
    return { ids: Uint32Array.from(this.ids), tfs: Uint16Array.from(this.tfs, (tf) => Math.min(tf, 0xffff)), lengths: Uint32Array.from(this.lengths) };
  }
}

/**
 * Terms of each passage (text and dates) and of each title, as the index stores them.
 * @example prepareArticles([{ title: '讯飞星火发布', date: '2023-05-06', paragraphs: ['5月6日，科大讯飞发布讯飞星火。'] }], new LocalVocabulary())
 */
export function prepareArticles(articles: FoldedArticle[], vocab: LocalVocabulary): PreparedBatch {
  const text = new FieldCollector();
  const when = new FieldCollector();
  const title = new FieldCollector();
  const paragraphCounts = new Uint32Array(articles.length);
  let sentences = 0;
  articles.forEach((article, a) => {
    title.add(tokenize(article.title), vocab);
    paragraphCounts[a] = article.paragraphs.length;
    for (const paragraph of article.paragraphs) {
      text.add(tokenize(paragraph), vocab);
      when.add(passageDateTerms(paragraph, article.date), vocab);
      sentences += splitSentences(paragraph).length;
    }
  });
  return { newTerms: vocab.takeNew(), paragraphCounts, sentences, text: text.done(), when: when.done(), title: title.done() };
}
