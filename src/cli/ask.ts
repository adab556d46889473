import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openEngine } from '../app/open-engine.ts';
import { renderAnswer } from '../adapters/console-render.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { answerLine } from './answer-line.ts';

/**
 * `npm run ask -- "<question>"` prints a readable answer with sources;
 * `npm run --silent ask -- --jsonl` answers one question per stdin line, one JSON object per line, in order.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { jsonl: { type: 'boolean' } } });
const config = loadConfig(process.env);
const engine = await openEngine(config, createLogger({ level: 'warn' }));
if (values.jsonl) {
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(answerLine(engine, line))}\n`);
  }
} else {
  const question = positionals.join(' ').trim();
  if (!question) {
    process.stderr.write('usage: npm run ask -- "<question>"   or   npm run --silent ask -- --jsonl < questions.txt\n');
    process.exit(2);
  }
  process.stdout.write(`${renderAnswer(engine.answer(question))}\n`);
}
