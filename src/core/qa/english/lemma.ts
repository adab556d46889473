/**
 * Base-form guesses for an English word, most literal first. The guesses over-generate on
 * purpose ("launches" → launches, launche, launch): the caller keeps the first one that its
 * glossary or dictionary knows, so a wrong guess simply finds nothing.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  bought: 'buy',
  built: 'build',
  began: 'begin',
  begun: 'begin',
  became: 'become',
  chose: 'choose',
  chosen: 'choose',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  led: 'lead',
  lost: 'lose',
  made: 'make',
  paid: 'pay',
  ran: 'run',
  raised: 'raise',
  rose: 'rise',
  risen: 'rise',
  said: 'say',
  sold: 'sell',
  spent: 'spend',
  took: 'take',
  taken: 'take',
  won: 'win',
  wrote: 'write',
  written: 'write',
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
};

const VOWEL = /[aeiou]/;

/**
 * @example lemmaCandidates('launched') // ['launched', 'launche', 'launch']
 * @example lemmaCandidates('countries') // ['countries', 'country', 'countrie', 'countri']
 * @example lemmaCandidates('banned') // ['banned', 'banne', 'bann', 'ban']
 */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const guesses = [w];
  const irregular = IRREGULAR[w];
  if (irregular) guesses.push(irregular);
  const undouble = (stem: string): void => {
    // "banned" → "bann" → "ban", "running" → "runn" → "run"
    if (stem.length >= 3 && stem.at(-1) === stem.at(-2) && !VOWEL.test(stem.at(-1) ?? '')) guesses.push(stem.slice(0, -1));
  };
  // "-'s" possessives come off first: "OpenAI's" is handled by the tokenizer, "company's" here.
  if (w.endsWith("'s")) guesses.push(w.slice(0, -2));
  if (w.endsWith('ies') && w.length > 4) guesses.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 3) guesses.push(w.slice(0, -1), w.slice(0, -2));
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) guesses.push(w.slice(0, -1));
  if (w.endsWith('ied') && w.length > 4) guesses.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed') && w.length > 4) {
    const stem = w.slice(0, -2);
    guesses.push(w.slice(0, -1), stem);
    undouble(stem);
  }
  if (w.endsWith('ing') && w.length > 4) {
    const stem = w.slice(0, -3);
    guesses.push(stem, `${stem}e`);
    undouble(stem);
  }
  return [...new Set(guesses)];
}
