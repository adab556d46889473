import { lookupCedict } from './cedict-index.ts';
import { GLOSSARY, type GlossaryEntry } from './glossary.ts';
import { lemmaCandidates } from './lemma.ts';
import { ENGLISH_STOPWORDS, findWhWord, type WhWord } from './question-words.ts';
import { findTimePhrase } from './time-phrase.ts';
import { isLatinToken, singularLatin, tokenizeEnglish, type EnglishToken } from './tokenize.ts';

export { isEnglishQuestion } from './is-english.ts';
export { translateTermsToEnglish } from './glossary.ts';
export type { WhWord } from './question-words.ts';

export interface TermCandidates {
  /** The words of the question, as written ("launched", "large models"). */
  english: string;
  /** Chinese candidates, best first; empty when `known` says the corpus has none of them. */
  chinese: string[];
  /** Where they came from. */
  via: 'glossary' | 'cedict' | 'latin';
}

export interface TranslatedQuestion {
  /** Content words and phrases with Chinese candidates, in question order. */
  terms: TermCandidates[];
  /** Tokens to search as written: OpenAI, ChatGPT, GPT-3, A100, PaLM, Bard, FTC, I/O. */
  latin: string[];
  whWord?: WhWord;
  /** The English time phrase, untouched, for the date parser: "in May", "on April 11", "last year". */
  timeText?: string;
}

export interface TranslateOptions {
  /** How many documents of the corpus contain a Chinese term (0 = none): used to choose among candidates. */
  known?: (term: string) => number;
}

/** Glossary forms as token lists, longest first, so that "large model" is tried before "model". */
const GLOSSARY_FORMS: ReadonlyArray<{ words: string[]; entry: GlossaryEntry }> = GLOSSARY.flatMap((entry) =>
  entry.english.map((form) => ({ words: tokenizeEnglish(form).map((t) => t.text), entry })),
).sort((a, b) => b.words.length - a.words.length);

/** A question token with its base-form guesses, computed once per question. */
interface Word extends EnglishToken {
  readonly lemmas: readonly string[];
}

/** Does a question word stand for a glossary word? Capitals and case-sensitive names must match as written. */
function wordMatches(word: Word, form: string, entry: GlossaryEntry): boolean {
  if (/^[A-Z&]{2,}$/.test(form) || entry.caseSensitive) return word.text === form || singularLatin(word.text) === form;
  return word.lemmas.includes(form.toLowerCase());
}

function matchGlossary(words: readonly Word[], at: number): { length: number; entry: GlossaryEntry } | undefined {
  for (const { words: forms, entry } of GLOSSARY_FORMS) {
    if (at + forms.length > words.length) continue;
    if (forms.every((form, i) => wordMatches(words[at + i] as Word, form, entry))) return { length: forms.length, entry };
  }
  return undefined;
}

/** Dictionary candidates; single characters (国, 用) only when nothing longer exists, as they match too much. */
function cedictCandidates(key: string): string[] | undefined {
  const found = lookupCedict(key);
  if (!found) return undefined;
  const words = found.filter((word) => word.length > 1);
  return words.length > 0 ? words : [...found];
}

function lookupWord(lemmas: readonly string[]): string[] | undefined {
  for (const lemma of lemmas) {
    const found = cedictCandidates(lemma);
    if (found) return found;
  }
  return undefined;
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/** A word that may start or end a two-word dictionary gloss ("search engine"): no name, no function word. */
const isPlainWord = (word: Word | undefined): word is Word =>
  word !== undefined &&
  !isLatinToken(word.text) &&
  !ENGLISH_STOPWORDS.has(word.text.toLowerCase()) &&
  (word.sentenceInitial || !/[A-Z]/.test(word.text));

/**
 * Turns an English question into Chinese search terms: glossary phrases first (longest match),
 * then CC-CEDICT two-word and one-word glosses, names and codes kept as written. The time phrase
 * and the wh-word are returned apart, for the date parser and the answerer.
 *
 * With `known`, each term keeps only the candidates the corpus contains, ordered by document count
 * weighted by dictionary rank (count / (rank + 1)); without it, dictionary order.
 * @example
 * translateQuestion('When did OpenAI launch ChatGPT?')
 * // { terms: [{ english: 'launch', chinese: ['发布', '推出', '上线'], via: 'glossary' }],
 * //   latin: ['OpenAI', 'ChatGPT'], whWord: 'when' }
 */
export function translateQuestion(question: string, options: TranslateOptions = {}): TranslatedQuestion {
  const timeText = findTimePhrase(question);
  const wh = findWhWord(question);
  // Both phrases leave a comma behind, so that the next word does not look like a sentence start.
  let rest = timeText === undefined ? question : question.replace(timeText, ' , ');
  if (wh) rest = rest.replace(wh.text, ' , ');
  const words: Word[] = tokenizeEnglish(rest).map((token) => ({ ...token, lemmas: lemmaCandidates(token.text) }));
  const terms: TermCandidates[] = [];
  const latin: string[] = [];
  const seen = new Set<string>();
  const addTerm = (english: string, chinese: string[], via: TermCandidates['via']): void => {
    const key = chinese.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ english, chinese: options.known ? rankByCorpus(chinese, options.known) : chinese, via });
  };
  const addLatin = (text: string): void => {
    if (!latin.includes(text)) latin.push(text);
  };

  for (let i = 0; i < words.length; ) {
    const word = words[i] as Word;
    const glossary = matchGlossary(words, i);
    if (glossary) {
      const matched = words.slice(i, i + glossary.length).map((w) => w.text);
      addTerm(matched.join(' '), [...glossary.entry.chinese], 'glossary');
      i += glossary.length;
      continue;
    }
    const next = words[i + 1];
    if (isPlainWord(word) && isPlainWord(next) && !next.sentenceInitial) {
      const first = word.text.toLowerCase();
      const pair = next.lemmas.map((lemma) => cedictCandidates(`${first} ${lemma}`)).find((found) => found !== undefined);
      if (pair) {
        addTerm(`${word.text} ${next.text}`, pair, 'cedict');
        i += 2;
        continue;
      }
    }
    translateWord(word, addTerm, addLatin);
    i += 1;
  }
  return {
    terms,
    latin,
    ...(wh ? { whWord: wh.whWord } : {}),
    ...(timeText !== undefined ? { timeText } : {}),
  };
}

/** One word that no glossary phrase took: a code, a name, or a dictionary word. */
function translateWord(
  word: Word,
  addTerm: (english: string, chinese: string[], via: TermCandidates['via']) => void,
  addLatin: (text: string) => void,
): void {
  const { text } = word;
  if (isLatinToken(text)) {
    addLatin(singularLatin(text));
    return;
  }
  if (ENGLISH_STOPWORDS.has(text.toLowerCase())) return;
  if (/^[A-Z]/.test(text)) {
    // A capital: a place or name the dictionary knows ("Europe"), else a name to keep as written
    // ("Bard", "Bedrock"). At the start of a sentence it may also be an ordinary word.
    const proper = cedictCandidates(text);
    if (proper) return addTerm(text, proper, 'cedict');
    const common = word.sentenceInitial ? lookupWord(word.lemmas) : undefined;
    if (common) addTerm(text, common, 'cedict');
    addLatin(text);
    return;
  }
  const found = lookupWord(word.lemmas) ?? cedictCandidates(capitalize(text));
  if (found) return addTerm(text, found, 'cedict');
  // "state-owned" and other joined words the dictionary lacks: try their parts.
  const parts = text.includes('-') ? text.split('-').filter((part) => !ENGLISH_STOPWORDS.has(part.toLowerCase())) : [];
  const translated = parts.map((part) => [part, lookupWord(lemmaCandidates(part))] as const);
  for (const [part, partFound] of translated) if (partFound) addTerm(part, partFound, 'cedict');
  // A word no dictionary knows is most likely a name typed in lower case ("chatgpt"): search it as is.
  if (!translated.some(([, partFound]) => partFound)) addLatin(text);
}

/**
 * Keeps the candidates the corpus contains, best first by document count weighted by dictionary
 * rank, so "launch" prefers 推出 over 发射 in a corpus about products.
 * @example rankByCorpus(['发射', '推出'], (t) => ({ 发射: 2, 推出: 40 })[t] ?? 0) // ['推出', '发射']
 */
export function rankByCorpus(candidates: readonly string[], known: (term: string) => number): string[] {
  return candidates
    .map((word, rank) => ({ word, rank, score: known(word) / (rank + 1) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .map((candidate) => candidate.word);
}
