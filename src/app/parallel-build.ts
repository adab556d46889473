import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../core/article.ts';
import { foldedTexts } from '../core/search/corpus-index.ts';
import { IndexBuilder, type TermSource } from '../core/search/index-builder.ts';
import type { PostingData } from '../core/search/posting-index.ts';
import type { PreparedBatch } from '../core/search/prepare.ts';
import { joinLexicon, mineSample, takeSample } from '../core/text/lexicon.ts';
import { addWords } from '../core/text/segment.ts';

export type ToWorker = { type: 'fold'; batch: number; articles: Array<Pick<Article, 'title' | 'date' | 'paragraphs'>> } | { type: 'index'; lexicon: string[] };
type FromWorker = { type: 'folded'; batch: number; names: string[] } | { type: 'prepared'; batch: number; prepared: PreparedBatch };

export interface BuildProgress {
  phase: 'fold' | 'index';
  done: number;
  total: number;
}

export interface ParallelBuildOptions {
  /** Worker threads; default: the machine's cores. */
  threads?: number;
  /** Passages per batch handed to a worker. */
  batchPassages?: number;
  onProgress?: (progress: BuildProgress) => void;
  /** Receives how long each step took (for logs and benchmarks). */
  onStep?: (step: string, ms: number) => void;
}

/**
 * Mines the lexicon and prepares the index in worker threads (segmentation is most of the
 * build, and jieba is single-threaded), while this thread mines the lexicon's sample and then
 * files the prepared batches, in article order, into the index. The result equals
 * `mineLexicon` + `buildIndex` in one thread; a test checks it.
 */
export async function buildInWorkers(articles: Article[], options: ParallelBuildOptions = {}): Promise<{ data: PostingData; lexicon: string[] }> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const batches = batchesOf(articles, options.batchPassages ?? 4_000);
  const workers = Array.from({ length: threads }, startWorker);
  let stopping = false;
  const failed = new Promise<never>((_, reject) => {
    for (const w of workers) {
      w.on('error', reject);
      w.on('exit', (code) => code !== 0 && !stopping && reject(new Error(`an index worker stopped with exit code ${code}`)));
    }
  });
  const stopAll = () => {
    stopping = true;
    return Promise.all(workers.map((w) => w.terminate()));
  };
  let clock = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    options.onStep?.(name, now - clock);
    clock = now;
  };
  try {
    const names: string[][] = [];
    const folded = collect<Extract<FromWorker, { type: 'folded' }>>(workers, 'folded', batches.length, (m) => {
      names.push(m.names);
      options.onProgress?.({ phase: 'fold', done: names.length, total: batches.length });
    });
    // Only what preparing reads, as plain objects (a structured clone keeps no getters or classes).
    batches.forEach((batch, i) => workers[i % threads]!.postMessage({ type: 'fold', batch: i, articles: batch.map(({ title, date, paragraphs }) => ({ title, date, paragraphs })) } satisfies ToWorker));
    // The cohesive-n-gram sample: the corpus's first texts, folded here while the workers fold everything.
    // Segmenting the sample here, meanwhile, changes nothing for the workers: their jieba is their own.
    const mined = mineSample(takeSample(foldedTexts(articles)));
    step('mine the lexicon sample (this thread, while the workers fold)');
    await Promise.race([folded, failed]);
    step('fold and collect quoted names (workers)');
    const lexicon = joinLexicon(names, mined);
    addWords(lexicon);

    const builder = new IndexBuilder();
    const sources: TermSource[] = workers.map(() => builder.source());
    const waiting = new Map<number, PreparedBatch>();
    let filingMs = 0;
    let next = 0;
    const prepared = collect<Extract<FromWorker, { type: 'prepared' }>>(workers, 'prepared', batches.length, (m) => {
      waiting.set(m.batch, m.prepared);
      // Batches are filed in article order; each worker's vocabulary grows in its own batch order.
      while (waiting.has(next)) {
        const filing = performance.now();
        builder.addBatch(waiting.get(next)!, sources[next % threads]!);
        filingMs += performance.now() - filing;
        waiting.delete(next++);
        options.onProgress?.({ phase: 'index', done: next, total: batches.length });
      }
    });
    for (const w of workers) w.postMessage({ type: 'index', lexicon } satisfies ToWorker);
    await Promise.race([prepared, failed]);
    step(`segment (workers) and file the batches (this thread: ${Math.round(filingMs)} ms of it)`);
    // The workers' memory (a jieba dictionary and a vocabulary each) goes before the postings are sorted, not after.
    await stopAll();
    const data = builder.finish();
    step('sort the postings');
    return { data, lexicon };
  } finally {
    await stopAll();
  }
}

/**
 * A worker running prepare-worker.ts. The project runs TypeScript through tsx, and a worker
 * thread does not inherit the parent's loader, so the worker registers tsx before importing.
 */
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./prepare-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

/** Resolves once `count` messages of `type` have arrived from the workers, handing each to `each`. */
function collect<M extends FromWorker>(workers: Worker[], type: M['type'], count: number, each: (message: M) => void): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    if (count === 0) resolve();
    const listener = (message: FromWorker) => {
      if (message.type !== type) return;
      each(message as M);
      if (++seen === count) {
        for (const w of workers) w.off('message', listener);
        resolve();
      }
    };
    for (const w of workers) w.on('message', listener);
  });
}

function batchesOf(articles: Article[], passages: number): Article[][] {
  const batches: Article[][] = [];
  let current: Article[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.paragraphs.length;
    if (size >= passages) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
