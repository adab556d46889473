import { charWeight, leftAnchors, rightAnchors, type Anchor } from './slot-anchors.ts';
import { parseSlotQuestion, type SlotQuestion } from './slot-question.ts';
import { tighten, typedSlots, typeFit } from './slot-types.ts';

/**
 * Wh-slot alignment, a generic extractor for open factoid questions (什么/哪/谁/多少/几/何时/
 * 哪里/为什么 …) over encyclopaedia-style text: the question's text left and right of the
 * interrogative is matched in the sentence, and the answer is what lies between.
 */

/** An answer span in a sentence. Offsets are into the sentence (folded and verbatim alike). */
export interface SlotSpan {
  start: number;
  end: number;
  text: string;
  /** How well the question's text frames the span: the anchors' strength, less penalties. */
  score: number;
}

/** Ends a clause: a slot without an anchor on one side runs to the clause boundary, not past it. */
const CLAUSE_STOP = /[，,。；;:：!！?？]/;
/** Particles a paraphrase leaves at the edge of a slot (`在哪里举行` / `于南京举行`). */
const LEADING_PARTICLE = /^(?:于|在|是|为|由|被|从|以|乃|即|位于)/;
const COPULA = /(?:是|为|叫做|叫|称为|指)$/;
/** Below this the anchors are a coincidence (a lone `的`), not an alignment. */
const MIN_ANCHOR = 0.8;

/**
 * The answer span of `sentence` for `question`, or undefined when the question has no
 * interrogative or its text does not frame any part of the sentence.
 * `question` may be raw or folded text, or already parsed; `sentence` is folded text.
 * @example alignSlot('乍都节公园位于什么地方？', '乍都节公园位于泰国的首都曼谷。')?.text // '泰国的首都曼谷'
 * @example alignSlot('海梅·雷耶斯是哪家漫画公司的虚拟人物？', '海梅·雷耶斯是DC漫画公司旗下的虚拟人物。')?.text // 'DC漫画公司'
 */
export function alignSlot(question: string | SlotQuestion, sentence: string): SlotSpan | undefined {
  const q = typeof question === 'string' ? parseSlotQuestion(question) : question;
  if (!q) return undefined;
  const s = lower(sentence);
  if (q.kind === 'why') return alignCause(q, s, sentence);
  let best = alignFrame(q, { left: lower(q.left), right: lower(q.right) }, s);
  // `Y是X` answers `X是什么` (and `什么是X`): align the question turned around as well.
  for (const frame of reversed(q)) {
    const turned = alignFrame(q, { left: lower(frame.left), right: lower(frame.right), copula: frame.copula }, s);
    if (turned && (!best || turned.score - 0.2 > best.score)) best = turned;
  }
  if (!best) return undefined;
  if (describes(q)) best = { ...best, end: Math.max(best.end, s.replace(/[。.!！;；\s]+$/, '').length) };
  return { ...best, text: sentence.slice(best.start, best.end) };
}

function lower(text: string): string {
  const l = text.toLowerCase();
  return l.length === text.length ? l : text;
}

/** The question's text on each side of the slot; `copula` marks a frame turned around a `是`. Alternative frames are tried after the question's own. */
interface Frame {
  left: string;
  right: string;
  /** The side whose anchor must match in full from the copula on: `是中国的首都` needs its `是`. */
  copula?: 'left' | 'right';
}

function reversed(q: SlotQuestion): Frame[] {
  const out: Frame[] = [];
  const copula = COPULA.exec(q.left)?.[0];
  if (q.right === '' && copula && q.left.length > copula.length) out.push({ left: '', right: copula + q.left.slice(0, -copula.length), copula: 'right' });
  const leading = /^(?:是|为)/.exec(q.right)?.[0];
  if (q.left === '' && leading && q.right.length > 1) out.push({ left: q.right.slice(leading.length) + leading, right: '', copula: 'left' });
  return out;
}

/**
 * Clause starts and ends: where an unanchored side of a slot may stop. Stops inside brackets do
 * not count (`(Jean-Pierre Balligand,1950年5月30日 - )` is one gloss).
 */
function clauseBounds(s: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_STOP.test(ch)) {
      ends.push(i);
      starts.push(i + 1);
    }
  }
  ends.push(s.length);
  return { starts, ends };
}

const OPEN = '(（[【';
const CLOSE = ')）]】';

/**
 * A gloss in brackets right after an anchor (`巴利冈(Jean-Pierre Balligand,1950年…)`) is not the
 * answer: the slot starts after it. Returns where the slot starts.
 */
function pastGloss(s: string, start: number, end: number): number {
  if (!OPEN.includes(s[start] ?? '')) return start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (OPEN.includes(s[i]!)) depth++;
    else if (CLOSE.includes(s[i]!) && --depth === 0) {
      const rest = s.slice(i + 1, end).replace(/^[\s,，、]+/, '');
      // A slot that is all gloss stays as it is: the gloss may be what was asked (`学名是什么`).
      return rest === '' ? start : end - rest.length;
    }
  }
  return start;
}

const FREE: Anchor = { strength: 0, skipped: 0, length: 0 };

/** Where the text goes on after a bracketed gloss that starts at `at` (and the separator after it); `at` when there is none. */
function afterGloss(s: string, at: number): number {
  if (!OPEN.includes(s[at] ?? '')) return at;
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    if (OPEN.includes(s[i]!)) depth++;
    else if (CLOSE.includes(s[i]!) && --depth === 0) {
      let next = i + 1;
      while (next < s.length && /[\s,，、]/.test(s[next]!)) next++;
      return next < s.length ? next : at;
    }
  }
  return at;
}

/** Questions that ask for a description, answered by the rest of the sentence rather than by a name. */
const DESCRIPTION = /特点|特征|特色|作用|用途|功能|好处|危害|影响|区别|不同|意义|内容|样子|外观|外形|形态|形状|结构|经历|过程|方法|方式|措施|表现|症状|规定|注意事项|职责|成就|贡献|评价/;

function describes(q: SlotQuestion): boolean {
  return q.kind === 'how' || q.kind === 'list' || DESCRIPTION.test(q.text);
}

/** Questions whose answer often is a gloss in brackets: another name of the subject. */
const NAME_ASKED = /英文|英语|学名|原名|简称|全称|别名|别称|又称|外文|拉丁|本名|原文/;

/** Slots that only point back at something (`它`, `该公司`) name nothing. */
const POINTER = /^(?:它|他|她|其|该|此|这|那|本|彼)(?:们|个|些|座|位|家|种|所|部|条)?$/;

function alignFrame(q: SlotQuestion, frame: Frame, s: string): SlotSpan | undefined {
  const lefts = leftAnchors(frame.left, s);
  const rights = rightAnchors(frame.right, s);
  const { starts, ends } = clauseBounds(s);
  const open = new Map<number, Anchor>();
  for (const at of starts) open.set(at, FREE);
  lefts.forEach((a, e) => {
    if (a.strength < MIN_ANCHOR || (frame.copula === 'left' && a.skipped > 0)) return;
    open.set(e, a);
    // `阵内智则(1974年2月22日-),日本喜剧演员`: the description goes on after the gloss.
    const after = afterGloss(s, e);
    if (after > e && (open.get(after)?.strength ?? 0) < a.strength) open.set(after, a);
  });
  const close = new Map<number, Anchor>();
  for (const at of ends) close.set(at, FREE);
  rights.forEach((a, b) => { if (a.strength >= MIN_ANCHOR && !(frame.copula === 'right' && a.skipped > 0)) close.set(b, a); });

  let best: SlotSpan | undefined;
  for (const [a, la] of open) {
    for (const [b, ra] of close) {
      if (b <= a || la.strength + ra.strength === 0) continue;
      let start = a;
      let end = b;
      // The head noun of `哪家漫画公司` belongs to the answer when the sentence repeats it.
      if (ra.strength > 0 && ra.skipped === 0 && q.head) end += Math.min(q.head.length, ra.length);
      start = pastGloss(s, start, end);
      if (la.skipped > 0 || (la.strength === 0 && start > 0)) start += LEADING_PARTICLE.exec(s.slice(start, end))?.[0].length ?? 0;
      const slot = s.slice(start, end);
      if (![...slot].some((ch) => charWeight(ch) === 1) || POINTER.test(slot)) continue;
      const score = la.strength + ra.strength - penalty(q, slot, la.strength > 0 && ra.strength > 0) + typeFit(q, slot);
      if (!best || score > best.score) best = { start, end, text: slot, score };
    }
  }
  // A date or number the question's text does not frame may still be the one its clause is about.
  for (const typed of typedSlots(q, s)) {
    if (!best || typed.score > best.score) best = { ...typed, text: s.slice(typed.start, typed.end) };
  }
  if (!best) return undefined;
  const tight = tighten(q, s, best.start, best.end);
  return { ...best, start: tight.start, end: tight.end, text: s.slice(tight.start, tight.end) };
}

/** Long slots, slots across clauses and slots that repeat the question are unlikely answers. */
function penalty(q: SlotQuestion, slot: string, framed: boolean): number {
  const stops = [...slot].filter((ch) => CLAUSE_STOP.test(ch)).length;
  const content = [...slot].filter((ch) => charWeight(ch) === 1);
  const repeated = content.filter((ch) => q.text.includes(ch)).length / Math.max(1, content.length);
  const long = Math.max(0, slot.length - 25) * 0.05;
  const glossOnly = OPEN.includes(slot[0] ?? '') && afterGloss(slot, 0) === 0 && !NAME_ASKED.test(q.text) ? 1.5 : 0;
  return 0.03 * slot.length + long + stops * (framed ? 1 : 3) + repeated * 1.5 + glossOnly;
}

/** Words that introduce a cause, or announce a consequence after one. */
const CAUSE = /因为|由于|因此|为了|以防|以便|以免|以求|原因是|原因在于|是因/;
const CONSEQUENCE = /所以|因此|因而|于是|导致|使得|致使|从而/;

/**
 * `为什么` asks for a cause: the clause a cause word opens (`因为…`), else what comes before a
 * consequence word (`…，所以`), else what the question's text leaves of the sentence.
 */
function alignCause(q: SlotQuestion, s: string, sentence: string): SlotSpan | undefined {
  const made = (start: number, end: number, score: number): SlotSpan => ({ start, end, text: sentence.slice(start, end), score });
  const cause = CAUSE.exec(s);
  if (cause) {
    const stop = s.slice(cause.index).search(/[。；;]/);
    return made(cause.index, stop < 0 ? s.length : cause.index + stop, 1.5);
  }
  const effect = CONSEQUENCE.exec(s);
  if (effect && effect.index > 2) return made(0, effect.index, 1.2);
  // Otherwise: the sentence beyond where the question's text matches it.
  const rights = rightAnchors(lower(q.right), s);
  let after = -1;
  rights.forEach((a, b) => { if (a.strength >= 2 && b + a.length > after) after = b + a.length; });
  if (after > 0) {
    const rest = s.slice(after).replace(/^[，,、\s]+/, '');
    if ([...rest].filter((ch) => charWeight(ch) === 1).length >= 4) return made(s.length - rest.length, s.length, 0.8);
  }
  return undefined;
}
