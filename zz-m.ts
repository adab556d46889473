globalThis.gc?.(); const m0 = process.memoryUsage().heapUsed;
let t = performance.now();
const { translateQuestion } = await import('./src/core/qa/english/translate-question.ts');
const tImport = performance.now() - t;
globalThis.gc?.(); const m1 = process.memoryUsage().heapUsed;
t = performance.now(); translateQuestion('What search engines does Europe use?'); const tFirst = performance.now() - t;
globalThis.gc?.(); const m2 = process.memoryUsage().heapUsed;
t = performance.now(); for (let i = 0; i < 200; i++) translateQuestion('How many companies in China have released large models in May?'); const tEach = (performance.now() - t) / 200;
console.log({ importMs: Math.round(tImport), firstQuestionMs: Math.round(tFirst), perQuestionMs: tEach.toFixed(2), heapAfterImportMB: ((m1 - m0) / 1e6).toFixed(1), heapAfterFirstMB: ((m2 - m0) / 1e6).toFixed(1) });
