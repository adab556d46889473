import nodejieba from 'nodejieba';

/**
 * The one module that knows about nodejieba. Segmentation always runs with the HMM on, which
 * keeps Latin words and numbers whole (`OpenAI`, `3.24`, `A100`) and guesses unknown names.
 *
 * jieba's dictionary is process-wide state: words added here (mined from the corpus, see
 * lexicon.ts) change how both the corpus and the questions are cut, which is why they are
 * added before the index is built and saved with any snapshot of it.
 */
const added = new Set<string>();

/**
 * Cuts text into words.
 * @example cut('科大讯飞发布认知大模型') // ['科大', '讯', '飞', '发布', '认知', '大', '模型'] before addWords(['科大讯飞'])
 */
export function cut(text: string): string[] {
  return nodejieba.cut(text, true);
}

/** Cuts text into words with jieba's part-of-speech tags (`nr` person, `ns` place, `nt` organisation, `x` unknown). */
export function cutTagged(text: string): Array<{ word: string; tag: string }> {
  return nodejieba.tag(text);
}

/** Loads jieba's dictionary now (about 1.5–3.5 s here) rather than at the first cut. */
export function loadSegmenter(): void {
  nodejieba.cut('', true);
}

/** Adds words to the segmenter's dictionary (idempotent). Returns how many were new. */
export function addWords(words: Iterable<string>): number {
  let count = 0;
  for (const word of words) {
    if (added.has(word) || word.length < 2) continue;
    nodejieba.insertWord(word);
    added.add(word);
    count++;
  }
  return count;
}
