import { foldText } from '../text/normalize.ts';
import { cutTagged } from '../text/segment.ts';

/** What an open factoid question asks for, as far as slot alignment cares. */
export type SlotKind = 'what' | 'which' | 'list' | 'who' | 'where' | 'when' | 'amount' | 'why' | 'how';

/**
 * A question split around its interrogative: the answer is expected where a sentence has the
 * question's `left` text before it and its `right` text after it.
 */
export interface SlotQuestion {
  /** Folded question, trailing punctuation and particles removed. */
  text: string;
  kind: SlotKind;
  /** The interrogative as written (`哪家`, `什么时候`, `多少`); `''` for `X的时间是？`. */
  wh: string;
  left: string;
  right: string;
  /**
   * The noun or unit right after a determiner interrogative, which belongs to the answer when the
   * sentence repeats it: `哪家漫画公司` → `漫画公司` (`DC漫画公司`), `多少分钟` → `分钟` (`4分钟`).
   */
  head: string;
}

interface WhRule {
  re: RegExp;
  kind: SlotKind;
  /** The interrogative qualifies a noun that follows it (`哪家 公司`, `多少 分钟`). */
  determiner?: boolean;
}

// Order matters: longer and more specific interrogatives first (什么时候 before 什么, 哪里 before 哪).
const WH_RULES: WhRule[] = [
  { re: /为什么|为何|何故|什么原因|原因是什么/, kind: 'why' },
  { re: /什么时候|什么时间|什么年代|何时|何年|哪一?年|哪一?天|哪个月|哪个年代|几月|几号/, kind: 'when' },
  { re: /谁|哪一?位|哪些人|什么人|何人/, kind: 'who' },
  { re: /哪里|哪儿|什么地方|哪个地方|什么位置|何地|何处|在哪(?![些个家一位种部所条本首年里儿])/, kind: 'where' },
  { re: /怎么样|怎样|怎么|如何|什么样/, kind: 'how' },
  { re: /第几|多少|几|多大|多高|多长|多重|多远|多深|多宽|多久|多快|多少钱/, kind: 'amount', determiner: true },
  { re: /哪些/, kind: 'list', determiner: true },
  { re: /哪一?[个家所部首本种条支国座只款类项场届间名门样台]?/, kind: 'which', determiner: true },
  { re: /什么|何种|何物|啥/, kind: 'what', determiner: true },
];

/** `X的时间是？`, `X叫做？`: no interrogative, the answer follows the last word. */
const TRAILING_COPULA = /(?:是|为|叫|叫做|称为|有)$/;

/**
 * Splits a question around its interrogative, or returns undefined when it has none (yes/no
 * questions, commands).
 * @example parseSlotQuestion('海梅·雷耶斯是哪家漫画公司的虚拟人物？') // { kind: 'which', wh: '哪家', left: '海梅·雷耶斯是', right: '漫画公司的虚拟人物', head: '漫画公司' }
 */
export function parseSlotQuestion(question: string): SlotQuestion | undefined {
  const text = foldText(question)
    .replace(/甚么/g, '什么')
    .replace(/^(?:请问|请说出|请列出|你知道)[,，]?/, '')
    .replace(/[\s?？!！。.,，/、]+$/u, '')
    .replace(/(?:呢|呀|啊)$/, '')
    .trim();
  if (text === '') return undefined;
  // `即算为什么` at the end of a question is `为 + 什么` (counted as what), not `why`.
  const becomes = /为什么$/.exec(text);
  if (becomes && becomes.index > 0) return { text, kind: 'what', wh: '什么', left: text.slice(0, -2), right: '', head: '' };
  for (const rule of WH_RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    const head = rule.determiner && !/[国年]$/.test(m[0]) ? headOf(right, rule.kind) : '';
    return { text, kind: rule.kind, wh: m[0], left, right, head };
  }
  if (TRAILING_COPULA.test(text)) return { text, kind: 'what', wh: '', left: text, right: '', head: '' };
  return undefined;
}

/**
 * The noun phrase a determiner interrogative qualifies: up to two nouns for `哪家/什么`
 * (`漫画公司`), the classifier or unit for `多少/几` (`分钟`, `次`), with the noun after the empty
 * classifier `个` (`个坐席`).
 */
function headOf(right: string, kind: SlotKind): string {
  const words = cutTagged(right.slice(0, 12));
  const first = words[0];
  if (!first) return '';
  if (kind === 'amount') {
    if (!/^(?:q|n|m|x|eng)/.test(first.tag) || first.word.length > 3) return '';
    const next = words[1];
    if (first.word === '个' && next && /^n/.test(next.tag) && next.word.length <= 3) return first.word + next.word;
    return first.word;
  }
  let head = '';
  for (const { word, tag } of words.slice(0, 2)) {
    if (!/^n(?!r)/.test(tag) || !/^[\u4e00-\u9fff]+$/.test(word)) break;
    head += word;
  }
  return head;
}
