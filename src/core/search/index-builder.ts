import { FieldStaging, mergePostings, type FieldPostings } from './postings.ts';
import type { PostingData } from './posting-index.ts';
import { TermIds } from './term-ids.ts';
import { mergeOrder, sortTerms, TermTable } from './term-table.ts';
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
  /** Terms new to this builder (not in `base`), from id `baseTerms` on. */
  private readonly ids = new TermIds();
  private readonly terms: string[] = [];
  private readonly baseTerms: number;
  private df: Uint32Array;
  private readonly text = new FieldStaging();
  private readonly when = new FieldStaging();
  private readonly title = new FieldStaging();
  private readonly firstPassage: number[];
  private sentences: number;

  constructor(private readonly base?: PostingData) {
    this.baseTerms = base ? base.terms.length : 0;
    this.df = new Uint32Array(Math.max(1024, this.baseTerms * 2));
    if (base) this.df.set(base.df);
    this.firstPassage = base ? Array.from(base.firstPassage) : [0];
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
    const remap = (field: PreparedField) => {
      const out = new Uint32Array(field.ids.length);
      for (let i = 0; i < out.length; i++) out[i] = map[field.ids[i]!]!;
      return out;
    };
    const text = remap(batch.text);
    const when = remap(batch.when);
    const title = remap(batch.title);
    this.text.addDocs(text, batch.text.tfs, batch.text.lengths);
    this.when.addDocs(when, batch.when.tfs, batch.when.lengths);
    this.title.addDocs(title, batch.title.tfs, batch.title.lengths);
    for (let i = 0; i < batch.df.ids.length; i++) this.df[map[batch.df.ids[i]!]!]! += batch.df.counts[i]!;
    for (let a = 0; a < batch.paragraphCounts.length; a++) this.firstPassage.push(this.firstPassage.at(-1)! + batch.paragraphCounts[a]!);
  }

  finish(): PostingData {
    const termCount = this.baseTerms + this.terms.length;
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
      terms: base ? base.terms.concat(this.terms) : TermTable.of(this.terms),
      termOrder: base ? mergeOrder(base.terms, base.termOrder, this.terms, sortTerms(this.terms, this.baseTerms), this.baseTerms) : sortTerms(this.terms),
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
    let id = this.ids.get(term) ?? (this.base ? this.base.terms.find(this.base.termOrder, term) : undefined);
    if (id !== undefined) return id;
    id = this.baseTerms + this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (id >= this.df.length) {
      const df = new Uint32Array(this.df.length * 2);
      df.set(this.df);
      this.df = df;
    }
    return id;
  }
}
