import type { CorpusIndex } from '../search/corpus-index.ts';
import { foldText } from '../text/normalize.ts';
import { tokenize } from '../text/tokens.ts';
import { parseTimeConstraint } from './dates.ts';
import { translateQuestion, type WhWord } from './english/translate-question.ts';
import { ROLE_NOUN, type AnswerType, type QuestionAnalysis, type QuestionKind } from './question.ts';

const WH: Record<WhWord, { kind: QuestionKind; type: AnswerType; zh: string }> = {
  who: { kind: 'who', type: 'agent', zh: '谁' },
  what: { kind: 'what', type: 'thing', zh: '什么' },
  when: { kind: 'when', type: 'date', zh: '什么时候' },
  where: { kind: 'where', type: 'place', zh: '哪里' },
  which: { kind: 'which', type: 'thing', zh: '哪个' },
  'how many': { kind: 'how-many', type: 'amount', zh: '多少' },
  'how much': { kind: 'how-much', type: 'amount', zh: '多少钱' },
  'how long': { kind: 'how-long', type: 'duration', zh: '多久' },
  why: { kind: 'why', type: 'thing', zh: '为什么' },
  how: { kind: 'other', type: 'thing', zh: '如何' },
  list: { kind: 'list', type: 'thing', zh: '哪些' },
};

/**
 * Turns an English question into the same analysis a Chinese one gets: Chinese search terms
 * (the corpus decides between dictionary senses), the wh-word's kind, and the time phrase.
 * Terms a translation only guessed weigh less than the first choice and than names kept as written.
 */
export function englishQuestion(index: CorpusIndex, question: string): { q: QuestionAnalysis; terms: string[]; weights: Map<string, number> } {
  const t = translateQuestion(question, { known: (term) => index.df.get(term.toLowerCase()) ?? dfOfTerms(index, term) });
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const term of tokenize(foldText(text))) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  };
  const chosen: string[] = [];
  for (const term of t.terms) {
    term.chinese.slice(0, 3).forEach((zh, rank) => add(zh, rank === 0 ? 1 : 0.5));
    if (term.chinese[0]) chosen.push(term.chinese[0]);
  }
  for (const name of t.latin) add(name, 1.2);
  const wh = WH[t.whWord ?? 'what'];
  let { kind, type } = wh;
  const english = question.toLowerCase();
  let whZh = wh.zh;
  // "What is the growth rate / the cost / the number of …" asks for an amount.
  if ((kind === 'what' || kind === 'which') && /\b(?:rate|percentage|percent|share|number|amount|size|cost|price|revenue|value|total|valuation)\b/.test(english)) {
    kind = 'how-much';
    type = 'amount';
    whZh = '是多少';
  } else if (kind === 'which' || kind === 'what' || kind === 'list') {
    if (/\b(?:company|companies|firm|organi[sz]ation|startup)\b/.test(english)) type = 'org';
    else if (/\b(?:country|countries|city|nation)\b/.test(english)) type = 'place';
    else if (/\b(?:model|product|app|chatbot|service|platform)s?\b/.test(english)) type = 'product';
  }
  if (/^\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?[\w\s-]+\??\s*$/.test(english) && t.terms.length + t.latin.length <= 2) {
    kind = 'definition';
    type = 'definition';
  }
  if (kind === 'who' && ROLE_NOUN.test(question)) type = 'person';
  const time = t.timeText ? parseTimeConstraint(t.timeText).constraint : undefined;
  // Spaces keep Latin names apart (`ChatGPT Plus`, not `ChatGPTPlus`) for the segmenter.
  const topic = [...chosen, ...t.latin].join(' ');
  // "How many employees…": what is counted stays in the question even when the corpus knows none
  // of its translations, so that the answer step finds it unknown and abstains, as in Chinese.
  // Units of time and repetition are counters, not things the corpus must name (`34天`: 天 alone is no term).
  const counted = /\bhow many\s+(?!(?:times|days|weeks|months|years|hours|minutes|seconds)\b)([a-z]+)/.exec(english)?.[1];
  const uncounted = counted && t.terms.some((term) => term.english.toLowerCase() === counted && term.chinese.length === 0) ? counted : '';
  const q: QuestionAnalysis = {
    text: `${topic}${whZh}${uncounted}`,
    kind,
    answerType: type,
    wh: whZh,
    left: topic,
    right: uncounted,
    head: '',
    time,
    topic,
    aboutArticle: /\b(?:article|report|story)\b/.test(english) && /\b(?:publish|published|written|run)\b/.test(english),
    asked: question,
  };
  return { q, terms: [...weights.keys()], weights };
}

/** Document count of a phrase the index has no single term for: its rarest term's count. */
function dfOfTerms(index: CorpusIndex, text: string): number {
  const terms = tokenize(foldText(text));
  if (terms.length === 0) return 0;
  return Math.min(...terms.map((t) => index.df.get(t) ?? 0));
}
