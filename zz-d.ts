let t = performance.now();
await import('./src/core/qa/english/glossary.ts'); await import('./src/core/qa/english/tokenize.ts');
const a = performance.now() - t; t = performance.now();
await import('./src/core/qa/english/cedict-data.ts');
console.log('others', Math.round(a), 'data', Math.round(performance.now() - t));
