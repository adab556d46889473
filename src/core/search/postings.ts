/**
 * Inverted lists of one field in compressed-sparse-row form: the documents holding term `t` are
 * `docs[offsets[t] .. offsets[t + 1])`, ascending, with their term frequencies in `tfs`.
 * Typed arrays keep 40 million postings in a few hundred megabytes, and a snapshot of them is
 * their bytes: loading one is a view, not a rebuild (which is what made MiniSearch's `loadJSON`
 * take tens of seconds on a large corpus; see README, "Scale").
 */
export interface FieldPostings {
  /** Length = number of terms + 1. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
}

/** Postings of one field as they arrive, document by document (doc-major). */
export class FieldStaging {
  private terms = new GrowableU32();
  private freqs = new GrowableU16();
  /** Number of distinct terms, that is of entries, in each document (BM25's field length, as MiniSearch counts it). */
  readonly lengths = new GrowableU32();

  /** Appends many documents at once: `lengths[i]` entries each, in order (one copy, not a push per entry). */
  addDocs(termIds: Uint32Array, tfs: Uint16Array, lengths: Uint32Array): void {
    this.terms.append(termIds);
    this.freqs.append(tfs);
    this.lengths.append(lengths);
  }

  /**
   * The term-major lists, by counting sort (documents are already in order, so each list comes
   * out ascending). `firstDoc` is the id of the first staged document.
   */
  build(termCount: number, firstDoc = 0): FieldPostings {
    const terms = this.terms.view();
    const freqs = this.freqs.view();
    const lengths = this.lengths.view();
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < terms.length; i++) offsets[terms[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, termCount);
    const docs = new Uint32Array(terms.length);
    const tfs = new Uint16Array(terms.length);
    let start = 0;
    for (let d = 0; d < lengths.length; d++) {
      const end = start + lengths[d]!;
      for (let i = start; i < end; i++) {
        const at = next[terms[i]!]!++;
        docs[at] = firstDoc + d;
        tfs[at] = freqs[i]!;
      }
      start = end;
    }
    return { offsets, docs, tfs };
  }
}

/**
 * Lists of `a` followed by those of `b`, term by term. Every document of `b` must come after
 * every document of `a` (new articles get new ids), so each merged list stays ascending.
 * One pass over the postings: adding articles never re-segments the old ones.
 */
export function mergePostings(a: FieldPostings, b: FieldPostings, termCount: number): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  const docs = new Uint32Array(a.docs.length + b.docs.length);
  const tfs = new Uint16Array(docs.length);
  let at = 0;
  const copy = (p: FieldPostings, t: number) => {
    if (t + 1 >= p.offsets.length) return;
    const from = p.offsets[t]!;
    const to = p.offsets[t + 1]!;
    docs.set(p.docs.subarray(from, to), at);
    tfs.set(p.tfs.subarray(from, to), at);
    at += to - from;
  };
  for (let t = 0; t < termCount; t++) {
    offsets[t] = at;
    copy(a, t);
    copy(b, t);
  }
  offsets[termCount] = at;
  return { offsets, docs, tfs };
}

/** How many documents hold term `t` in this field. */
export function docFrequency(p: FieldPostings, t: number): number {
  return t + 1 < p.offsets.length ? p.offsets[t + 1]! - p.offsets[t]! : 0;
}

type Typed = Uint32Array | Uint16Array;

/** An append-only typed list that doubles its buffer (cheaper than a JS array of numbers at millions of entries). */
class Growable<T extends Typed> {
  private data: T;
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }
  append(values: T): void {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }
  private grow(atLeast: number): void {
    const grown = this.make(Math.max(atLeast, this.data.length * 2));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export class GrowableU32 extends Growable<Uint32Array> {
  constructor() {
    super((n) => new Uint32Array(n));
  }
}

export class GrowableU16 extends Growable<Uint16Array> {
  constructor() {
    super((n) => new Uint16Array(n));
  }
}
