import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../core/engine.ts';
import { candidateSentences, verbatim } from '../core/qa/retrieve.ts';
import { pickSlot } from '../core/qa/slot-pick.ts';
import { parseSlotQuestion } from '../core/qa/slot-question.ts';
import { queryTerms } from '../core/search/search.ts';
import { readCmrc, type CmrcQuestion } from './bench-cmrc-data.ts';
import { ms, percent, quantile, table } from './bench-stats.ts';
import { cmrcEm, cmrcF1 } from './cmrc-metric.ts';

/**
 * `npm run bench:cmrc -- [file]`: open-domain extractive QA on CMRC 2018 (SQuAD format). Every
 * paragraph becomes an article of one corpus; every question goes through the core API the bots
 * use. Prints, for the engine as it is, for the wh-slot extractor on the engine's retrieved
 * sentences, and for a baseline (the top sentence of the top passage), side by side:
 * the official CMRC EM and F1, F1 on questions whose gold answer is at most 20 characters,
 * F1 on even- and odd-numbered questions (a tuning and a held-out half), abstentions and latency.
 * Answers are scored verbatim, as the bots would show them.
 */
const DEFAULT = '../shared/bench/cmrc2018_trial.json';
const args = process.argv.slice(2);
/** `--dump` prints each question's kind, wh-slot F1, gold and answer (for reading failures by kind). */
const dump = args.includes('--dump');
const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT;
if (!existsSync(file)) {
  process.stdout.write(`bench:cmrc skipped: ${file} not found (the CMRC 2018 data lives in ../shared/bench/, beside the checkout; pass another SQuAD-format file as the first argument)\n`);
  process.exit(0);
}

const { articles, questions, skipped } = readCmrc(JSON.parse(readFileSync(file, 'utf8')));
process.stdout.write(`${file}: ${articles.length} paragraphs, ${questions.length} questions${skipped ? ` (${skipped} entries without a question or answer skipped)` : ''}\n`);
let t = performance.now();
const engine = createEngine(articles);
process.stdout.write(`built the engine in ${((performance.now() - t) / 1000).toFixed(1)} s\n\n`);

interface Run {
  /** What the system answered; `undefined` when it abstained. */
  answers: Array<string | undefined>;
  ms: number[];
}
const run = (): Run => ({ answers: [], ms: [] });
const runs = { engine: run(), slot: run(), baseline: run() };
let at1 = 0;
let at5 = 0;

for (const item of questions) {
  const hits = engine.search(item.question, { limit: 5 });
  if (hits[0]?.articleId === item.articleId) at1++;
  if (hits.some((h) => h.articleId === item.articleId)) at5++;

  t = performance.now();
  const answer = engine.answer(item.question);
  runs.engine.ms.push(performance.now() - t);
  runs.engine.answers.push(answer.abstained ? undefined : answer.short);

  t = performance.now();
  runs.slot.answers.push(slotAnswer(item.question));
  runs.slot.ms.push(performance.now() - t);

  t = performance.now();
  runs.baseline.answers.push(engine.search(item.question, { limit: 1 })[0]?.text);
  runs.baseline.ms.push(performance.now() - t);
}

/**
 * The extractor on the engine's own retrieval: candidate sentences for the question's terms
 * (the terms `engine.search` uses), then `pickSlot`; when no sentence aligns, the top sentence,
 * as the baseline does.
 */
function slotAnswer(question: string): string | undefined {
  const cands = candidateSentences(engine.index, queryTerms(question), { passages: 20 });
  if (cands.length === 0) return undefined;
  const pick = pickSlot(question, cands);
  if (!pick) return verbatim(engine.index, cands[0]!);
  return verbatim(engine.index, pick.candidate).slice(pick.span.start, pick.span.end);
}

const n = questions.length;
process.stdout.write(`retrieval (engine.search, gold paragraph's article): recall@1 ${((100 * at1) / n).toFixed(1)}%, recall@5 ${((100 * at5) / n).toFixed(1)}%\n\n`);

const short = questions.map((q) => Math.min(...q.answers.map((a) => [...a].length)) <= 20);
const f1s = (r: Run) => r.answers.map((a, i) => (a === undefined ? 0 : cmrcF1(questions[i]!.answers, a)));
const ems = (r: Run) => r.answers.map((a, i) => (a === undefined ? 0 : cmrcEm(questions[i]!.answers, a)));
const base = f1s(runs.baseline);
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
const rows = [['system', 'EM', 'F1', 'F1 gold≤20', 'F1 even', 'F1 odd', 'F1 ÷ baseline', 'abstained %', 'p50 ms', 'p99 ms']];
const names: Record<keyof typeof runs, string> = { engine: 'engine.answer().short', slot: 'wh-slot (pickSlot)', baseline: 'baseline: top sentence' };
for (const key of Object.keys(runs) as Array<keyof typeof runs>) {
  const r = runs[key];
  const f1 = f1s(r);
  rows.push([
    names[key],
    percent(ems(r)),
    percent(f1),
    percent(f1.filter((_, i) => short[i])),
    percent(f1.filter((_, i) => i % 2 === 0)),
    percent(f1.filter((_, i) => i % 2 === 1)),
    (mean(f1) / Math.max(1e-9, mean(base))).toFixed(2),
    percent(r.answers.map((a) => (a === undefined ? 1 : 0))),
    ms(quantile(r.ms, 0.5)),
    ms(quantile(r.ms, 0.99)),
  ]);
}
process.stdout.write(`${table(rows)}\n\n`);
process.stdout.write(`(${short.filter(Boolean).length} questions with gold ≤ 20 characters; even/odd: position in the file, tune on even, odd is held out)\n\n`);

// By kind of question: where each system wins and loses.
const kinds = new Map<string, number[]>();
questions.forEach((item: CmrcQuestion, i) => {
  const kind = parseSlotQuestion(item.question)?.kind ?? 'none';
  kinds.set(kind, [...(kinds.get(kind) ?? []), i]);
});
const f1 = { engine: f1s(runs.engine), slot: f1s(runs.slot), baseline: base };
const byKind = [['kind (F1 gold≤20)', 'questions', 'engine', 'wh-slot', 'baseline']];
for (const [kind, at] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  const sub = at.filter((i) => short[i]);
  byKind.push([kind, `${sub.length}`, percent(sub.map((i) => f1.engine[i]!)), percent(sub.map((i) => f1.slot[i]!)), percent(sub.map((i) => f1.baseline[i]!))]);
}
process.stdout.write(`${table(byKind)}\n`);
if (dump) {
  questions.forEach((item, i) => process.stdout.write(`${i}\t${parseSlotQuestion(item.question)?.kind ?? 'none'}\t${f1.slot[i]!.toFixed(2)}\t${item.question}\t${item.answers[0]}\t${runs.slot.answers[i] ?? '(abstained)'}\n`));
}
