import type { CorpusIndex } from '../search/corpus-index.ts';
import { PHRASE_CHARS } from '../text/lexicon.ts';
import { cut, cutTagged } from '../text/segment.ts';
import { cleanSubject, gaps, LEADING, looksLikeName, looksLikeOrg, TRAILING } from './chunks.ts';
import type { Candidate } from './retrieve.ts';
import { ROLE_NOUN, type QuestionAnalysis } from './question.ts';
import { findDates } from './dates.ts';
import { findAmounts, expectedAmount, unitMatches, type Amount } from './amounts.ts';
import type { DateMention } from './dates-types.ts';
import { MAKING_VERBS } from './verbs.ts';

/** An answer span found in a candidate sentence. Offsets are into the sentence. */
export interface Extraction {
  candidate: Candidate;
  start: number;
  end: number;
  /** Folded text of the span. */
  short: string;
  date?: DateMention;
  /** The sentence that ties the span to the question when the span sits in the sentence before it (`…5月16日…。届时,阿尔特曼将…作证`). */
  support?: Candidate;
  score: number;
}

/** Distance in characters from a span to each matched question term's nearest occurrence in the sentence. */
export function distances(c: Candidate, start: number, end: number): number[] {
  const lower = c.text.toLowerCase();
  return c.matched.map((term) => {
    let best = 60;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const d = at >= end ? at - end : start >= at + term.length ? start - (at + term.length) : 0;
      if (d < best) best = d;
    }
    return best;
  });
}

/**
 * Closeness to the question's words: mostly the nearest one, plus a little for each other one
 * nearby, so a span amid several of them (`OpenAI CEO山姆·阿尔特曼` for "CEO of OpenAI") beats a
 * span next to just one.
 */
function near(c: Candidate, start: number, end: number): number {
  const ds = distances(c, start, end).sort((a, b) => a - b);
  const [first = 60, ...rest] = ds;
  const others = rest.reduce((sum, d) => sum + 0.08 / (1 + d / 6), 0);
  return 0.3 / (1 + first / 6) + Math.min(0.16, others);
}

function overlapsQuestion(q: QuestionAnalysis, text: string): boolean {
  const t = text.toLowerCase();
  return t.length > 0 && q.text.toLowerCase().includes(t);
}

/** Dates for `when` questions: the date nearest the question's words, day precision preferred. */
export function extractDate(index: CorpusIndex, cands: Candidate[]): Extraction[] {
  const out: Extraction[] = [];
  const precision = (d: DateMention) => (d.granularity === 'day' ? 0.15 : d.granularity === 'month' ? 0.08 : 0);
  // Dates are cheap to find and vote on, so more sentences are read than for other types.
  for (const c of cands.slice(0, 16)) {
    const p = index.passages[c.passage]!;
    const ref = index.articles[p.article]!.date;
    for (const d of findDates(c.text, ref)) {
      if (d.relative && !d.year) continue;
      out.push({ candidate: c, start: d.start, end: d.end, short: d.text, date: d, score: c.score + near(c, d.start, d.end) + precision(d) });
    }
    // `届时`, `当天`: the date is the one the sentence before just named.
    if (SAME_TIME.test(c.text) && c.sentence > 0) {
      const span = p.sentences[c.sentence - 1]!;
      const before: Candidate = { ...c, sentence: c.sentence - 1, text: p.folded.slice(span.start, span.end) };
      for (const d of findDates(before.text, ref)) {
        if (d.relative && !d.year) continue;
        out.push({ candidate: before, support: c, start: d.start, end: d.end, short: d.text, date: d, score: c.score + 0.1 + precision(d) });
      }
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

const SAME_TIME = /^[\s,，]*(?:届时|当天|当日|同日|同一天|当时|彼时|那天|这一天)/;

/** Amounts for `how many / how much / how long`: of the unit or kind the question asks for. */
export function extractAmount(q: QuestionAnalysis, cands: Candidate[]): Extraction[] {
  const want = wantedAmount(q);
  const out: Extraction[] = [];
  for (const c of cands.slice(0, 8)) {
    for (const a of findAmounts(c.text)) {
      if (overlapsQuestion(q, a.text)) continue;
      if (countsSomethingElse(want, a, c.text)) continue;
      const [start, end] = withQualifier(c.text, a);
      out.push({ candidate: c, start, end, short: c.text.slice(start, end), score: c.score + near(c, a.start, a.end) + amountFit(want, a) });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Units that are things counted, not counters: `多少参数`, `多少用户`. */
const NOUN_UNITS = new Set(['参数', '用户']);

/**
 * An amount of another thing than the one asked for: asked how many 参数, `五个使用场景` counts
 * 使用场景. Only for units that are nouns; after a counter (`1024张A100`) a noun is normal.
 */
function countsSomethingElse(want: ReturnType<typeof expectedAmount>, a: Amount, text: string): boolean {
  if (!want?.unit || !NOUN_UNITS.has(want.unit) || unitMatches(want.unit, a)) return false;
  const after = text.slice(a.end, a.end + 4);
  return /^[\u4e00-\u9fff]{2}/.test(after) && !after.startsWith(want.unit);
}

/** Words that make an amount approximate or a bound; the answer keeps them (`超过40家`, `约0.304平方公里`). */
const QUALIFIERS = /^(?:约为|大约|约|超过|逾|近|多达|至少|不到|不足|以上|以下|左右)$/;

function withQualifier(text: string, a: Amount): [number, number] {
  const q = a.qualifier;
  if (!q || !QUALIFIERS.test(q)) return [a.start, a.end];
  if (text.slice(a.start - q.length, a.start) === q) return [a.start - q.length, a.end];
  if (text.slice(a.end, a.end + q.length) === q) return [a.start, a.end + q.length];
  return [a.start, a.end];
}

/** The unit or kind of amount a question asks for, read from the question as asked. */
export function wantedAmount(q: QuestionAnalysis): ReturnType<typeof expectedAmount> {
  return expectedAmount(q.asked ?? q.text);
}

/**
 * How well an amount fits what the question asks: the very counter it names (多少种 → 30多种)
 * beats a compatible one (个 ~ 家), which beats the right kind with another counter (10余项).
 */
function amountFit(want: ReturnType<typeof expectedAmount>, a: Amount): number {
  if (want?.unit) {
    if (a.unit === want.unit) return 0.45;
    if (unitMatches(want.unit, a)) return 0.3;
    return want.kind === a.kind ? 0.05 : -0.15;
  }
  if (want?.kind === 'duration' && a.kind !== 'duration') return -0.4;
  if (want?.kind) return want.kind === a.kind ? 0.25 : -0.15;
  return 0;
}

/**
 * Names for `who / which company / which country`: the stretches of a sentence the question's
 * words leave uncovered, cleaned to a subject, scored by how snugly they fill the question's slot.
 */
export function extractName(q: QuestionAnalysis, cands: Candidate[], questionWords: string[]): Extraction[] {
  const out: Extraction[] = [];
  const asksAction = cutTagged(`${q.left} ${q.right}`).some((w) => /^v/.test(w.tag) && !/^(?:是|为|叫|有)$/.test(w.word));
  const actions = asksAction ? cutTagged(`${q.left} ${q.right}`).filter((w) => /^v/.test(w.tag) && w.word.length >= 2).map((w) => w.word) : [];
  for (const c of cands.slice(0, 8)) {
    const words = cut(c.text);
    // `“文心一言”正式发布`: the question's action has the question's own thing as its subject here,
    // so this sentence names no agent, and its other names are no answer to `谁发布了…`.
    const agentless = (q.answerType === 'agent' || q.answerType === 'org') && actions.some((verb) => hasOwnSubject(c.text, verb, questionWords));
    // Question words, not their bigrams: 讯飞 of 讯飞星火 must not cut 科大讯飞 in two.
    for (const chunk of gaps(c.text, [...questionWords, ...c.matched.filter((t) => !/^[\u3400-\u9fff]{2}$/.test(t))])) {
      const raw = chunk.text.replace(/^[“”"「」『』《》]+|[“”"「」『』《》]+$/g, '');
      const name = nounPhraseHead(cleanSubject(raw).replace(/^[“”"「」『』《》]+|[“”"「」『』《》]+$/g, ''));
      if (!looksLikeName(name) || overlapsQuestion(q, name) || /^\d/.test(name)) continue;
      // A name is no verb phrase (`展示`, `称为中国版ChatGPT`), except as the answer to an open `what`.
      if (q.answerType !== 'thing' && /^v/.test(cutTagged(name)[0]?.tag ?? '')) continue;
      const found = c.text.indexOf(name, chunk.start);
      if (found < 0) continue;
      // A name the question's bigrams cut into (科大|讯飞 of 科大讯飞) is widened to its whole word.
      const [at, end] = widenToWords(words, found, found + name.length);
      const whole = c.text.slice(at, end);
      if (whole !== name && overlapsQuestion(q, whole)) continue;
      // The question's words touch the name itself, or only quotes and adverbs lie between (阿里巴巴正式|推出).
      const onlyAdverbs = (text: string) => {
        const rest = text.replace(/[“”"「」『』《》\s]/g, '');
        return rest === '' || rest.replace(LEADING, '') === '' || rest.replace(TRAILING, '') === '';
      };
      const leftTouch = chunk.leftTouch && onlyAdverbs(c.text.slice(chunk.start, at));
      const rightTouch = chunk.rightTouch && onlyAdverbs(c.text.slice(end, chunk.end));
      let fit = (leftTouch ? 0.1 : 0) + (rightTouch ? 0.25 : 0);
      if (q.answerType === 'org' || q.answerType === 'agent') fit += looksLikeOrg(name) || /[A-Za-z]{2,}/.test(name) ? 0.1 : 0;
      if (q.answerType === 'person') {
        fit += looksLikePerson(name) ? 0.2 : -0.2;
        // `特斯拉CEO埃隆·马斯克`: the holder of a role follows it; what precedes it is the organisation.
        if (ROLE_BEFORE.test(c.text.slice(Math.max(0, at - 4), at))) fit += 0.2;
        if (ROLE_AFTER.test(c.text.slice(end, end + 4))) fit -= 0.3;
      }
      if (q.answerType === 'place') fit += /(?:国|州|省|市|地区|岛)$|^(?:美国|中国|日本|韩国|英国|法国|德国|意大利|西班牙|俄罗斯|印度|加拿大|澳大利亚|新加坡)$/.test(name) ? 0.3 : -0.2;
      if (whole.length > 16) fit -= 0.2;
      // Agents stand before their verb (阿里巴巴正式推出…); what follows a verb is its object (推出大模型).
      // A question without a verb of its own (`OpenAI的CEO是谁`, "who is the CEO of OpenAI") asks for no agent of an action.
      if (q.answerType !== 'thing' && asksAction) {
        // An agent asked for by its action stands before a verb; elsewhere in the sentence is a guess.
        if (SUBJECT_OF_VERB.test(c.text.slice(end, end + 8))) fit += 0.2;
        else if (q.answerType === 'agent' || agentless) fit -= agentless ? 0.6 : 0.3;
        if (OBJECT_OF_VERB.test(c.text.slice(Math.max(0, at - 4), at))) fit -= 0.25;
      }
      out.push({ candidate: c, start: at, end, short: whole, score: c.score + near(c, at, end) + fit });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

const ROLE_BEFORE = new RegExp(`(?:${ROLE_NOUN.source})$`, 'i');
const ROLE_AFTER = new RegExp(`^(?:${ROLE_NOUN.source})`, 'i');

/** A person's name: jieba tags it as one (nr…), or it is a transliteration joined by `·`. */
function looksLikePerson(name: string): boolean {
  return name.includes('·') || cutTagged(name).some((w) => /^nr/.test(w.tag));
}

/**
 * The noun phrase a chunk starts with: it ends where adverbs, verbs, prepositions or particles
 * begin (`山姆·阿尔特曼更是坦言` → `山姆·阿尔特曼`). A chunk that starts with one is left as it is.
 */
function nounPhraseHead(text: string): string {
  const words = cutTagged(text);
  let end = 0;
  let transliterated = false;
  for (const [i, { word, tag }] of words.entries()) {
    // After `·` jieba cuts a transliteration into syllables it tags at random (`皮/查(v)/伊`):
    // single characters there are the name; the first word of two or more that is no noun ends it.
    if (word === '·') transliterated = true;
    const syllable = transliterated && word.length === 1 && /[\u3400-\u9fff]/.test(word);
    if (i > 0 && /^(?:v|d|p|c|u|r)/.test(tag) && word !== '·' && !syllable) break;
    end += word.length;
  }
  return end > 0 ? text.slice(0, end) : text;
}

const GENERIC_NOUNS = /产品|服务|平台|系统|技术|模型|工具|应用|方案|能力|功能|项目|业务|计划|领域|行业/g;

/**
 * An object phrase answers only if it says more than the question: `大模型产品` for
 * `字节跳动的大模型叫什么` is the question's own noun plus a generic one, not a name.
 */
export function saysMoreThan(text: string, questionWords: string[]): boolean {
  let rest = text.toLowerCase();
  for (const w of questionWords) if (w.length >= 2) rest = rest.split(w).join('');
  rest = rest.replace(GENERIC_NOUNS, '').replace(/[大新的了一款个种]/g, '');
  return /[\p{L}\p{N}]{2,}/u.test(rest);
}

/** Whether, before `verb`, the sentence has one of the question's words as the verb's subject. */
function hasOwnSubject(sentence: string, verb: string, questionWords: string[]): boolean {
  const at = sentence.indexOf(verb);
  if (at < 0) return false;
  const before = sentence.slice(0, at).replace(/(?:正式|也|又|已|已经|将|还|率先|首次|均|都)+$/, '').replace(/[”"」』》]+$/, '');
  return questionWords.some((w) => w.length >= 2 && before.toLowerCase().endsWith(w));
}

/** Widens [start, end) to the boundaries of the segmenter's words it touches. */
function widenToWords(words: string[], start: number, end: number): [number, number] {
  let pos = 0;
  let from = start;
  let to = end;
  for (const word of words) {
    const wordEnd = pos + word.length;
    if (pos < start && wordEnd > start) from = pos;
    if (pos < end && wordEnd > end) to = wordEnd;
    pos = wordEnd;
  }
  return [from, to];
}

const SUBJECT_OF_VERB = /^[)）”"]?(?:正式|也|又|已|已经|将|还|率先|首次|一度|均|都|宣布)*(?:发布|推出|上线|研发|开发|要求|禁止|宣布|表示|打造|联合|称|认为|开放|投资|收购)/;
const OBJECT_OF_VERB = /(?:发布|推出|上线|研发|开发|打造|开放|收购|投资)了?$/;

const QUOTED_NAME = /[“"「『《]([^“”"「」『』《》]{2,20})[”"」』》]/g;
// Capitalised names, and camel-case ones that start lower-case (iPhone, iOS).
const LATIN_NAME = /(?:[a-z](?=[A-Z]))?[A-Z][A-Za-z0-9]*(?:[ .-][A-Z0-9][A-Za-z0-9]*)*/g;
const VERBS = new RegExp(MAKING_VERBS.join('|'), 'g');

/** A quoted span that names something, rather than quoting speech (`“有什么区别呢？”`). */
function isQuotedName(text: string): boolean {
  return !/[?？!！。,，:：;；]/.test(text) && !PHRASE_CHARS.test(text);
}

/** `名为X` / `叫做X` / `称为X`: what follows names the thing. */
const NAMING = /名为|名叫|叫做|称为|命名为|取名/g;
/** Where an object phrase without a quoted or Latin name ends: a clause break or a new predicate. */
const OBJECT_END = /[,，。;；:：、(（]|并|以|为|对|将|在|用于|旨在|后/;

/**
 * The verb of a `what` question, as the question writes it (`意大利认为OpenAI违反了什么规定` → 违反):
 * its object in a sentence is what the question asks about.
 */
export function questionVerb(q: QuestionAnalysis): string | undefined {
  // Only the word right before the interrogative: a verb inside a name (字节跳动) is no predicate.
  const last = cutTagged(q.left.replace(/了$/, '')).at(-1);
  return last && /^v/.test(last.tag) && last.word.length >= 2 ? last.word : undefined;
}

/**
 * Product and model names for `what did X launch`: the object after the question's verb (or any
 * launch/make verb), preferring a quoted name (“文心千帆”), a Latin product name (Amazon Bedrock),
 * or what a naming word introduces (名为X.AI); else the object phrase itself (阿尔法蛋儿童认知大模型).
 */
export function extractProduct(q: QuestionAnalysis, cands: Candidate[], questionWords: string[]): Extraction[] {
  const out: Extraction[] = [];
  const own = questionVerb(q);
  const verbs = own && !MAKING_VERBS.includes(own as (typeof MAKING_VERBS)[number]) ? new RegExp(`${MAKING_VERBS.join('|')}|${own}|${NAMING.source}`, 'g') : new RegExp(`${VERBS.source}|${NAMING.source}`, 'g');
  for (const c of cands.slice(0, 6)) {
    for (const verb of c.text.matchAll(verbs)) {
      const from = verb.index! + verb[0].length;
      const clauseEnd = c.text.slice(from).search(/[。;；]/);
      const object = c.text.slice(from, clauseEnd < 0 ? c.text.length : from + clauseEnd);
      const naming = new RegExp(`^(?:${NAMING.source})$`).test(verb[0]);
      const verbBonus = verb[0] === own || naming ? 0.15 : 0;
      const names: Array<{ at: number; text: string; bonus: number }> = [];
      for (const m of object.matchAll(QUOTED_NAME)) if (isQuotedName(m[1]!)) names.push({ at: from + m.index! + 1, text: m[1]!, bonus: 0.3 + verbBonus });
      for (const m of object.matchAll(LATIN_NAME)) if (m[0].length >= 3) names.push({ at: from + m.index!, text: m[0], bonus: 0.15 + verbBonus });
      if (names.length === 0) {
        const phrase = object.replace(/^了/, '');
        const end = phrase.search(OBJECT_END);
        const text = (end < 0 ? phrase : phrase.slice(0, end)).trim();
        const at = from + (object.length - phrase.length);
        if ([...text].length >= 2 && [...text].length <= 24 && looksLikeName(text) && saysMoreThan(text, questionWords)) names.push({ at, text, bonus: verbBonus });
      }
      for (const n of names) {
        if (overlapsQuestion(q, n.text) || questionWords.some((w) => w.length > 1 && n.text.toLowerCase() === w)) continue;
        const distance = n.at - from;
        out.push({ candidate: c, start: n.at, end: n.at + n.text.length, short: n.text, score: c.score + n.bonus + 0.3 / (1 + distance / 8) });
      }
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** `什么是X` / `X是什么`: a sentence that defines X (`X是指…`, `X是…`). */
export function extractDefinition(q: QuestionAnalysis, cands: Candidate[]): Extraction[] {
  const topic = q.topic.replace(/[是的]$/g, '').trim();
  if (!topic) return [];
  const out: Extraction[] = [];
  for (const c of cands.slice(0, 60)) {
    const at = c.text.indexOf(topic);
    if (at < 0) continue;
    const after = c.text.slice(at + topic.length);
    const m = /^(?:是指|指的是|就是|是一种|是一个|是|即|指)/.exec(after);
    if (!m) continue;
    const start = at + topic.length + m[0].length;
    out.push({ candidate: c, start, end: c.text.length, short: c.text.slice(start).replace(/[。.]$/, ''), score: c.score + (m[0] === '是指' || m[0] === '指的是' ? 0.3 : 0.1) + (at === 0 ? 0.1 : 0) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Redundancy: an answer that several sentences give independently (3月16日 for 文心一言 in many
 * articles) is more likely right than one a single sentence gives. Each extra sentence adds a
 * little, capped; dates count by the day they resolve to, so `3月16日` and `2023年3月16日` agree.
 */
export function vote(found: Extraction[]): Extraction[] {
  const keyOf = (x: Extraction) => (x.date?.iso ? x.date.iso : x.short.toLowerCase());
  const sentences = new Map<string, Set<string>>();
  for (const x of found) {
    const where = `${x.candidate.passage}:${x.candidate.sentence}`;
    const key = keyOf(x);
    if (!sentences.has(key)) sentences.set(key, new Set());
    sentences.get(key)!.add(where);
  }
  return found
    .map((x) => ({ ...x, score: x.score + Math.min(0.25, 0.08 * ((sentences.get(keyOf(x))?.size ?? 1) - 1)) }))
    .sort((a, b) => b.score - a.score);
}
