import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text folding shared by the index and the questions: NFKC (full-width letters, digits and
 * punctuation become ASCII: `ＧＰＴ－４` → `GPT-4`, `，` → `,`) and Traditional → Simplified
 * Chinese (`通義千問` → `通义千问`) with OpenCC's Taiwan-to-mainland phrase tables.
 *
 * The fold keeps the length in UTF-16 units, so an offset in folded text is the same offset in
 * the original: the corpus is searched folded but quoted verbatim.
 */
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Characters that OpenCC would change: a cheap scan skips the converter for Simplified text. */
const traditionalChars: Set<string> = (() => {
  const chars = new Set<string>();
  const groups = [...OpenCC.Locale.to.cn, ...(OpenCC.Locale.from.tw ?? [])] as unknown[];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const entry of node.split('|')) {
        const [from, to] = entry.split(' ');
        if (from && to && from !== to) for (const ch of from) chars.add(ch);
      }
    } else if (Array.isArray(node)) node.forEach(visit);
  };
  visit(groups);
  return chars;
})();

/**
 * Folds text for matching without changing its length.
 * @example foldText('通義千問是甚麼？') // '通义千问是甚么?'
 */
export function foldText(text: string): string {
  const nfkc = foldWidth(text);
  if (!hasTraditional(nfkc)) return nfkc;
  const converted = toSimplified(nfkc);
  if (converted.length === nfkc.length) return converted;
  // A phrase rule changed the length: convert character by character instead.
  let out = '';
  for (const ch of nfkc) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

function hasTraditional(text: string): boolean {
  for (const ch of text) if (traditionalChars.has(ch)) return true;
  return false;
}

/** NFKC character by character, keeping a character whose NFKC form has another length (`…` → `...`). */
function foldWidth(text: string): string {
  // Fast path: nothing that NFKC changes. Most corpus text is plain CJK and ASCII.
  const whole = text.normalize('NFKC');
  if (whole === text) return text;
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFKC');
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** True for a Han character (CJK unified ideographs and extension A). */
export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
