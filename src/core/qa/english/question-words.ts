/**
 * The words an English question is built from rather than what it is about: the wh-word, which
 * the answerer needs, and function words, which are no search terms.
 */
export type WhWord = 'who' | 'what' | 'when' | 'where' | 'which' | 'how many' | 'how much' | 'how long' | 'why' | 'how' | 'list';

/** Longer forms first, so that "how many" wins over "how" and "what year" over "what". */
const WH_PATTERNS: ReadonlyArray<readonly [RegExp, WhWord]> = [
  // An imperative asks for a list: "List the companies that…", "Name the models…".
  [/^\s*(?:list|name|enumerate)\b/i, 'list'],
  [/\bhow many times\b/i, 'how many'],
  [/\bhow many\b/i, 'how many'],
  [/\bhow (?:big|large|high|expensive)\b/i, 'how much'],
  [/\bhow much\b/i, 'how much'],
  [/\bhow long\b/i, 'how long'],
  [/\b(?:what|which) (?:year|month|day|date|time)\b/i, 'when'],
  [/\bwho(?:m|se)?\b/i, 'who'],
  [/\bwhat\b/i, 'what'],
  [/\bwhen\b/i, 'when'],
  [/\bwhere\b/i, 'where'],
  [/\bwhich\b/i, 'which'],
  [/\bwhy\b/i, 'why'],
  [/\bhow\b/i, 'how'],
];

/**
 * The question's wh-word and the words that make it up ("How big" asks for an amount): the one
 * that comes first, the longest form at that place.
 * @example findWhWord('How many A100s does training GPT-3 take?') // { whWord: 'how many', text: 'How many' }
 * @example findWhWord('In what year did OpenAI launch ChatGPT?') // { whWord: 'when', text: 'what year' }
 */
export function findWhWord(question: string): { whWord: WhWord; text: string } | undefined {
  let best: { at: number; whWord: WhWord; text: string } | undefined;
  for (const [pattern, whWord] of WH_PATTERNS) {
    const match = pattern.exec(question);
    if (match && (best === undefined || match.index < best.at)) best = { at: match.index, whWord, text: match[0] };
  }
  return best && { whWord: best.whWord, text: best.text };
}

/** Lower-case function words, auxiliaries and light verbs ("take" in "how many GPUs does it take"). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those some any all each every both either neither other another such ' +
    'of to in on at for by with from into onto over under about around than as per via within without between ' +
    'and or but nor so if then also only just even still yet ever very too more most less least ' +
    'not no yes ' +
    'i me my mine you your yours he him his she her hers it its we us our ours they them their theirs ' +
    'what who whom whose which when where why how many much long whether ' +
    'is are was were be been being am do does did done doing have has had having ' +
    'will would shall should can could may might must ' +
    'get gets got take takes took taken make makes made go goes went gone come came let ' +
    'there here please tell know one ones thing things way lot kind ' +
    'hundred thousand million billion trillion percent'
  ).split(' '),
);
