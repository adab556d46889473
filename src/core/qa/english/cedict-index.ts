import { CEDICT_COMPACT } from './cedict-data.ts';

/**
 * Looks English keys up in the compact CC-CEDICT data (see cedict-compact.ts) without building a
 * map: the data is one sorted `key<TAB>words` line per key, so a binary search over line starts
 * finds a key in ~17 comparisons. Only the line offsets are computed, on the first lookup
 * (a few ms, 270 KB), instead of 67k map entries (~150 ms, ~11 MB).
 */
export interface CedictLookup {
  /** Chinese headwords for an English key (`launch`, `search engine`, `Italy`), best first. */
  (key: string): readonly string[] | undefined;
}

/**
 * Creates a lookup over serialized compact data (lines sorted by key, as serializeCompactCedict
 * writes them).
 * @example createCedictLookup('launch\t推出 发射\nmodel\t模型')('model') // ['模型']
 */
export function createCedictLookup(data: string): CedictLookup {
  let starts: Int32Array | undefined;
  const lineStarts = (): Int32Array => {
    let count = 1;
    for (let i = data.indexOf('\n'); i !== -1; i = data.indexOf('\n', i + 1)) count++;
    const result = new Int32Array(count);
    for (let line = 1, i = data.indexOf('\n'); i !== -1; i = data.indexOf('\n', i + 1)) result[line++] = i + 1;
    return result;
  };
  return (key) => {
    starts ??= lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle] ?? 0;
      const tab = data.indexOf('\t', start);
      const candidate = data.slice(start, tab);
      if (candidate === key) {
        const end = data.indexOf('\n', tab);
        return data.slice(tab + 1, end === -1 ? undefined : end).split(' ');
      }
      if (candidate < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
}

/** The lookup over the bundled data; its line index is built on the first English question. */
export const lookupCedict: CedictLookup = createCedictLookup(CEDICT_COMPACT);
