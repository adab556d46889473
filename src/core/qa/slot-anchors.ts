/**
 * Where a question's text touches a sentence: for each position of the sentence, how strongly
 * the question's text left of the interrogative ends there, and how strongly its text right of
 * the interrogative starts there. Matching is on characters, so it needs no segmentation and
 * works the same for names the dictionary does not know.
 */

/** Words that glue a clause together: a match made only of them says little. */
const FUNCTION_CHARS = new Set([...'的了是在于和与及为被把将也都而之其所以从由对向着过等并或有']);

/** How much one matched character says about the alignment. */
export function charWeight(ch: string): number {
  if (/[\p{P}\p{S}\s]/u.test(ch)) return 0;
  return FUNCTION_CHARS.has(ch) ? 0.4 : 1;
}

/** A long match is hardly more certain than a medium one: weight beyond 4 counts for little. */
function capped(weight: number): number {
  return weight <= 4 ? weight : 4 + (weight - 4) * 0.3;
}

/**
 * Paraphrase often changes the word nearest the interrogative (`在哪里举行` / `于…举行`): up to
 * this many characters next to it may be skipped, at a cost.
 */
const MAX_SKIP = 2;

export interface Anchor {
  /** Match strength (0 when nothing matches here). */
  strength: number;
  /** Characters of the question's text skipped next to the interrogative. */
  skipped: number;
  /** Characters matched. */
  length: number;
}

const NONE: Anchor = { strength: 0, skipped: 0, length: 0 };

/**
 * For every end position `e` (0..n) of `sentence`: the best match of a suffix of `left`
 * (optionally short of its last characters) ending at `e`.
 * @example leftAnchors('他出生于', '他出生在北京')[3].length // 3 ('他出生', skipping '于')
 */
export function leftAnchors(left: string, sentence: string): Anchor[] {
  const out: Anchor[] = new Array(sentence.length + 1).fill(NONE);
  if (left === '') return out;
  for (let e = 1; e <= sentence.length; e++) {
    let best = NONE;
    for (let skip = 0; skip <= Math.min(MAX_SKIP, left.length - 1); skip++) {
      const end = left.length - skip;
      let k = 0;
      let weight = 0;
      while (k < end && k < e && left[end - 1 - k] === sentence[e - 1 - k]) weight += charWeight(left[end - 1 - k]!), k++;
      // A skipped character the sentence has right here is not skipped: the shorter skip covers it.
      if (skip > 0 && sentence[e] === left[end]) continue;
      const a = score(k, weight, left.slice(end), skip);
      if (a.strength > best.strength) best = a;
    }
    out[e] = best;
  }
  return out;
}

/**
 * For every start position `b` (0..n) of `sentence`: the best match of a prefix of `right`
 * (optionally after skipping its first characters) starting at `b`.
 */
export function rightAnchors(right: string, sentence: string): Anchor[] {
  const out: Anchor[] = new Array(sentence.length + 1).fill(NONE);
  if (right === '') return out;
  for (let b = 0; b < sentence.length; b++) {
    let best = NONE;
    for (let skip = 0; skip <= Math.min(MAX_SKIP, right.length - 1); skip++) {
      let k = 0;
      let weight = 0;
      while (skip + k < right.length && b + k < sentence.length && right[skip + k] === sentence[b + k]) weight += charWeight(right[skip + k]!), k++;
      if (skip > 0 && sentence[b - 1] === right[skip - 1]) continue;
      const a = score(k, weight, right.slice(0, skip), skip);
      if (a.strength > best.strength) best = a;
    }
    out[b] = best;
  }
  return out;
}

function score(length: number, weight: number, skippedText: string, skipped: number): Anchor {
  if (length === 0 || (skipped > 0 && length < 2)) return NONE;
  const skipCost = [...skippedText].reduce((sum, ch) => sum + charWeight(ch), 0) * 0.7 + skipped * 0.1;
  const strength = capped(weight) - skipCost;
  return strength > 0 ? { strength, skipped, length } : NONE;
}
