import type { Config } from '../config.ts';
import type { Article } from '../core/article.ts';
import { engineFromData, indexArticles } from '../core/engine.ts';
import { foldArticle } from '../core/search/corpus-index.ts';
import { IndexBuilder } from '../core/search/index-builder.ts';
import type { PostingData } from '../core/search/posting-index.ts';
import { LocalVocabulary, prepareArticles } from '../core/search/prepare.ts';
import { addWords, loadSegmenter } from '../core/text/segment.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Logger } from '../logger.ts';
import { articleHash, corpusKey, hashCorpusFiles, PIPELINE, readSnapshot, snapshotPath, writeSnapshot } from './index-store.ts';
import { buildInWorkers, type BuildProgress } from './parallel-build.ts';
import type { SnapshotContent } from './snapshot-codec.ts';

export interface OpenOptions {
  /** Progress of a build in worker threads (the benchmark draws a bar). */
  onProgress?: (progress: BuildProgress) => void;
}

/** From this many passages on, the build runs in worker threads: below it, their start-up (about 2 s) costs more than they save. */
const WORKERS_FROM = 20_000;

/** How the index was obtained, for logs and benchmarks. */
export type OpenedFrom = 'snapshot' | 'snapshot+added' | 'built';

/**
 * Opens the engine over `CORPUS_DIR`, from the snapshot in `CACHE_DIR` when it matches the
 * corpus, else by adding only the new articles to the snapshot, else by building (in worker
 * threads on a large corpus) and saving a new snapshot. A damaged or stale snapshot is logged
 * and rebuilt, never served. Malformed corpus files are logged by name and skipped.
 */
export async function openEngine(config: Pick<Config, 'CORPUS_DIR' | 'CACHE_DIR'>, logger: Logger, options: OpenOptions = {}) {
  const started = Date.now();
  const dir = config.CORPUS_DIR;
  const path = snapshotPath(config.CACHE_DIR, dir);
  // jieba's dictionary is needed whatever happens; it loads while the snapshot's bytes are read.
  const read = await readSnapshot(path, loadSegmenter);
  const files = await hashCorpusFiles(dir, read.ok ? read.content.files : []).catch(() => undefined);
  const key = files ? corpusKey(files) : '';
  let previous: SnapshotContent | undefined;
  if (files) {
    if (read.ok && read.content.key === key) {
      const { content } = read;
      logProblems(logger, content.problems);
      const engine = engineFromData(content.articles, content.data, content.lexicon, { now: Date.now });
      logger.info(`loaded the index of ${content.articles.length} articles (${content.data.textLength.length} passages) from ${path} in ${Date.now() - started} ms`);
      return Object.assign(engine, { openedFrom: 'snapshot' as OpenedFrom });
    }
    if (read.ok && read.content.pipeline === PIPELINE) previous = read.content;
    else if (read.ok) logger.info(`the index snapshot was made by another text pipeline (${read.content.pipeline}): rebuilding`);
    else if (!read.missing) logger.warn(`ignoring the index snapshot ${path}: ${read.reason}; rebuilding it`);
  }

  const { articles, problems } = await loadCorpus(dir);
  logger.debug(`read ${articles.length} articles in ${Date.now() - started} ms`);
  logProblems(logger, problems);
  if (articles.length === 0) logger.warn(`no articles found in ${dir}: every answer will say the corpus does not cover it`);
  const hashes = articles.map(articleHash);
  let openedFrom: OpenedFrom = 'built';
  let built = previous ? appendToSnapshot(previous, articles, hashes) : undefined;
  if (built) {
    openedFrom = 'snapshot+added';
    logger.info(`the corpus gained ${built.articles.length - previous!.articles.length} articles since the snapshot: added them to it`);
  } else {
    if (previous) logger.info('the corpus changed since the snapshot (articles edited or removed): rebuilding the index');
    const passages = articles.reduce((n, a) => n + a.paragraphs.length, 0);
    if (passages >= WORKERS_FROM) {
      const onStep = (step: string, ms: number) => logger.debug(`index build: ${step} ${Math.round(ms)} ms`);
      built = { articles, hashes, ...(await buildInWorkers(articles, { onProgress: options.onProgress, onStep })) };
    } else {
      built = { articles, hashes, ...indexArticles(articles) };
    }
  }
  const engine = engineFromData(built.articles, built.data, built.lexicon, { now: Date.now });
  logger.info(`indexed ${built.articles.length} articles (${engine.index.passages.length} passages) from ${dir} in ${Date.now() - started} ms`);
  if (files) {
    const saving = Date.now();
    const content: SnapshotContent = { key, pipeline: PIPELINE, files, problems, lexicon: built.lexicon, articles: built.articles, articleHashes: built.hashes, data: built.data };
    await writeSnapshot(path, content).then(
      (bytes) => logger.info(`saved the index snapshot ${path} (${(bytes / 1e6).toFixed(1)} MB) in ${Date.now() - saving} ms`),
      (error: unknown) => logger.warn(`could not save the index snapshot to ${path} (set CACHE_DIR to a writable folder): ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  return Object.assign(engine, { openedFrom });
}

interface Built {
  articles: Article[];
  hashes: string[];
  data: PostingData;
  lexicon: string[];
}

/**
 * When the corpus is the snapshot's articles, unchanged, plus new ones: the snapshot with the
 * new articles appended (only they are segmented, with the snapshot's lexicon). Otherwise
 * undefined: an edited or removed article, or more new text than old, calls for a rebuild.
 */
function appendToSnapshot(previous: SnapshotContent, articles: Article[], hashes: string[]): Built | undefined {
  const current = new Map(articles.map((a, i) => [a.id, hashes[i]!]));
  if (!previous.articles.every((a, i) => current.get(a.id) === previous.articleHashes[i])) return undefined;
  const known = new Set(previous.articles.map((a) => a.id));
  const fresh = articles.filter((a) => !known.has(a.id));
  if (textLength(fresh) > textLength(previous.articles)) return undefined;
  addWords(previous.lexicon);
  const builder = new IndexBuilder(previous.data);
  builder.addBatch(prepareArticles(fresh.map(foldArticle), new LocalVocabulary()), builder.source());
  return {
    articles: [...previous.articles, ...fresh],
    hashes: [...previous.articleHashes, ...fresh.map((a) => current.get(a.id)!)],
    data: builder.finish(),
    lexicon: previous.lexicon,
  };
}

function textLength(articles: Article[]): number {
  let n = 0;
  for (const a of articles) for (const p of a.paragraphs) n += p.length;
  return n;
}

function logProblems(logger: Logger, problems: Array<{ file: string; line?: number; reason: string }>): void {
  for (const p of problems) logger.warn(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`);
}
