import { docFrequency, type FieldPostings } from './postings.ts';
import type { TermTable } from './term-table.ts';

/** Everything a posting index is made of: typed arrays plus the term list (what a snapshot stores). */
export interface PostingData {
  /** Term id → term. */
  terms: TermTable;
  /** Term ids in the order of their terms (UTF-16 code units): a term is found by binary search, so no map of a million terms is built at start-up. */
  termOrder: Uint32Array;
  /** Passages holding each term in their text or their article's title (for IDF weights outside BM25). */
  df: Uint32Array;
  /** Over passages. */
  text: FieldPostings;
  /** Over passages: date terms. */
  when: FieldPostings;
  /** Over articles: a title is stored once and counts for each passage of its article. */
  title: FieldPostings;
  textLength: Uint32Array;
  whenLength: Uint32Array;
  titleLength: Uint32Array;
  /** Sentences in all passages (for the corpus description; counting them on demand would split every passage). */
  sentences: number;
  /** Article `a` owns passages `firstPassage[a] .. firstPassage[a + 1])`; length = articles + 1. */
  firstPassage: Uint32Array;
}

export type Field = 'text' | 'title' | 'when';
export const FIELDS: readonly Field[] = ['text', 'title', 'when'];
/** A title match counts half a body match: titles are short and shared by every passage of the article. */
export const FIELD_BOOST: Record<Field, number> = { text: 1, title: 0.5, when: 1 };
/** MiniSearch's BM25+ parameters, so rankings are the same as with MiniSearch (a test compares them). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface QueryTerm {
  term: string;
  boost?: number;
}

export interface Hit {
  passage: number;
  score: number;
}

/**
 * BM25 over passages with a title and a date field, scored exactly as MiniSearch scores
 * (per field `idf · (d + tf·(k+1) / (tf + k·(1 − b + b·len/avgLen)))`, summed, times the number
 * of distinct query terms matched). Scratch arrays are allocated once per index, so a query
 * allocates little beyond its result.
 */
export class PostingIndex {
  readonly data: PostingData;
  private readonly avg: Record<Field, number>;
  private readonly passageCount: number;
  private score: Float64Array;
  private quality: Uint16Array;
  private lastTerm: Int32Array;
  private stamp: Uint32Array;
  private query = 0;

  constructor(data: PostingData) {
    this.data = data;
    const n = (this.passageCount = data.textLength.length);
    let titleTotal = 0;
    for (let a = 0; a + 1 < data.firstPassage.length; a++) titleTotal += data.titleLength[a]! * (data.firstPassage[a + 1]! - data.firstPassage[a]!);
    this.avg = { text: sum(data.textLength) / n || 0, when: sum(data.whenLength) / n || 0, title: titleTotal / n || 0 };
    this.score = new Float64Array(n);
    this.quality = new Uint16Array(n);
    this.lastTerm = new Int32Array(n);
    this.stamp = new Uint32Array(n);
  }

  /** Term id, or undefined for a term no passage or title holds. */
  termId(term: string): number | undefined {
    return this.data.terms.find(this.data.termOrder, term);
  }

  /** Passages holding `term` in their text or title (0 when none). */
  df(term: string): number {
    const id = this.termId(term);
    return id === undefined ? 0 : this.data.df[id]!;
  }

  /** The best `limit` passages for the terms, best first (ties: lower passage first). */
  search(terms: QueryTerm[], limit: number, fields: readonly Field[] = FIELDS): Hit[] {
    if (this.passageCount === 0 || limit <= 0) return [];
    const stamp = ++this.query;
    const touched: number[] = [];
    terms.forEach(({ term, boost = 1 }, q) => {
      const id = this.termId(term);
      if (id === undefined || boost === 0) return;
      for (const field of fields) {
        if (field === 'title') this.scoreTitle(id, q, boost * FIELD_BOOST.title, stamp, touched);
        else this.scoreField(this.data[field], field === 'text' ? this.data.textLength : this.data.whenLength, this.avg[field], id, q, boost * FIELD_BOOST[field], stamp, touched);
      }
    });
    return this.top(touched, limit);
  }

  private scoreField(p: FieldPostings, lengths: Uint32Array, avg: number, id: number, q: number, weight: number, stamp: number, touched: number[]): void {
    const df = docFrequency(p, id);
    if (df === 0) return;
    const idf = Math.log(1 + (this.passageCount - df + 0.5) / (df + 0.5));
    for (let i = p.offsets[id]!, end = p.offsets[id + 1]!; i < end; i++) {
      const doc = p.docs[i]!;
      const tf = p.tfs[i]!;
      this.add(doc, weight * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[doc]!) / avg))), q, stamp, touched);
    }
  }

  private scoreTitle(id: number, q: number, weight: number, stamp: number, touched: number[]): void {
    const { title, titleLength, firstPassage } = this.data;
    if (docFrequency(title, id) === 0) return;
    const from = title.offsets[id]!;
    const to = title.offsets[id + 1]!;
    // The field's document frequency counts passages, as if each passage carried the title.
    let df = 0;
    for (let i = from; i < to; i++) df += firstPassage[title.docs[i]! + 1]! - firstPassage[title.docs[i]!]!;
    const idf = Math.log(1 + (this.passageCount - df + 0.5) / (df + 0.5));
    for (let i = from; i < to; i++) {
      const article = title.docs[i]!;
      const tf = title.tfs[i]!;
      const s = weight * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * titleLength[article]!) / this.avg.title)));
      for (let doc = firstPassage[article]!; doc < firstPassage[article + 1]!; doc++) this.add(doc, s, q, stamp, touched);
    }
  }

  private add(doc: number, s: number, q: number, stamp: number, touched: number[]): void {
    if (this.stamp[doc] !== stamp) {
      this.stamp[doc] = stamp;
      this.score[doc] = 0;
      this.quality[doc] = 0;
      this.lastTerm[doc] = -1;
      touched.push(doc);
    }
    this.score[doc]! += s;
    if (this.lastTerm[doc] !== q) {
      this.lastTerm[doc] = q;
      this.quality[doc]!++;
    }
  }

  private top(touched: number[], limit: number): Hit[] {
    const final = (doc: number) => this.score[doc]! * this.quality[doc]!;
    const better = (a: number, b: number) => final(a) > final(b) || (final(a) === final(b) && a < b);
    // A bounded min-heap: the worst kept hit on top, so most candidates cost one comparison.
    const heap: number[] = [];
    for (const doc of touched) {
      if (heap.length < limit) {
        heap.push(doc);
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1;
          if (!better(heap[parent]!, heap[i]!)) break;
          [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
          i = parent;
        }
      } else if (better(doc, heap[0]!)) {
        heap[0] = doc;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let worst = i;
          if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
          if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
          if (worst === i) break;
          [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
          i = worst;
        }
      }
    }
    return heap.sort((a, b) => (better(a, b) ? -1 : 1)).map((doc) => ({ passage: doc, score: final(doc) }));
  }
}

function sum(values: Uint32Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}
