import { FieldStaging, mergePostings, type FieldPostings } from './postings.ts';
import { sortTerms, type PostingData } from './posting-index.ts';
import type { PreparedBatch, PreparedField } from './prepare.ts';

/** Maps one producer's local term ids (prepare.ts) to the builder's global ids. */
export interface TermSource {
  globalIds: number[];
}

/**
 * Collects prepared batches, in article order, into the typed arrays of a `PostingData`.
 * Given a `base`, the new articles are appended after it: its postings are merged, never
 * recomputed, so adding articles costs their own segmentation plus one copy of the lists.
 */
export class IndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[];
  private df: Uint32Array;
  /** Last passage (1-based) that counted each term, so a term in text and title counts once. */
  private seen: Uint32Array;
  private readonly text = new FieldStaging();
  private readonly when = new FieldStaging();
  private readonly title = new FieldStaging();
  private readonly firstPassage: number[];
  private passages: number;
  private sentences: number;

  constructor(private readonly base?: PostingData) {
    this.terms = base ? [...base.terms] : [];
    this.terms.forEach((term, id) => this.ids.set(term, id));
    this.df = new Uint32Array(Math.max(1024, this.terms.length * 2));
    if (base) this.df.set(base.df);
    this.seen = new Uint32Array(this.df.length);
    this.firstPassage = base ? Array.from(base.firstPassage) : [0];
    this.passages = base ? base.textLength.length : 0;
    this.sentences = base ? base.sentences : 0;
  }

  source(): TermSource {
    return { globalIds: [] };
  }

  /** Adds the next batch of articles (batches must arrive in article order). */
  addBatch(batch: PreparedBatch, source: TermSource): void {
    for (const term of batch.newTerms) source.globalIds.push(this.intern(term));
    this.sentences += batch.sentences;
    const map = source.globalIds;
    const remap = (field: PreparedField) => Uint32Array.from(field.ids, (id) => map[id]!);
    const text = remap(batch.text);
    const when = remap(batch.when);
    const title = remap(batch.title);
    // t, w, h: read positions in the batch's text, date and title entries; k: passage within the batch.
    let t = 0;
    let w = 0;
    let h = 0;
    let k = 0;
    for (let a = 0; a < batch.paragraphCounts.length; a++) {
      const titleEnd = h + batch.title.lengths[a]!;
      this.title.addDoc(title, batch.title.tfs, h, titleEnd);
      for (let p = 0; p < batch.paragraphCounts[a]!; p++, k++) {
        const serial = ++this.passages;
        const textEnd = t + batch.text.lengths[k]!;
        this.text.addDoc(text, batch.text.tfs, t, textEnd);
        for (let i = t; i < textEnd; i++) this.count(text[i]!, serial);
        for (let i = h; i < titleEnd; i++) this.count(title[i]!, serial);
        t = textEnd;
        const whenEnd = w + batch.when.lengths[k]!;
        this.when.addDoc(when, batch.when.tfs, w, whenEnd);
        w = whenEnd;
      }
      h = titleEnd;
      this.firstPassage.push(this.passages);
    }
  }

  finish(): PostingData {
    const termCount = this.terms.length;
    const base = this.base;
    const firstNew = base ? base.textLength.length : 0;
    const firstNewArticle = base ? base.titleLength.length : 0;
    const field = (staging: FieldStaging, old: FieldPostings | undefined, first: number) => {
      const fresh = staging.build(termCount, first);
      return old ? mergePostings(old, fresh, termCount) : fresh;
    };
    const concat = (old: Uint32Array | undefined, fresh: Uint32Array) => {
      if (!old) return Uint32Array.from(fresh);
      const out = new Uint32Array(old.length + fresh.length);
      out.set(old);
      out.set(fresh, old.length);
      return out;
    };
    return {
      terms: this.terms,
      termOrder: sortTerms(this.terms),
      df: this.df.slice(0, termCount),
      text: field(this.text, base?.text, firstNew),
      when: field(this.when, base?.when, firstNew),
      title: field(this.title, base?.title, firstNewArticle),
      textLength: concat(base?.textLength, this.text.lengths.view()),
      whenLength: concat(base?.whenLength, this.when.lengths.view()),
      titleLength: concat(base?.titleLength, this.title.lengths.view()),
      firstPassage: Uint32Array.from(this.firstPassage),
      sentences: this.sentences,
    };
  }

  private intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (id >= this.df.length) {
      const df = new Uint32Array(this.df.length * 2);
      df.set(this.df);
      this.df = df;
      const seen = new Uint32Array(df.length);
      seen.set(this.seen);
      this.seen = seen;
    }
    return id;
  }

  private count(id: number, serial: number): void {
    if (this.seen[id] === serial) return;
    this.seen[id] = serial;
    this.df[id]!++;
  }
}
