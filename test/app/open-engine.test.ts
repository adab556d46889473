import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/app/open-engine.ts';
import { createLogger } from '../../src/logger.ts';
import { news, row } from './fixtures.ts';


let root: string;
let corpus: string;
let cache: string;
let lines: string[];
const logger = () => createLogger({ level: 'debug', write: (line) => lines.push(line) });
const open = () => openEngine({ CORPUS_DIR: corpus, CACHE_DIR: cache }, logger());

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'open-engine-'));
  corpus = join(root, 'corpus');
  cache = join(root, 'cache');
  cpSync('corpus', corpus, { recursive: true });
  writeFileSync(join(corpus, 'news.jsonl'), `${news}\n`);
  lines = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const snapshotFile = () => join(cache, readdirSync(cache).find((f) => f.endsWith('.snap'))!);

describe('index snapshots', () => {
  it('builds and saves, then starts from the snapshot with the same answers', async () => {
    const built = await open();
    expect(built.openedFrom).toBe('built');
    const question = '讯飞星火V1.5是什么时候发布的？';
    const first = built.answer(question);
    const loaded = await open();
    expect(loaded.openedFrom).toBe('snapshot');
    expect(loaded.answer(question)).toEqual(first);
    expect(loaded.search('A800')).toEqual(built.search('A800'));
    expect(loaded.stats()).toEqual(built.stats());
    expect(loaded.passage('news-2#p1')?.text).toBe('多家公司采购了A800。');
  });

  it('adds a new article to the snapshot without rebuilding, and finds it', async () => {
    await open();
    writeFileSync(join(corpus, 'more.jsonl'), `${row('文心一言开放', '2023-08-31', '8月31日,百度宣布文心一言向公众开放。')}\n`);
    const grown = await open();
    expect(grown.openedFrom).toBe('snapshot+added');
    expect(grown.search('文心一言 开放')[0]).toMatchObject({ articleId: 'more-1' });
    expect(grown.stats().articles).toBe(4);
    // The grown snapshot is saved: the next start loads it as it is.
    expect((await open()).openedFrom).toBe('snapshot');
  });

  it('rebuilds when an article is edited or removed', async () => {
    await open();
    writeFileSync(join(corpus, 'news.jsonl'), `${news.split('\n')[0]}\n`);
    const shrunk = await open();
    expect(shrunk.openedFrom).toBe('built');
    expect(shrunk.stats().articles).toBe(2);
  });

  it('detects a truncated or damaged snapshot, says so, and rebuilds instead of serving it', async () => {
    await open();
    const file = snapshotFile();
    const size = readFileSync(file).length;
    truncateSync(file, size - 100);
    const afterTruncation = await open();
    expect(afterTruncation.openedFrom).toBe('built');
    expect(lines.some((l) => l.includes('WARN') && l.includes('truncated'))).toBe(true);

    const bytes = readFileSync(file);
    bytes[bytes.length - 5]! ^= 0xff;
    writeFileSync(file, bytes);
    lines = [];
    const afterDamage = await open();
    expect(afterDamage.openedFrom).toBe('built');
    expect(lines.some((l) => l.includes('WARN') && l.includes('checksum'))).toBe(true);
    expect(afterDamage.search('A800').length).toBeGreaterThan(0);

    writeFileSync(file, 'not a snapshot');
    lines = [];
    expect((await open()).openedFrom).toBe('built');
    expect(lines.some((l) => l.includes('magic'))).toBe(true);
  });

  it('keeps serving when the cache directory cannot be written, and says which setting to change', async () => {
    writeFileSync(cache, 'a file where the cache folder should be');
    const engine = await open();
    expect(engine.search('A800').length).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes('WARN') && l.includes('CACHE_DIR'))).toBe(true);
  });

  it('reports malformed corpus files on every start, from a snapshot too', async () => {
    writeFileSync(join(corpus, 'broken.jsonl'), '{"title": 1}\n');
    await open();
    lines = [];
    expect((await open()).openedFrom).toBe('snapshot');
    expect(lines.some((l) => l.includes('skipped broken.jsonl:1'))).toBe(true);
  });
});
