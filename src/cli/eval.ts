import { readFileSync } from 'node:fs';
import { openEngine } from '../app/open-engine.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { answerLine } from './answer-line.ts';
import { scoreAnswer, type EvalItem } from './eval-score.ts';

/**
 * `npm run eval -- <file.jsonl>`: asks every question the way `ask --jsonl` does (chat ids share
 * memory) and scores the answers with ../shared/qa/README.md's rules. Prints each failure and the total.
 */
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run eval -- <questions.jsonl>\n');
  process.exit(2);
}
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    try {
      return JSON.parse(line) as EvalItem;
    } catch {
      process.stderr.write(`${file}:${i + 1}: not JSON, skipped\n`);
      return undefined;
    }
  })
  .filter((item): item is EvalItem => item !== undefined);
const engine = await openEngine(loadConfig(process.env), createLogger({ level: 'warn' }));
let passed = 0;
const times: number[] = [];
for (const item of items) {
  const line = item.chat === undefined ? item.q : JSON.stringify({ chat: item.chat, q: item.q });
  const got = answerLine(engine, line);
  times.push(got.ms);
  const failure = scoreAnswer(item, got);
  if (failure === undefined) passed++;
  else process.stdout.write(`FAIL ${item.id}: ${item.q}\n  ${failure}\n  answer: ${got.abstained ? '(abstained) ' : ''}${got.answer}\n`);
}
times.sort((a, b) => a - b);
const median = times.length ? times[Math.floor(times.length / 2)] : 0;
process.stdout.write(`${passed} passed, ${items.length - passed} failed (of ${items.length}); median answer ${median} ms\n`);
