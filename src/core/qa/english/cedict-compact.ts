/**
 * A compact English → Chinese index derived from CC-CEDICT (which is Chinese → English).
 *
 * Why compact: the full dictionary (124k entries, ~200k senses) costs ~1 s and ~80 MB just to
 * load, and most of its glosses are descriptions ("the emergency number for …"), useless as
 * search terms. A question word needs a short gloss ("launch", "search engine") mapped to a short
 * headword (推出, 搜索引擎), so only those are kept: glosses of one or two words, taken from the
 * first few senses, pointing to headwords of one to four Han characters, ranked by how common the
 * headword is in Chinese text.
 */

/** One CC-CEDICT entry as the cc-cedict package stores it: [traditional, simplified, pinyin, english, …]. */
export type RawCedictEntry = readonly [string, string, string, string | readonly string[], ...unknown[]];

export interface CompactCedictOptions {
  /** Senses considered per entry, in dictionary order (later senses are rarer). */
  maxSenses: number;
  /** Longest English key, in words. */
  maxWords: number;
  /** Longest Chinese headword, in characters. */
  maxHeadwordLength: number;
  /** Headwords kept per English key. */
  maxCandidates: number;
}

export const DEFAULT_COMPACT_OPTIONS: CompactCedictOptions = {
  maxSenses: 4,
  maxWords: 2,
  maxHeadwordLength: 4,
  maxCandidates: 6,
};

/** English key → Chinese headwords, best first. */
export type CompactCedict = ReadonlyMap<string, readonly string[]>;

const HAN_WORD = /^\p{Script=Han}+$/u;
/** Cross-references and notes, not translations. */
const SKIPPED_GLOSS =
  /^(?:old |archaic |Japanese |ancient |erroneous )?variant of|^(?:surname|used in|see |see also|CL:|abbr\. (?:for|of)|also (?:written|pr\.)|\(?(?:classical|literary|archaic|dialect|slang|Cantonese|Tw)\b)/i;
const ENGLISH_KEY = /^[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*$/;
/** Placeholders and leading words that do not belong in a search key. */
const DROPPED_WORDS = new Set(['sb', 'sth', "sb's", "sth's", "one's", 'oneself', 'etc']);

/**
 * Turns one dictionary sense into the English keys it supports.
 * @example glossKeys('to push out; to release', false) // ['push out', 'release']
 * @example glossKeys('Europe (abbr. for 歐羅巴洲)', true) // ['Europe']
 */
export function glossKeys(sense: string, properNoun: boolean): string[] {
  const keys: string[] = [];
  for (const part of sense.split(';')) {
    if (SKIPPED_GLOSS.test(part.trim())) continue;
    let text = part;
    // Nested parentheses ("(abbr. for 歐羅巴洲|欧罗巴洲[Ou1 luo2 ba1 Zhou1])") come off inside out.
    for (let previous = ''; previous !== text; ) {
      previous = text;
      text = text.replace(/\([^()]*\)/g, ' ');
    }
    // "Baidu, Internet portal and search engine …": the name is what precedes the comma.
    text = (text.split(',')[0] ?? '').trim();
    text = text.replace(/^(?:to|a|an|the) /i, '');
    const words = text.split(/\s+/).filter((word) => word !== '' && !DROPPED_WORDS.has(word.toLowerCase()));
    const key = words.join(' ');
    if (!ENGLISH_KEY.test(key)) continue;
    // A proper noun keeps its capital ("Italy"), everything else is folded ("Model" → "model").
    keys.push(properNoun && /^[A-Z]/.test(key) ? key : key.toLowerCase());
  }
  return keys;
}

/**
 * Builds the compact index. `frequency(word)` is how common a Chinese word is (e.g. jieba's
 * dictionary counts); it decides the order among headwords sharing a gloss.
 * @example
 * const index = buildCompactCedict([['推出', '推出', 'tui1 chu1', ['to push out', 'to launch']]], () => 1);
 * index.get('launch') // ['推出']
 */
export function buildCompactCedict(
  entries: Iterable<RawCedictEntry>,
  frequency: (word: string) => number,
  options: CompactCedictOptions = DEFAULT_COMPACT_OPTIONS,
): Map<string, string[]> {
  const scores = new Map<string, Map<string, number>>();
  for (const [, simplified, pinyin, english] of entries) {
    if (simplified.length > options.maxHeadwordLength || !HAN_WORD.test(simplified)) continue;
    const senses = typeof english === 'string' ? [english] : english;
    const properNoun = /^[A-Z]/.test(pinyin);
    const base = Math.log10(frequency(simplified) + 1) - (simplified.length === 1 ? 1.5 : 0);
    senses.slice(0, options.maxSenses).forEach((sense, senseIndex) => {
      const keys = glossKeys(sense, properNoun);
      keys.forEach((key, partIndex) => {
        if (key.split(' ').length > options.maxWords) return;
        // An entry that means exactly this (a sole gloss) beats one that lists it among others.
        const exact = keys.length === 1 && senses.length === 1 ? 0.5 : 0;
        const score = base - 0.5 * senseIndex - 0.2 * partIndex + exact;
        let byHeadword = scores.get(key);
        if (!byHeadword) scores.set(key, (byHeadword = new Map()));
        if (score > (byHeadword.get(simplified) ?? -Infinity)) byHeadword.set(simplified, score);
      });
    });
  }
  const index = new Map<string, string[]>();
  for (const key of [...scores.keys()].sort()) {
    const ranked = [...(scores.get(key) ?? [])]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxCandidates)
      .map(([word]) => word);
    index.set(key, ranked);
  }
  return index;
}

/**
 * One line per key, `key<TAB>word word …`, sorted by key (cedict-index.ts binary-searches it).
 * @example serializeCompactCedict(new Map([['launch', ['推出', '发射']]])) // 'launch\t推出 发射'
 */
export function serializeCompactCedict(index: CompactCedict): string {
  return [...index].map(([key, words]) => `${key}\t${words.join(' ')}`).join('\n');
}
