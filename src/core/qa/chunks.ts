import { isHan } from '../text/normalize.ts';

/** A stretch of a sentence not covered by the question's own words: where an answer can sit. */
export interface Chunk {
  start: number;
  end: number;
  text: string;
  /** Whether question words touch it on the left / right (the interrogative's slot). */
  leftTouch: boolean;
  rightTouch: boolean;
}

const BOUNDARY = /[,，。;；:：!！?？、()（）\s]/;
/** Brackets and quotes between a chunk and the question's words do not break their contact. */
const WRAPPERS = /[()（）“”"「」『』《》]/;

/**
 * Marks the characters of `sentence` (folded, lower-cased) covered by any of `words`, and
 * returns the uncovered stretches between punctuation. The interrogative's answer is usually one
 * of them, next to the question's words (FINDINGS: wh-slot alignment).
 * @example gaps('昆仑万维宣布联合奇点智源研发', ['昆仑万维','联合','研发']) // chunks '宣布', '奇点智源'
 */
export function gaps(sentence: string, words: string[]): Chunk[] {
  const lower = sentence.toLowerCase();
  const covered = new Uint8Array(sentence.length);
  for (const word of words) {
    if (word.length < 2 && !/^[a-z0-9]$/.test(word)) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) covered.fill(1, at, at + word.length);
  }
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < sentence.length) {
    if (covered[i] || BOUNDARY.test(sentence[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < sentence.length && !covered[j] && !BOUNDARY.test(sentence[j]!)) j++;
    let l = i - 1;
    while (l >= 0 && WRAPPERS.test(sentence[l]!)) l--;
    let r = j;
    while (r < sentence.length && WRAPPERS.test(sentence[r]!)) r++;
    chunks.push({ start: i, end: j, text: sentence.slice(i, j), leftTouch: l >= 0 && covered[l] === 1, rightTouch: r < sentence.length && covered[r] === 1 });
    i = j;
  }
  return chunks;
}

export const LEADING = /^(?:其中|同时|此外|另外|以及|并且|而|并|且|也|又|还|则|就|由|被|将|已|已经|均|都|正式|首次|率先|陆续|相继|先后|同样|同一天|当天|随后|之后|目前|近期|近日|日前|今年|去年|据悉|据了解|与此同时|除此之外|不过|但|而且)+/;
export const TRAILING = /(?:也均已|也都|也已|也|又|还|均|都|已经|已|正式|首次|率先|陆续|相继|先后|同样|则|就|将|会|曾|一度|即将|宣布|表示|称|的|了|等)+$/;
const PREP_PHRASE = /在[^,，。;；]{1,24}?(?:上|中|期间|之际|前夕|后|里|时)/g;

/**
 * Cleans a chunk that sits in subject position: drops `在…上` phrases, dates, leading
 * connectives and trailing adverbs (`商汤科技也` → `商汤科技`, `谷歌在I/O开发者大会上` → `谷歌`).
 */
export function cleanSubject(text: string): string {
  let out = text.replace(PREP_PHRASE, ' ').trim();
  out = out.split(' ').filter(Boolean)[0] ?? '';
  out = out.replace(/^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|^\d{1,2}月\d{1,2}日|^\d{1,2}月/, '');
  for (let k = 0; k < 3; k++) out = out.replace(LEADING, '').replace(TRAILING, '');
  return out.trim();
}

/** True when a chunk looks like a name: Latin letters, or at least two Han characters and no grammar words. */
export function looksLikeName(text: string): boolean {
  if (/[A-Za-z]{2,}/.test(text)) return true;
  let han = 0;
  for (const ch of text) if (isHan(ch)) han++;
  return han >= 2 && han <= 12 && !/^(?:的|了|是|在|和|与|对|将|把|被|从|向)|(?:的|了|是|在|和|与)$/.test(text);
}

const ORG_SUFFIX = /(?:公司|集团|科技|银行|大学|学院|研究院|研究所|实验室|中心|委员会|组织|机构|协会|基金会?|智源|网络|软件|电子|通信|资本|证券|控股|云|厂商|政府|部门|办公室|法院|联盟)$/;

/** True when a name ends like an organisation's (`淘云科技`, `美国联邦贸易委员会`). */
export function looksLikeOrg(text: string): boolean {
  return ORG_SUFFIX.test(text);
}
