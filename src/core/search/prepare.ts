import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { passageDateTerms } from './date-terms.ts';
import { GrowableU16, GrowableU32 } from './postings.ts';
import { TermIds } from './term-ids.ts';

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
  /** Passages of the batch holding each term (local id) in their text or title. */
  df: { ids: Uint32Array; counts: Uint32Array };
  /** Passages: paragraph words and bigrams. */
  text: PreparedField;
  /** Passages: date terms (`@2023-05`). */
  when: PreparedField;
  /** Articles: title terms. */
  title: PreparedField;
}

/** Term → local id, remembering which terms the last batch has not yet announced. */
export class LocalVocabulary {
  private readonly ids = new TermIds();
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

/**
 * One field's entries for a batch. Term frequencies are counted in a dense array indexed by
 * term id (a Map per document was a third of the preparation time), in first-occurrence order.
 */
class FieldCollector {
  private readonly ids = new GrowableU32();
  private readonly tfs = new GrowableU16();
  private readonly lengths = new GrowableU32();
  private tf = new Uint32Array(1 << 16);
  private readonly touched: number[] = [];

  /** Adds the next document; returns its distinct term ids (a view, valid until the next call). */
  add(terms: string[], vocab: LocalVocabulary): Uint32Array {
    for (const term of terms) {
      const id = vocab.id(term);
      if (id >= this.tf.length) {
        const grown = new Uint32Array(Math.max(id + 1, this.tf.length * 2));
        grown.set(this.tf);
        this.tf = grown;
      }
      if (this.tf[id]!++ === 0) this.touched.push(id);
    }
    for (const id of this.touched) {
      this.ids.push(id);
      this.tfs.push(Math.min(this.tf[id]!, 0xffff));
      this.tf[id] = 0;
    }
    this.lengths.push(this.touched.length);
    const added = this.ids.view().subarray(this.ids.length - this.touched.length);
    this.touched.length = 0;
    return added;
  }

  /** Copies, so that each array owns its buffer and can be transferred to another thread. */
  done(): PreparedField {
    return { ids: this.ids.view().slice(), tfs: this.tfs.view().slice(), lengths: this.lengths.view().slice() };
  }
}

/**
 * How many of a batch's passages hold each term in their text or their article's title (each
 * passage once per term): the workers count it, so the thread filing batches only adds sums.
 */
class DfCounter {
  private counts = new Uint32Array(1 << 16);
  private seen = new Uint32Array(1 << 16);
  private readonly touched: number[] = [];
  private passage = 0;

  /** Counts the distinct term ids of the next passage's text and title. */
  add(text: Uint32Array, title: Uint32Array): void {
    const serial = ++this.passage;
    for (const ids of [text, title]) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (id >= this.counts.length) this.grow(id + 1);
        if (this.seen[id] === serial) continue;
        this.seen[id] = serial;
        if (this.counts[id]!++ === 0) this.touched.push(id);
      }
    }
  }

  done(): { ids: Uint32Array; counts: Uint32Array } {
    const ids = Uint32Array.from(this.touched);
    return { ids, counts: Uint32Array.from(ids, (id) => this.counts[id]!) };
  }

  private grow(atLeast: number): void {
    const size = Math.max(atLeast, this.counts.length * 2);
    const counts = new Uint32Array(size);
    counts.set(this.counts);
    this.counts = counts;
    const seen = new Uint32Array(size);
    seen.set(this.seen);
    this.seen = seen;
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
  const df = new DfCounter();
  const paragraphCounts = new Uint32Array(articles.length);
  let sentences = 0;
  articles.forEach((article, a) => {
    const titleIds = title.add(tokenize(article.title), vocab).slice();
    paragraphCounts[a] = article.paragraphs.length;
    for (const paragraph of article.paragraphs) {
      df.add(text.add(tokenize(paragraph), vocab), titleIds);
      when.add(passageDateTerms(paragraph, article.date), vocab);
      sentences += splitSentences(paragraph).length;
    }
  });
  return { newTerms: vocab.takeNew(), paragraphCounts, sentences, df: df.done(), text: text.done(), when: when.done(), title: title.done() };
}
