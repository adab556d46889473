import { foldText } from '../text/normalize.ts';
import { cutTagged } from '../text/segment.ts';
import type { TimeConstraint } from './dates-types.ts';
import { parseTimeConstraint } from './dates.ts';
import { ZH_UNITS } from './amounts-units.ts';

/** Single-character counters and units (`张`, `家`, `次`), as a character class. */
const COUNTERS = `[${[...ZH_UNITS.keys()].filter((k) => k.length === 1 && /[\u4e00-\u9fff]/.test(k)).join('')}]`;

/** What a question asks for. */
export type QuestionKind = 'who' | 'what' | 'when' | 'where' | 'how-many' | 'how-much' | 'how-long' | 'which' | 'list' | 'yes-no' | 'definition' | 'why' | 'other';

/** The type of thing that answers it. */
export type AnswerType = 'org' | 'person' | 'agent' | 'product' | 'date' | 'amount' | 'place' | 'definition' | 'duration' | 'thing';

export interface QuestionAnalysis {
  /** Folded (NFKC, Simplified) Chinese question text: for English, the Chinese search text built from it. */
  text: string;
  kind: QuestionKind;
  answerType: AnswerType;
  /** The interrogative phrase as written (`哪家公司`, `什么时候`), '' when none. */
  wh: string;
  /** Question text left and right of the interrogative, for aligning with a sentence. */
  left: string;
  right: string;
  /** The head noun of the interrogative phrase (`哪家公司` → `公司`, `多少张` → `张`). */
  head: string;
  /** Time restriction (`5月`, `去年`), with its words removed from `left`/`right`/`topic`. */
  time?: TimeConstraint;
  /** The question without time words and interrogatives: what retrieval looks for. */
  topic: string;
  /** Whether the question asks about the article itself (`那篇文章是哪天发表的`). */
  aboutArticle: boolean;
  /** The question as asked, when `text` was built from it (English): `how many days` names its unit there. */
  asked?: string;
}

interface WhRule {
  re: RegExp;
  kind: QuestionKind;
  type: AnswerType;
}

// Longer, more specific patterns first. `head` is captured as group 1 where a noun follows.
const WH_RULES: WhRule[] = [
  { re: /什么时候|何时|哪一?天|哪一?年|几月几[日号]|几月份?|几号|什么时间|哪个月|什么日子|日期是/, kind: 'when', type: 'date' },
  { re: /(?:多长时间|多久|多少天|多少年|几天|几年|几个月|多少个月)/, kind: 'how-long', type: 'duration' },
  { re: /(?:哪家|哪个|哪一家|哪一个|哪所|哪些|什么|何种)(公司|企业|机构|组织|厂商|集团|团队|大学|学校|学院|实验室|部门|媒体|平台|球队|俱乐部|政党)/, kind: 'which', type: 'org' },
  { re: /(?:哪个|哪些|哪一个|什么)(国家|地区|城市|省份?|地方)|哪国|哪里|哪儿|在哪/, kind: 'where', type: 'place' },
  { re: /(?:谁|哪位|哪些人|什么人)/, kind: 'who', type: 'agent' },
  { re: /(?:多少|几)(钱|美元|元|亿美元|亿元|万美元|万元|人民币)|收费多少|花费多少|成本多少|价格多少|售价多少|多少钱/, kind: 'how-much', type: 'amount' },
  { re: /(?:多少|几)(%|百分之|个百分点)|百分之多少|比例是多少|增长率是多少/, kind: 'how-much', type: 'amount' },
  // The character after 多少 is its counter only if it is one (`多少张`); `多少员工` counts 员工.
  { re: new RegExp(`(?:多少|几)(${COUNTERS}?)`), kind: 'how-many', type: 'amount' },
  // Size, length, height …: `面积有多大`, `全长多长`.
  { re: /多(?:大|长|高|重|远|深|宽|厚|快|老)/, kind: 'how-much', type: 'amount' },
  // Asking for a name: the answer follows a naming word (名为X, 叫X).
  { re: /(?:叫|叫做|名为|取名为?)?什么名字|(?:叫|叫做|称为)什么|(?:名称|名字)是什么/, kind: 'what', type: 'product' },
  // `什么是X`, `X是什么`; not `X的别名是什么`, which asks for the value of one of X's attributes.
  { re: /什么是|是什么意思|指什么|是指什么|何为|(?<=^[^的]{1,20})是什么(?=[?？。]?$)/, kind: 'definition', type: 'definition' },
  { re: /(?:哪些|哪个|哪款|哪一款|什么|何)([\u4e00-\u9fff]{0,3}?)(?=$|[?？，,的了吗呢]|[\u4e00-\u9fff])/, kind: 'what', type: 'thing' },
  { re: /为什么|为何|怎么会|原因/, kind: 'why', type: 'thing' },
];

const WHY_RULE = WH_RULES.find((r) => r.kind === 'why')!;

/**
 * `为什么` asks why (`高英为什么没有成功`) unless it is `为` + `什么` (`更名为什么`, `被聘为什么职务`):
 * at the end of the question, or before a noun. Asked why, the question is split at `为什么`, not
 * at `什么`, so `为` is not glued to the subject before it.
 */
function whRules(body: string): WhRule[] {
  const at = body.indexOf('为什么');
  if (at < 0) return WH_RULES;
  const next = cutTagged(body.slice(at + 3))[0];
  const becomes = !next || (at > 0 && /^n(?!r)/.test(next.tag));
  return becomes ? WH_RULES : [WHY_RULE, ...WH_RULES];
}

/** A role a person holds: `OpenAI的CEO是谁` asks for a person, not an organisation. */
export const ROLE_NOUN = /创始人|CEO|CTO|COO|CFO|董事长|总裁|总经理|执行长|负责人|首席|掌门人|老板|作者|主席|总统|部长|院长|校长|教授|科学家|fou?nder|chairman|president|chief|director/i;

/**
 * A question names a role as people say it; news writes it one way: 执行长 (Taiwan), 首席执行官,
 * 老板 and 掌门人 are written CEO, 创办人 创始人. The question is read with the news word.
 */
const ROLE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/首席执行官|执行长|老板|掌门人/g, 'CEO'],
  [/创办人|创立者/g, '创始人'],
];

/** The question with its role words as news writes them (`谷歌的执行长是谁` → `谷歌的CEO是谁`). */
export function newsRoleWords(question: string): string {
  return ROLE_WORDS.reduce((text, [re, word]) => text.replace(re, word), question);
}

const ARTICLE_WORDS = /(?:文章|报道|那篇|这篇|稿件|新闻)/;
const PUBLISH_WORDS = /(?:发表|刊发|发布|刊登|写|登)/;

/**
 * Reads a Chinese question (already folded) for what it asks: kind, answer type, the text around
 * the interrogative, the time restriction and the topic.
 * @example analyzeQuestion('通义千问是哪家公司推出的？').answerType // 'org'
 */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const folded = newsRoleWords(foldText(question).replace(/甚么/g, '什么')).trim();
  const { constraint, rest } = parseTimeConstraint(folded);
  const body = rest.replace(/[?？!！。.\s]+$/u, '');
  let kind: QuestionKind = 'other';
  let type: AnswerType = 'thing';
  let wh = '';
  let head = '';
  let left = body;
  let right = '';
  for (const rule of whRules(body)) {
    const m = rule.re.exec(body);
    if (!m) continue;
    kind = rule.kind;
    type = rule.type;
    wh = m[0];
    head = m[1] ?? '';
    left = body.slice(0, m.index);
    right = body.slice(m.index + wh.length);
    break;
  }
  if (kind === 'other' && /[吗么]$|是否|是不是|有没有|能否|会不会/.test(body)) kind = 'yes-no';
  // A `what` left as a thing may still ask for a product (`商汤科技发布了什么大模型`); a naming question already does.
  if (kind === 'what' && type === 'thing') ({ kind, type } = refineWhat(wh, head, left, right));
  if (kind === 'which' && /哪些/.test(wh)) kind = 'list';
  if (kind === 'who' && /哪些/.test(wh)) kind = 'list';
  if (type === 'agent' && ROLE_NOUN.test(body)) type = 'person';
  const aboutArticle = ARTICLE_WORDS.test(body) && PUBLISH_WORDS.test(body) && (kind === 'when' || kind === 'which');
  const topic = `${left} ${right}`.replace(/^[是的]|[是的了吗呢]$/g, '').trim();
  return { text: folded, kind, answerType: type, wh, left: left.trim(), right: right.trim(), head, time: constraint, topic, aboutArticle };
}

/** `什么大模型` asks for a product name; `哪些大模型` lists them; `什么` alone is a thing. */
function refineWhat(wh: string, head: string, left: string, right: string): { kind: QuestionKind; type: AnswerType } {
  const plural = /哪些/.test(wh);
  const productHead = /模型|产品|应用|工具|平台|系统|服务|芯片|功能|技术|软件|App|app|版本|计划|名字|名称/.test(head + right.slice(0, 4));
  if (plural) return { kind: 'list', type: productHead ? 'product' : 'thing' };
  if (productHead || /发布|推出|上线|开源|升级|研发|打造/.test(left.slice(-4) + right.slice(0, 2))) return { kind: 'what', type: 'product' };
  return { kind: 'what', type: 'thing' };
}
