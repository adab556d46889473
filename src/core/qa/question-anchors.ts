import type { CorpusIndex } from '../search/corpus-index.ts';
import { cutTagged } from '../text/segment.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { Extraction } from './extract.ts';
import type { QuestionAnalysis } from './question.ts';

/**
 * How a question's own words meet the corpus: the words it hinges on, whether the corpus has ever
 * seen them, and which of them are names. Used to abstain instead of answering from a sentence
 * about something else.
 */

/** Words too common in questions about launches to tell two questions apart. */
export const GENERIC = /^(?:发布|推出|上线|公司|企业|产品|模型|大模型|什么|哪些|多少|时候|国家|需要|预计|还会)$/;

/**
 * The question's rarest noun or name: a sentence whose passage lacks it is about something else.
 * Words, not bigrams: a bigram across two words says nothing about either.
 */
export function anchorTerms(index: CorpusIndex, q: QuestionAnalysis): Array<{ word: string; name: boolean }> {
  // Nouns and names only: a verb the corpus words differently (下跌 for 暴跌) is paraphrase, not absence.
  const words = questionWords(q)
    .filter(({ word, tag }) => /^(?:n|eng|x)/.test(tag) && !isHmmFragment(tag, word) && (word.length >= 2 || /^[a-z0-9]/i.test(word)) && /[\p{L}]/u.test(word))
    .map(({ word, tag }) => ({ word: word.toLowerCase(), name: isNameTag(tag, word) }))
    .filter(({ word }) => !STOPWORDS.has(word) && !GENERIC.test(word));
  const df = (w: string) => index.df.get(w) ?? Math.min(...[...bigramsOf(w)].map((b) => index.df.get(b) ?? 0), Number.MAX_SAFE_INTEGER);
  return words.sort((a, b) => df(a.word) - df(b.word)).slice(0, 1);
}

/** A particle or preposition that jieba's unknown-word model glues onto a name (`史继偕为`, `黄华麒是`, `松有`). */
const GLUED = /^(.+?)[是为有了与在和又将被把叫所对向从给让于由]$/;

/**
 * The question's words (interrogative removed) with their tags. An unknown word (`x`) that ends in
 * a particle is the name before it: `史继偕为什么…` is cut `史继偕为`, which no passage contains,
 * and a name absent from the passage would mean another subject. What is left of a two-character
 * word (`方是` → `方`) names nothing and is dropped; so is a leftover interrogative (`哪所`).
 */
export function questionWords(q: QuestionAnalysis): Array<{ word: string; tag: string }> {
  const out: Array<{ word: string; tag: string }> = [];
  for (const { word, tag } of cutTagged(`${q.left} ${q.right}`)) {
    if (/哪|什么|谁|多少/.test(word)) continue;
    const glued = tag === 'x' && /^[\u3400-\u9fff]+$/.test(word) ? GLUED.exec(word) : null;
    if (!glued) out.push({ word, tag });
    else if (glued[1]!.length >= 2) out.push({ word: glued[1]!, tag });
  }
  return out;
}

/**
 * jieba's HMM also glues two everyday characters into an unknown word (`有个`, `要花`, Taiwan's
 * `线上`): as an unknown (`x`) word, one or two Han characters are neither a name nor a noun the
 * answer must contain; three or more (`讯飞星火`) likely are.
 */
export function isHmmFragment(tag: string, word: string): boolean {
  return tag === 'x' && /^[\u3400-\u9fff]{1,2}$/.test(word);
}

/**
 * A name rather than a common noun: absent from the corpus, a name means the corpus does not
 * cover the question; a common noun (形状 for 螺旋状) is more likely paraphrase. Apple is a
 * common noun to jieba (苹果, the fruit) but leads its clause as a subject would.
 */
export function isNameTag(tag: string, word: string): boolean {
  if (isHmmFragment(tag, word)) return false;
  return /^(?:nr|ns|nt|nz|eng|x)/.test(tag) || /[a-z]/i.test(word);
}

/**
 * True when the corpus has never seen a question word, nor any two characters of the question
 * that overlap it: then it names something the corpus does not cover (`苹果` in a corpus without
 * Apple). A word jieba cut oddly (`昆仑万维和` → `万/维和`) still overlaps a known bigram (`万维`).
 */
export function unknownWord(index: CorpusIndex, q: QuestionAnalysis, word: string): boolean {
  if ((index.df.get(word) ?? 0) > 0) return false;
  const text = `${q.left} ${q.right}`.toLowerCase();
  const at = text.indexOf(word);
  if (at < 0) return false;
  for (let i = Math.max(0, at - 1); i < at + word.length; i++) {
    const pair = text.slice(i, i + 2);
    if (pair.length === 2 && (index.df.get(pair) ?? 0) > 0) return false;
  }
  return true;
}

export function* bigramsOf(word: string): Generator<string> {
  if (!/^[\u3400-\u9fff]+$/.test(word)) return;
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(i, i + 2);
}

/** The names in a question that the corpus knows (people, places, organisations, Latin names, a leading subject). */
export function questionNames(index: CorpusIndex, q: QuestionAnalysis): string[] {
  return questionWords(q)
    .filter(({ word, tag }) => (isNameTag(tag, word) || q.left.startsWith(word)) && word.length >= 2 && /[\p{L}]/u.test(word))
    .map(({ word }) => word.toLowerCase())
    .filter((w) => !STOPWORDS.has(w) && !GENERIC.test(w) && (index.df.get(w) ?? 0) > 0);
}

/** The noun right after a selecting interrogative (`哪款电动汽车` → 电动汽车), if any. */
export function askedKind(q: QuestionAnalysis): string | undefined {
  if (!/哪|什么/.test(q.wh)) return undefined;
  // The leading noun phrase: adjectives and nouns up to the first other word (`大/模型` → 大模型).
  let phrase = '';
  let noun = false;
  for (const { word, tag } of cutTagged(q.right)) {
    if (!/^(?:n|a|b|eng|x)/.test(tag)) break;
    phrase += word;
    noun ||= /^(?:n|eng|x)/.test(tag);
  }
  return noun && phrase.length >= 2 ? phrase.toLowerCase() : undefined;
}

/**
 * Drops spans that cannot answer this question: another question (a span holding an interrogative
 * or a question mark), a sentence about someone else (its passage names none of the question's
 * names: `苹果发布了什么大模型` answered from a passage about 谷歌), or a product answer from a
 * sentence that never speaks of the kind asked for (`什么大模型`).
 */
export function keepOnTopic(index: CorpusIndex, q: QuestionAnalysis, found: Extraction[]): Extraction[] {
  // A span holding an interrogative or a question mark is another question, not an answer; one
  // that opens with closing punctuation (`”正式发布`) was cut in the wrong place.
  let kept = found.filter((x) => !/[?？]|什么|哪|谁|多少/.test(x.short) && !/^[”’」』》)）,，。;；:：、]/.test(x.short));
  // At least one of the question's names: jieba may cut a name oddly (`昆仑万维和` → 昆仑/万/维和), and 维和 proves nothing.
  const names = questionNames(index, q);
  if (names.length > 0) kept = kept.filter((x) => names.some((n) => index.passages[x.candidate.passage]!.folded.toLowerCase().includes(n)));
  // `什么大模型`: the sentence must speak of the kind of thing asked for.
  const kind = q.answerType === 'product' ? askedKind(q) : undefined;
  if (kind) kept = kept.filter((x) => x.candidate.text.toLowerCase().includes(kind.slice(-2)));
  return kept;
}

/**
 * The noun an amount question counts when no counter names it (`科大讯飞有多少员工` → `员工`):
 * like the kind of product asked for, it must exist in the corpus for the corpus to count it.
 */
export function countedNoun(q: QuestionAnalysis): string | undefined {
  if (q.answerType !== 'amount' || q.head) return undefined;
  const first = cutTagged(q.right)[0];
  return first && /^(?:n|eng)/.test(first.tag) && first.word.length >= 2 ? first.word.toLowerCase() : undefined;
}
