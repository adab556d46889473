import type { Config } from '../config.ts';
import { createEngine } from '../core/engine.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Logger } from '../logger.ts';

/**
 * Reads the corpus named by the configuration and builds the engine over it. Malformed files are
 * logged with their name and reason and skipped: the rest is served.
 */
export async function openEngine(config: Pick<Config, 'CORPUS_DIR'>, logger: Logger) {
  const started = Date.now();
  const { articles, problems } = await loadCorpus(config.CORPUS_DIR);
  for (const p of problems) logger.warn(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`);
  if (articles.length === 0) logger.warn(`no articles found in ${config.CORPUS_DIR}: every answer will say the corpus does not cover it`);
  const engine = createEngine(articles, { now: Date.now });
  logger.info(`indexed ${articles.length} articles (${engine.index.passages.length} passages) from ${config.CORPUS_DIR} in ${Date.now() - started} ms`);
  return engine;
}
