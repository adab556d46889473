import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openEngine } from '../app/open-engine.ts';
import { findPassages, queryTerms } from '../core/search/search.ts';
import { createLogger } from '../logger.ts';
import { SCALE_QUESTIONS } from './bench-scale-questions.ts';
import { progressBar } from './progress-bar.ts';

/**
 * One measurement of `npm run bench:scale`, in a process of its own so that its peak RSS is its
 * own: open the engine over `corpus` (building, or starting from the snapshot in `cache`), then
 * answer the fixed questions. Prints one JSON line.
 */
const [corpus, cache, out] = process.argv.slice(2) as [string, string, string];
const logger = createLogger({ level: 'warn' });
const bar = progressBar('build');
const t0 = performance.now();
const engine = await openEngine({ CORPUS_DIR: corpus, CACHE_DIR: cache }, logger, { onProgress: (p) => bar(p.phase, p.done, p.total) });
const openMs = performance.now() - t0;
// From the process's start: node, tsx compiling the sources, imports, then openEngine.
const readyMs = performance.now();
bar.done();
const heapAfterOpen = process.memoryUsage().heapUsed;

const t1 = performance.now();
engine.answer(SCALE_QUESTIONS[0]!);
const firstAnswerMs = performance.now() - t1;
const ms: number[] = [];
let answered = 0;
for (let round = 0; round < 3; round++) {
  for (const [i, question] of SCALE_QUESTIONS.entries()) {
    const t = performance.now();
    // The last question is a follow-up (它): it continues the conversation of the second one.
    const answer = engine.answer(question, { conversation: `bench-${round}-${i === SCALE_QUESTIONS.length - 1 ? 1 : i}` });
    ms.push(performance.now() - t);
    if (round === 0 && !answer.abstained) answered++;
  }
}
// Retrieval alone, the part MiniSearch did (the baseline measures the same call on its index).
const searchMs: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const question of SCALE_QUESTIONS) {
    const t = performance.now();
    findPassages(engine.index, queryTerms(question), 20);
    searchMs.push(performance.now() - t);
  }
}
mkdirSync(cache, { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    openedFrom: engine.openedFrom,
    openMs,
    readyMs,
    firstAnswerMs,
    ms,
    searchMs,
    answered,
    questions: SCALE_QUESTIONS.length,
    articles: engine.stats().articles,
    passages: engine.stats().passages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: heapAfterOpen / 1e6,
  }),
);
