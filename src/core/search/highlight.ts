/**
 * Wraps the places where `terms` occur in `folded` with `【` `】`, applied to the verbatim `text`
 * (same length as `folded`). Overlapping and adjacent matches merge into one mark, so the
 * bigrams of `讯飞星火` mark the name once.
 * @example markTerms('讯飞星火发布', '讯飞星火发布', ['讯飞', '飞星', '星火']) // '【讯飞星火】发布'
 */
export function markTerms(text: string, folded: string, terms: string[]): string {
  const lower = folded.toLowerCase();
  const covered = new Uint8Array(text.length);
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) covered.fill(1, at, at + term.length);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (covered[i] && !covered[i - 1]) out += '【';
    out += text[i];
    if (covered[i] && !covered[i + 1]) out += '】';
  }
  return out;
}
