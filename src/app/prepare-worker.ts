import { parentPort } from 'node:worker_threads';
import { foldArticle } from '../core/search/corpus-index.ts';
import { LocalVocabulary, prepareArticles, type FoldedArticle } from '../core/search/prepare.ts';
import { quotedNames } from '../core/text/lexicon.ts';
import { addWords } from '../core/text/segment.ts';
import type { ToWorker } from './parallel-build.ts';

/**
 * One preparation thread (see parallel-build.ts). It folds its batches and reports their quoted
 * names; once told the lexicon, it adds it to its own jieba and prepares the batches it kept.
 */
const port = parentPort!;
const folded = new Map<number, FoldedArticle[]>();
const vocab = new LocalVocabulary();

port.on('message', (message: ToWorker) => {
  if (message.type === 'fold') {
    const batch = message.articles.map(foldArticle);
    folded.set(message.batch, batch);
    const names = new Set<string>();
    for (const article of batch) for (const text of [article.title, ...article.paragraphs]) for (const name of quotedNames(text)) names.add(name);
    port.postMessage({ type: 'folded', batch: message.batch, names: [...names] });
    return;
  }
  addWords(message.lexicon);
  for (const batch of [...folded.keys()].sort((a, b) => a - b)) {
    const prepared = prepareArticles(folded.get(batch)!, vocab);
    folded.delete(batch);
    const buffers = [prepared.text, prepared.when, prepared.title].flatMap((f) => [f.ids.buffer, f.tfs.buffer, f.lengths.buffer]);
    port.postMessage({ type: 'prepared', batch, prepared }, [...buffers, prepared.paragraphCounts.buffer, prepared.df.ids.buffer, prepared.df.counts.buffer] as ArrayBuffer[]);
  }
});
