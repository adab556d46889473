import { isHan } from './normalize.ts';
import { cut } from './segment.ts';

/**
 * Names mined from the corpus itself, to extend jieba's dictionary (default jieba cuts
 * 科大讯飞 as 科大/讯/飞 and 通义千问 as 通义/千问). Two sources, both general:
 * - quoted names: news prose quotes new product and model names (“讯飞星火”, 《…条例》);
 * - cohesive n-grams: 2–3 adjacent pieces, at least one a lone Han character, that occur often
 *   and whose lone characters rarely occur anywhere else (讯 almost only in 讯飞).
 * The second pass segments text, so it reads at most `sampleChars` of the corpus.
 * @example mineLexicon(['科大讯飞发布“讯飞星火”。']) // includes '讯飞星火'
 */
export function mineLexicon(texts: Iterable<string>, options: { sampleChars?: number; minCount?: number } = {}): string[] {
  const list = [...texts];
  return joinLexicon([list.flatMap(quotedNames)], mineSample(takeSample(list, options.sampleChars), options.minCount));
}

/** How much text the cohesive n-gram pass segments (about 2 s here): the first texts of the corpus. */
export const LEXICON_SAMPLE_CHARS = 3_000_000;

/** The texts the cohesive n-gram pass reads: the first ones, until `chars` characters (lazy, so a generator is read no further). */
export function takeSample(texts: Iterable<string>, chars = LEXICON_SAMPLE_CHARS): string[] {
  const sample: string[] = [];
  let sampled = 0;
  for (const text of texts) {
    if (sampled >= chars) break;
    sample.push(text);
    sampled += text.length;
  }
  return sample;
}

/**
 * `mineLexicon` in two halves, for a corpus prepared in worker threads: each worker collects
 * the quoted names of its share, one thread mines the sample (`mineSample`), and this joins
 * them. The result is the same as `mineLexicon` over the same texts.
 */
export function joinLexicon(quoted: Iterable<Iterable<string>>, mined: string[]): string[] {
  const words = new Set<string>();
  for (const names of quoted) for (const name of names) words.add(name);
  for (const word of mined) words.add(word);
  return [...words].sort();
}

/** The cohesive n-grams of a sample (the half of the lexicon that segments text). */
export function mineSample(sample: string[], minCount = 3): string[] {
  return cohesiveNgrams(sample, minCount);
}

const QUOTED = /[“"「『《]([^“”"「」『』《》\s,，。.;；:：!！?？、()（）]{2,16})[”"」』》]/g;
/** Characters of grammar, not of names: a quoted span holding one is a phrase (“像人但不是人”). */
export const PHRASE_CHARS = /[的了是在我你他她们不要会就都把被和与吗呢吧这那也还很最]/;

/** Quoted spans that look like names: 2–8 Han characters (plus any Latin), no clause punctuation or grammar words. */
export function quotedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const name = match[1]!;
    if (PHRASE_CHARS.test(name)) continue;
    let han = 0;
    for (const ch of name) if (isHan(ch)) han++;
    if (han >= 2 && han <= 8) names.push(name);
  }
  return names;
}

function cohesiveNgrams(texts: string[], minCount: number): string[] {
  const pieceCount = new Map<string, number>();
  const candidateCount = new Map<string, number>();
  for (const text of texts) {
    const pieces = cut(text);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      pieceCount.set(piece, (pieceCount.get(piece) ?? 0) + 1);
      for (let n = 2; n <= 3 && i + n <= pieces.length; n++) {
        const parts = pieces.slice(i, i + n);
        if (!parts.some((p) => p.length === 1)) continue;
        const joined = parts.join('');
        if (joined.length < 3 || joined.length > 5 || ![...joined].every(isHan)) continue;
        candidateCount.set(joined, (candidateCount.get(joined) ?? 0) + 1);
      }
    }
  }
  const found: string[] = [];
  for (const [joined, count] of candidateCount) {
    if (count < minCount) continue;
    // Every lone character of the n-gram must occur inside it at least half of the time.
    const lone = cut(joined).filter((p) => p.length === 1);
    if (lone.length > 0 && lone.every((ch) => count / (pieceCount.get(ch) ?? count) >= 0.5)) found.push(joined);
  }
  return found;
}
