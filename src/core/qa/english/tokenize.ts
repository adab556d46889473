/** The words of an English question, with what the translator needs to know about each. */
export interface EnglishToken {
  /** As written, with a possessive "'s" removed: "OpenAI's" → "OpenAI". */
  readonly text: string;
  /** Offset in the tokenized text. */
  readonly start: number;
  /** First word of a sentence, where a capital says nothing about being a name. */
  readonly sentenceInitial: boolean;
}

// Words, and the joined forms that must stay whole: GPT-3, I/O, JD.com, R&D, pre-training.
const TOKEN = /[A-Za-z0-9]+(?:[-/.&+][A-Za-z0-9]+)*(?:'s\b)?/g;

/**
 * Splits an English question into tokens.
 * @example tokenizeEnglish("Did OpenAI's GPT-4 pass?").map((t) => t.text) // ['Did', 'OpenAI', 'GPT-4', 'pass']
 */
export function tokenizeEnglish(text: string): EnglishToken[] {
  const folded = text.replace(/[\u2018\u2019]/g, "'").replace(/\bU\.S\.(?:A\.)?/g, 'US ');
  const tokens: EnglishToken[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const before = folded.slice(0, match.index).trimEnd();
    tokens.push({
      text: match[0].replace(/'s$/, ''),
      start: match.index,
      sentenceInitial: before === '' || /[.!?:;"(]$/.test(before),
    });
  }
  return tokens;
}

/**
 * A token that is a name or code to search as written: a digit (GPT-3, A100), a capital after
 * the first letter (ChatGPT, PaLM, FTC), or joining punctuation (I/O, JD.com).
 * @example isLatinToken('PaLM') // true
 * @example isLatinToken('Bard') // false: only a capital, decided by where it stands
 */
export function isLatinToken(text: string): boolean {
  return /\d/.test(text) || /.[A-Z]/.test(text) || /[/.&+]/.test(text);
}

/**
 * A Latin token without an English plural: "A100s" → "A100", "LLMs" → "LLM"; other words are returned unchanged.
 * @example singularLatin('A100s') // 'A100'
 */
export function singularLatin(text: string): string {
  return /[0-9A-Z]s$/.test(text) && text.length > 2 ? text.slice(0, -1) : text;
}
