import { parseArgs } from 'node:util';
import { openEngine } from '../app/open-engine.ts';
import { renderText } from '../adapters/console-render.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';

/** `npm run search -- [--json] [--limit N] "<query>"`: ranked passages with highlighted snippets. */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, limit: { type: 'string', default: '5' } } });
const query = positionals.join(' ').trim();
if (!query) {
  process.stderr.write('usage: npm run search -- [--json] [--limit N] "<query>"\n');
  process.exit(2);
}
const config = loadConfig(process.env);
const engine = await openEngine(config, createLogger({ level: 'warn' }));
const hits = engine.search(query, { limit: Number(values.limit) || 5 });
process.stdout.write(values.json ? `${JSON.stringify(hits, null, 2)}\n` : `${renderText({ kind: 'hits', query, hits })}\n`);
