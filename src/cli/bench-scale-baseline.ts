import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { queryTerms } from '../core/search/search.ts';
import { mineLexicon } from '../core/text/lexicon.ts';
import { foldText } from '../core/text/normalize.ts';
import { addWords } from '../core/text/segment.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { SCALE_QUESTIONS } from './bench-scale-questions.ts';
import { referenceIndex, referenceOptions, referenceSearch } from './minisearch-reference.ts';

/**
 * The baseline of `npm run bench:scale`, in its own process: MiniSearch over the same passages,
 * terms and fields (the project's previous index), built in one thread, saved with `toJSON`,
 * restarted with `loadJSON`, and queried with the same question terms. Prints one JSON line.
 */
const [corpus, out] = process.argv.slice(2) as [string, string];
const { articles } = await loadCorpus(corpus);
const t0 = performance.now();
addWords(mineLexicon(articles.flatMap((a) => [a.title, ...a.paragraphs]).map(foldText)));
const built = referenceIndex(articles);
const buildMs = performance.now() - t0;
const t1 = performance.now();
const json = JSON.stringify(built);
const saveMs = performance.now() - t1;
const t2 = performance.now();
const mini = MiniSearch.loadJSON(json, referenceOptions);
const loadMs = performance.now() - t2;
const searchMs: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const question of SCALE_QUESTIONS) {
    const t = performance.now();
    referenceSearch(mini, queryTerms(question), 20);
    searchMs.push(performance.now() - t);
  }
}
writeFileSync(out, JSON.stringify({ buildMs, saveMs, loadMs, snapshotBytes: Buffer.byteLength(json), searchMs, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
