/**
 * Finds the English time phrase of a question ("in May", "on April 11", "last year") so that it
 * can be handed, untouched, to the date parser and kept out of the search terms.
 */
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
const PREPOSITION = '(?:in|on|since|before|after|by|during|until|till|from|around|as of|at)';
const PART = '(?:(?:early|mid|late|mid-)\\s*|the (?:beginning|start|end|middle) of\\s+)';

/** A month with a day or a year stands on its own; a bare month or year needs a preposition ("may" is also a verb). */
const DATE_ALONE = [
  `${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`,
  `(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
  `${MONTH},?\\s+${YEAR}`,
  `${YEAR}-\\d{1,2}-\\d{1,2}`,
].join('|');
const DATE_AFTER_PREPOSITION = `${PREPOSITION}\\s+${PART}?(?:${DATE_ALONE}|${MONTH}|${YEAR})`;
const QUARTER = `(?:${PREPOSITION}\\s+)?(?:the\\s+)?(?:first|second|third|fourth|last) (?:quarter|half)(?: of (?:${YEAR}|this year|last year))?|Q[1-4](?:\\s+${YEAR})?`;
const RELATIVE = [
  '(?:last|this|next|past|previous) (?:year|month|week|quarter)',
  'the (?:past|last) (?:few )?(?:years?|months?|weeks?|days?)',
  '(?:\\d+|a|an|one|two|three|four|five|six|several|a few) (?:days?|weeks?|months?|years?) ago',
  'yesterday|today|tomorrow',
].join('|');

const TIME_PHRASE = new RegExp(
  `\\b(?:${DATE_AFTER_PREPOSITION}|${DATE_ALONE}|${QUARTER}|${RELATIVE})\\b`,
  'i',
);

/**
 * The first time phrase of an English question, as written, or undefined.
 * @example findTimePhrase('who launched a model in May?') // 'in May'
 * @example findTimePhrase('What did Baidu launch on March 27?') // 'on March 27'
 */
export function findTimePhrase(question: string): string | undefined {
  return TIME_PHRASE.exec(question)?.[0];
}
