/** One question of a `../shared/qa`-style file. */
export interface EvalItem {
  id: string;
  q: string;
  expect?: string[][];
  match?: 'any' | 'all';
  forbid?: string[];
  abstain?: boolean;
  chat?: string;
}

/** NFKC-folded, lower-cased, white space and digit-group commas removed: the README's matching rule. */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1');
}

/**
 * Scores one answer with the rules of ../shared/qa/README.md; returns why it failed, or undefined.
 * @example scoreAnswer({ id: 'x', q: '?', expect: [['20美元']] }, { answer: '20美元', abstained: false }) // undefined
 */
export function scoreAnswer(item: EvalItem, got: { answer: string; abstained: boolean }): string | undefined {
  if (item.abstain) return got.abstained ? undefined : 'should have abstained';
  if (got.abstained) return 'abstained';
  if ([...got.answer].length > 200) return `answer longer than 200 characters (${[...got.answer].length})`;
  const answer = foldForMatch(got.answer);
  const groups = item.expect ?? [];
  const hit = groups.map((group) => group.some((spelling) => answer.includes(foldForMatch(spelling))));
  const ok = item.match === 'any' ? hit.some(Boolean) : hit.every(Boolean);
  if (!ok) return `missing ${groups.filter((_, i) => !hit[i]).map((g) => g[0]).join(', ')}`;
  const bad = (item.forbid ?? []).filter((f) => answer.includes(foldForMatch(f)));
  if (bad.length > 0) return `forbidden ${bad.join(', ')}`;
  return undefined;
}
