import { isHan } from './normalize.ts';
import { cut } from './segment.ts';
import { STOPWORDS } from './stopwords.ts';

/**
 * The text pipeline of the index and of every query (the same function for both, so they can
 * never drift apart). Input is folded text (normalize.ts).
 *
 * Terms are jieba words (lower-cased; stop words, punctuation and single Han characters dropped)
 * plus the Han character bigrams of each run of content words. The bigrams make retrieval robust
 * to words the dictionary misses: `通义千问` cut as `通义/千问` in one sentence and whole in another
 * still shares `通义 义千 千问`.
 * @example tokenize('科大讯飞发布了讯飞星火') // words such as '发布' plus bigrams '科大','大讯','讯飞',…
 */
export function tokenize(text: string): string[] {
  return termsOf(cut(text));
}

/** Terms from already-cut words (for callers that need the words too). */
export function termsOf(rawWords: string[]): string[] {
  const words = joinHyphenated(rawWords);
  const terms: string[] = [];
  let run = '';
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
    run = '';
  };
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (STOPWORDS.has(word) || !isContentWord(word)) {
      flush();
      continue;
    }
    if (isHan(word[0]!)) {
      // Two-character words are exactly one bigram of the run; longer words also count whole.
      if (word.length > 2) terms.push(word);
      // Mixed names (`国产ChatGPT`) add only their Han part to the run, so bigrams stay Han.
      const han = /^[\u3400-\u9fff]+$/.test(word) ? word : (word.match(/^[\u3400-\u9fff]+/)?.[0] ?? '');
      if (han !== word) {
        run += han;
        flush();
        continue;
      }
      run += word;
    } else {
      flush();
      terms.push(word);
    }
  }
  flush();
  return terms;
}

/**
 * jieba cuts `GPT-4` into `GPT`, `-`, `4`; model names are told apart by the whole, so a
 * hyphenated Latin/number name is kept as one term, plus its head (`gpt-4` and `gpt`).
 */
function joinHyphenated(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const after = words[i + 2];
    if (next === '-' && after !== undefined && /^[A-Za-z][\w.]*$/.test(word) && /^[A-Za-z0-9][\w.]*$/.test(after)) {
      out.push(`${word}-${after}`, word);
      i += 2;
      continue;
    }
    out.push(word);
  }
  return out;
}

function isContentWord(word: string): boolean {
  // Words made only of punctuation, symbols or white space carry nothing.
  return /[\p{L}\p{N}]/u.test(word);
}

