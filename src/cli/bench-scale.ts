import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { quantile, table } from './bench-stats.ts';

/**
 * `npm run bench:scale -- [file] [--sizes 1000,10000,all] [--baseline 1000]`: the index at
 * growing corpus sizes (default: ../shared/bench/qqnews-all.jsonl.gz, 30,799 news articles).
 * For each size, in fresh processes: a cold build (and snapshot save), a restart from the
 * snapshot, adding one article to the snapshot, answer latency over a fixed question set,
 * peak RSS and heap; and, at the baseline sizes, the same corpus in MiniSearch (the previous
 * index) for the ratio. Each process's peak RSS is its own.
 */
const DEFAULT = '../shared/bench/qqnews-all.jsonl.gz';
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? DEFAULT;
if (!existsSync(file)) {
  process.stdout.write(`bench:scale skipped: ${file} not found (the news corpus lives in ../shared/bench/, beside the checkout; pass another .jsonl or .jsonl.gz file as the first argument)\n`);
  process.exit(0);
}
const sizeList = (value: string) => value.split(',').filter(Boolean).map((s) => (s === 'all' ? Infinity : Number(s)));
const sizes = sizeList(option('--sizes') ?? '1000,10000,all');
const baselineSizes = new Set(sizeList(option('--baseline') ?? '1000'));

const lines: string[] = [];
const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) lines.push(line);
process.stdout.write(`${file}: ${lines.length} articles\n`);

const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const run = (script: string, scriptArgs: string[]) => {
  const out = join(work, 'result.json');
  rmSync(out, { force: true });
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...scriptArgs, out], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0 || !existsSync(out)) throw new Error(`${script} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(out, 'utf8'));
};

const rows = [['articles', 'passages', 'text MB', 'index', 'cold build s', 'MB/s', 'peak RSS MB', 'heap MB', 'snapshot MB', 'restart s', '+1 article s', 'answer p50 / p99 ms', 'search p50 / p99 ms', 'answered']];
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const p = (ms: number[]) => `${quantile(ms, 0.5).toFixed(1)} / ${quantile(ms, 0.99).toFixed(1)}`;
try {
  for (const size of sizes) {
    const n = Math.min(size, lines.length);
    const dir = join(work, `n${n}`);
    const corpus = join(dir, 'corpus');
    const cache = join(dir, 'cache');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'news.jsonl'), `${lines.slice(0, n).join('\n')}\n`);
    const bytes = statSync(join(corpus, 'news.jsonl')).size;
    const mb = bytes / 1e6;
    process.stdout.write(`\n${n} articles (${mb.toFixed(0)} MB of JSON lines)\n`);

    const cold = run('bench-scale-child.ts', [corpus, cache]);
    const snapshotMb = Number(readdirSizes(cache)) / 1e6;
    const warm = run('bench-scale-child.ts', [corpus, cache]);
    writeFileSync(join(corpus, 'added.jsonl'), `${JSON.stringify({ title: '新增的一篇文章', date: '2024-05-01', source: 'bench', url: '', text: '5月1日,某公司发布了新的大模型“星河”。' })}\n`);
    const added = run('bench-scale-child.ts', [corpus, cache]);
    rmSync(join(corpus, 'added.jsonl'));
    if (cold.openedFrom !== 'built' || warm.openedFrom !== 'snapshot' || added.openedFrom !== 'snapshot+added') throw new Error(`unexpected start modes: ${cold.openedFrom}, ${warm.openedFrom}, ${added.openedFrom}`);
    rows.push([
      `${n}`,
      `${cold.passages}`,
      mb.toFixed(0),
      'posting index',
      seconds(cold.openMs),
      (mb / (cold.openMs / 1000)).toFixed(2),
      cold.peakRssMb.toFixed(0),
      warm.heapMb.toFixed(0),
      snapshotMb.toFixed(0),
      `${seconds(warm.openMs)} (${seconds(warm.readyMs)})`,
      seconds(added.openMs),
      p(warm.ms),
      p(warm.searchMs),
      `${warm.answered}/${warm.questions}`,
    ]);
    if (baselineSizes.has(size) || baselineSizes.has(n)) {
      process.stdout.write(`baseline: MiniSearch over the same ${n} articles\n`);
      const base = run('bench-scale-baseline.ts', [corpus]);
      rows.push([`${n}`, `${cold.passages}`, mb.toFixed(0), 'MiniSearch', seconds(base.buildMs), (mb / (base.buildMs / 1000)).toFixed(2), base.peakRssMb.toFixed(0), '', (base.snapshotBytes / 1e6).toFixed(0), seconds(base.loadMs), '', '', p(base.searchMs), '']);
    }
    process.stdout.write(`${table(rows)}\n`);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`\nrestart = openEngine from the snapshot (read and checksum it, map the arrays, load jieba and the lexicon), in brackets from the process's start; +1 article = start when one new article joined the corpus; MiniSearch restart = loadJSON alone. Latencies over ${rows.length > 1 ? 'the 30 fixed questions × 3' : '-'} (src/cli/bench-scale-questions.ts).\n`);

function readdirSizes(dir: string): number {
  let total = 0;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) total += statSync(join(dir, name)).size;
  return total;
}
