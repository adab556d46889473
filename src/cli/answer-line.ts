import type { Engine } from '../core/engine-api.ts';

/** One line of `ask --jsonl` output, as ../shared/qa/README.md specifies it. */
export interface AnswerLine {
  question: string;
  answer: string;
  short: string;
  abstained: boolean;
  confidence: number;
  sources: Array<{ articleId: string; title: string; date: string; url: string; passageId: string; quote: string }>;
  ms: number;
}

/**
 * Answers one input line: a plain question, or `{"chat": "<id>", "q": "<question>"}` whose
 * `chat` keys the conversation memory. Shared by `ask --jsonl` and `eval`, so both score the same thing.
 */
export function answerLine(engine: Engine, line: string, now: () => number = () => performance.now()): AnswerLine {
  let question = line;
  let conversation: string | undefined;
  if (line.trimStart().startsWith('{')) {
    try {
      const parsed = JSON.parse(line) as { chat?: unknown; q?: unknown };
      question = typeof parsed.q === 'string' ? parsed.q : '';
      conversation = typeof parsed.chat === 'string' || typeof parsed.chat === 'number' ? `cli:${String(parsed.chat)}` : undefined;
    } catch {
      question = line;
    }
  }
  const started = now();
  const a = engine.answer(question, { conversation });
  const ms = Math.round((now() - started) * 100) / 100;
  return {
    question,
    answer: a.answer,
    short: a.short,
    abstained: a.abstained,
    confidence: Math.round(a.confidence * 1000) / 1000,
    sources: a.sources.map((s) => ({ articleId: s.articleId, title: s.title, date: s.date, url: s.url, passageId: s.passageId, quote: s.quote })),
    ms,
  };
}
