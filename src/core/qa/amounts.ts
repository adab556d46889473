/**
 * Amounts: money, percentages, counts, durations and quantities found in sentences
 * (`findAmounts`), what kind of amount a question asks for (`expectedAmount`, `unitMatches`),
 * and English framing for answers (`formatAmountEn`). Pure functions over text.
 *
 * Split by step: number words (`amounts-numerals.ts`), unit tables (`amounts-units.ts`), the
 * finder (`amounts-find.ts`) and the words around an amount (`amounts-context.ts`), the question
 * side (`amounts-expected.ts`) and output (`amounts-format.ts`).
 */
export type { Amount, AmountKind, Currency } from './amounts-types.ts';
export { findAmounts } from './amounts-find.ts';
export { expectedAmount, unitMatches, type ExpectedAmount } from './amounts-expected.ts';
export { formatAmountEn, formatNumberEn } from './amounts-format.ts';
export { parseChineseNumber } from './amounts-numerals.ts';
