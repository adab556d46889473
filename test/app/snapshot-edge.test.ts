import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEngine } from '../../src/app/open-engine.ts';
import { createLogger } from '../../src/logger.ts';
import { news, row } from './fixtures.ts';

/**
 * Edge cases of the index snapshot, seen only through `openEngine` (the snapshot's byte layout
 * is deliberately not assumed: these tests must survive a change of the section format).
 */

let root: string;
let cache: string;
let lines: string[];
const logger = () => createLogger({ level: 'debug', write: (line) => lines.push(line) });
const openAt = (corpus: string) => openEngine({ CORPUS_DIR: corpus, CACHE_DIR: cache }, logger());

/** A corpus folder under the temp root: the repository's sample article plus `files`, unless `bare`. */
function makeCorpus(name: string, files: Record<string, string>, bare = false): string {
  const dir = join(root, name);
  if (bare) mkdirSync(dir, { recursive: true });
  else cpSync('corpus', dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const cacheFiles = () => readdirSync(cache);
const snapFiles = () => cacheFiles().filter((f) => f.endsWith('.snap'));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'snapshot-edge-'));
  cache = join(root, 'cache');
  lines = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('index snapshots: odd text', () => {
  // Each a paragraph of its own (the loader trims paragraphs, so none starts or ends in whitespace).
  const odd = {
    surrogate: '孤立代理项\uD800出现在句中，后面还有\uDFFF低代理项。',
    emoji: '表情测试😀👨‍👩‍👧‍👦🇨🇳结束，还有𠀀扩展汉字。',
    combining: 'Cafe\u0301 和 n\u0303 以及 e\u0308\u0308 组合字符。',
    fullWidth: 'ＡＢＣ１２３全角文字，ＧＰＴ－４发布了。',
    traditional: '臺灣資訊產業發展迅速，華碩與宏碁發佈新機。',
    control: '控制\u0001字符\u0007响铃\u001B[31m红色\u007F删除\u0085下一行\u200B零宽\u2028行分隔\u00AD软连字符\u0008退格\u000B垂直\u000C换页。',
  };
  const paragraphs = Object.values(odd);
  const oddRow = row('奇异字符测试', '2023-08-01', paragraphs.join('\n'));

  it('keeps every paragraph exactly, and searches the same after a restart from the snapshot', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n`, 'odd.jsonl': `${oddRow}\n` });
    const built = await openAt(corpus);
    expect(built.openedFrom).toBe('built');
    paragraphs.forEach((text, i) => expect(built.passage(`odd-1#p${i}`)?.text).toBe(text));

    const loaded = await openAt(corpus);
    expect(loaded.openedFrom).toBe('snapshot');
    for (const [i, text] of paragraphs.entries()) {
      const view = loaded.passage(`odd-1#p${i}`);
      expect(view?.text).toBe(text);
      expect(view).toEqual(built.passage(`odd-1#p${i}`));
    }
    expect(loaded.passage('odd-1#p0')?.title).toBe('奇异字符测试');
    expect(loaded.stats()).toEqual(built.stats());

    for (const query of ['代理项', '表情测试', '组合字符', 'ＧＰＴ－４', 'GPT-4', '臺灣資訊', '華碩 宏碁', '零宽', '软连字符', 'A800']) {
      const hits = loaded.search(query);
      expect(hits, query).toEqual(built.search(query));
    }
    expect(loaded.search('臺灣資訊')[0]).toMatchObject({ articleId: 'odd-1', passage: 4 });
    expect(loaded.search('表情测试')[0]).toMatchObject({ articleId: 'odd-1', passage: 1 });
    expect(loaded.answer('華碩與宏碁發佈了什麼？')).toEqual(built.answer('華碩與宏碁發佈了什麼？'));
  });

  it('keeps lone surrogates in titles and in words the segmenter learns', async () => {
    // The title and a repeated name both carry a lone surrogate: beyond the paragraph text, they reach
    // the article metadata and (when cut or mined as words) the term list and the lexicon.
    const name = '星\uD800辰科技';
    const rows = [1, 2, 3].map((n) => row(`${name}第${n}次发布`, `2023-09-0${n}`, `${name}发布了第${n}代产品。\n${name}的产品很受欢迎。`));
    const corpus = makeCorpus('corpus', { 'star.jsonl': `${rows.join('\n')}\n` });
    const built = await openAt(corpus);
    const loaded = await openAt(corpus);
    expect(loaded.openedFrom).toBe('snapshot');
    expect(loaded.passage('star-1#p0')?.title).toBe(`${name}第1次发布`);
    expect(loaded.passage('star-1#p0')?.text).toBe(`${name}发布了第1代产品。`);
    expect(loaded.search(name)).toEqual(built.search(name));
    expect(loaded.search(name).length).toBeGreaterThan(0);
  });
});

describe('index snapshots: empty and shared folders', () => {
  it('builds, saves and restarts over a corpus folder with no articles, and abstains', async () => {
    const corpus = makeCorpus('empty', {}, true);
    const built = await openAt(corpus);
    expect(built.openedFrom).toBe('built');
    expect(lines.some((l) => l.includes('WARN') && l.includes('no articles'))).toBe(true);
    expect(snapFiles()).toHaveLength(1);

    const loaded = await openAt(corpus);
    expect(loaded.openedFrom).toBe('snapshot');
    expect(loaded.stats()).toMatchObject({ articles: 0, passages: 0 });
    const answer = loaded.answer('讯飞星火V1.5是什么时候发布的？');
    expect(answer.abstained).toBe(true);
    expect(answer.short).toBe('');
    expect(answer.sources).toEqual([]);
    expect(loaded.search('讯飞星火')).toEqual([]);
    expect(loaded.passage('news-1#p0')).toBeUndefined();

    // The first article added to an empty snapshot is all new text: built, then found.
    writeFileSync(join(corpus, 'news.jsonl'), `${news}\n`);
    const grown = await openAt(corpus);
    expect(grown.openedFrom).toBe('built');
    expect(grown.search('A800')[0]).toMatchObject({ articleId: 'news-2' });
  });

  it('keeps one snapshot per corpus folder in a shared cache folder', async () => {
    // Bare folders: the sample article mentions 文心一言 too.
    const a = makeCorpus('a', { 'news.jsonl': `${news}\n` }, true);
    const b = makeCorpus('b', { 'other.jsonl': `${row('文心一言开放', '2023-08-31', '8月31日,百度宣布文心一言向公众开放。')}\n` }, true);
    expect((await openAt(a)).openedFrom).toBe('built');
    expect((await openAt(b)).openedFrom).toBe('built');
    expect(snapFiles()).toHaveLength(2);

    const fromA = await openAt(a);
    const fromB = await openAt(b);
    expect(fromA.openedFrom).toBe('snapshot');
    expect(fromB.openedFrom).toBe('snapshot');
    expect(fromA.search('A800')[0]).toMatchObject({ articleId: 'news-2' });
    expect(fromA.search('文心一言')).toEqual([]);
    expect(fromB.search('文心一言')[0]).toMatchObject({ articleId: 'other-1' });
    expect(fromB.search('A800')).toEqual([]);
    expect(fromB.stats().articles).toBe(1);
    expect(fromA.stats().articles).toBe(2);
  });
});

describe('index snapshots: growing the corpus', () => {
  it('adds two new files at once to the snapshot', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n` });
    const built = await openAt(corpus);
    writeFileSync(join(corpus, 'more.jsonl'), `${row('文心一言开放', '2023-08-31', '8月31日,百度宣布文心一言向公众开放。')}\n`);
    writeFileSync(join(corpus, 'extra.jsonl'), `${row('通义千问发布', '2023-04-11', '4月11日,阿里巴巴发布通义千问大模型。')}\n`);
    const grown = await openAt(corpus);
    expect(grown.openedFrom).toBe('snapshot+added');
    expect(grown.stats().articles).toBe(built.stats().articles + 2);
    expect(grown.stats().passages).toBe(built.stats().passages + 2);
    expect(grown.search('文心一言 开放')[0]).toMatchObject({ articleId: 'more-1' });
    expect(grown.search('通义千问')[0]).toMatchObject({ articleId: 'extra-1' });
    expect(grown.passage('extra-1#p0')?.text).toBe('4月11日,阿里巴巴发布通义千问大模型。');
    // Scores move with the corpus statistics; which passages match, and their order, do not.
    const ids = (hits: Array<{ passageId: string }>) => hits.map((h) => h.passageId);
    expect(ids(grown.search('A800'))).toEqual(ids(built.search('A800')));

    const again = await openAt(corpus);
    expect(again.openedFrom).toBe('snapshot');
    expect(again.search('通义千问')).toEqual(grown.search('通义千问'));
    expect(again.stats()).toEqual(grown.stats());
  });

  it('rebuilds when one new article has more paragraphs and text than the whole old corpus', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n` });
    const built = await openAt(corpus);
    const { passages } = built.stats();
    const big = Array.from({ length: passages + 5 }, (_, i) => `第${i + 1}段：寒武纪公司发布思元${i + 1}芯片，性能提升明显，订单持续增长，客户遍布各行各业。`.repeat(20));
    writeFileSync(join(corpus, 'big.jsonl'), `${row('寒武纪芯片合集', '2023-10-01', big.join('\n'))}\n`);
    const rebuilt = await openAt(corpus);
    expect(rebuilt.openedFrom).toBe('built');
    expect(rebuilt.stats().passages).toBe(passages + big.length);
    expect(rebuilt.search('思元')[0]).toMatchObject({ articleId: 'big-1' });
    expect(rebuilt.search('A800')[0]).toMatchObject({ articleId: 'news-2' });
  });

  // More new text than old calls for a rebuild (the lexicon is re-mined): measured in text, not passages.
  it('rebuilds when one new single-paragraph article is longer than the whole old corpus', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n` });
    await openAt(corpus);
    // An upper bound on the old corpus text: the bytes of its files (UTF-8 bytes >= UTF-16 units).
    const oldChars = readdirSync(corpus).reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
    const huge = '寒武纪公司发布思元芯片，性能提升明显，订单持续增长。'.repeat(Math.ceil((oldChars * 2) / 26));
    writeFileSync(join(corpus, 'huge.jsonl'), `${row('寒武纪长文', '2023-10-02', huge)}\n`);
    const opened = await openAt(corpus);
    expect(opened.search('思元')[0]).toMatchObject({ articleId: 'huge-1' });
    expect(opened.openedFrom).toBe('built');
  });
});

describe('index snapshots: a snapshot from elsewhere', () => {
  const rowsB = [
    row('文心一言开放', '2023-08-31', '8月31日,百度宣布文心一言向公众开放。\n首批开放的还有其他大模型。'),
    row('通义千问发布', '2023-04-11', '4月11日,阿里巴巴发布通义千问大模型。\n通义千问将接入钉钉。'),
  ].join('\n');

  /** Opens A and B once each (one snapshot each), then puts A's snapshot under B's name. */
  async function swapIn(a: string, b: string): Promise<void> {
    await openAt(a);
    const [snapA] = snapFiles();
    await openAt(b);
    const snapB = snapFiles().find((f) => f !== snapA)!;
    copyFileSync(join(cache, snapA!), join(cache, snapB));
  }

  it("does not serve corpus A's snapshot under corpus B's name when B holds other articles", async () => {
    // Same file name, same row numbers (so the same article ids), other content.
    const a = makeCorpus('a', { 'news.jsonl': `${news}\n` });
    const b = makeCorpus('b', { 'news.jsonl': `${rowsB}\n` });
    await swapIn(a, b);
    const opened = await openAt(b);
    expect(opened.openedFrom).toBe('built');
    expect(opened.search('A800')).toEqual([]);
    expect(opened.search('通义千问')[0]).toMatchObject({ articleId: 'news-2' });
    expect(opened.passage('news-1#p0')?.text).toBe('8月31日,百度宣布文心一言向公众开放。');
    expect(opened.passage('news-1#p0')?.title).toBe('文心一言开放');
    const answer = opened.answer('百度什么时候宣布文心一言向公众开放？');
    expect(answer.abstained).toBe(false);
    expect(answer.sources[0]).toMatchObject({ articleId: 'news-1', title: '文心一言开放' });
    expect(opened.answer('讯飞星火V1.5是什么时候发布的？').sources.every((s) => s.title !== '星火大模型升级')).toBe(true);
    // And the rebuilt snapshot is B's own from now on.
    expect((await openAt(b)).search('A800')).toEqual([]);
  });

  it("does not serve A's snapshot when B holds A's files under other names", async () => {
    const a = makeCorpus('a', { 'news.jsonl': `${news}\n` });
    const b = makeCorpus('b', { 'renamed.jsonl': `${news}\n` });
    await swapIn(a, b);
    const opened = await openAt(b);
    expect(opened.openedFrom).toBe('built');
    expect(opened.search('A800')[0]).toMatchObject({ articleId: 'renamed-2' });
    expect(opened.passage('news-2#p0')).toBeUndefined();
  });

  it("reuses A's snapshot only as far as B really holds A's articles", async () => {
    const a = makeCorpus('a', { 'news.jsonl': `${news}\n` });
    const b = makeCorpus('b', { 'news.jsonl': `${news}\n`, 'zz.jsonl': `${rowsB}\n` });
    await swapIn(a, b);
    const opened = await openAt(b);
    expect(opened.openedFrom).toBe('snapshot+added');
    expect(opened.stats().articles).toBe(5);
    expect(opened.search('A800')[0]).toMatchObject({ articleId: 'news-2' });
    expect(opened.search('通义千问')[0]).toMatchObject({ articleId: 'zz-2' });
    expect(opened.answer('讯飞星火V1.5是什么时候发布的？').sources[0]).toMatchObject({ articleId: 'news-1' });
  });
});

describe('index snapshots: concurrent opens', () => {
  it('opens the same corpus twice at once and leaves exactly one snapshot and no temp files', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n` });
    const [first, second] = await Promise.all([openAt(corpus), openAt(corpus)]);
    const question = '讯飞星火V1.5是什么时候发布的？';
    expect(first.answer(question).abstained).toBe(false);
    expect(second.answer(question)).toEqual(first.answer(question));
    expect(second.search('A800')).toEqual(first.search('A800'));
    expect(snapFiles()).toHaveLength(1);
    expect(cacheFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(cacheFiles()).toHaveLength(1);

    const later = await openAt(corpus);
    expect(later.openedFrom).toBe('snapshot');
    expect(later.answer(question)).toEqual(first.answer(question));
  });

  // Two saves of one process in the same millisecond once shared a temporary file name, and the
  // second rename failed with a false "set CACHE_DIR" warning. The clock is frozen to force it.
  it('does not warn about an unwritable cache when two saves race', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n` });
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    try {
      await Promise.all([openAt(corpus), openAt(corpus)]);
    } finally {
      now.mockRestore();
    }
    expect(snapFiles()).toHaveLength(1);
    expect(lines.filter((l) => l.includes('WARN'))).toEqual([]);
  });

  it('opens from a snapshot twice at once, and the snapshot stays usable', async () => {
    const corpus = makeCorpus('corpus', { 'news.jsonl': `${news}\n` });
    await openAt(corpus);
    writeFileSync(join(corpus, 'more.jsonl'), `${row('文心一言开放', '2023-08-31', '8月31日,百度宣布文心一言向公众开放。')}\n`);
    const both = await Promise.all([openAt(corpus), openAt(corpus)]);
    // The second open may read the snapshot the first one has just grown and saved.
    const modes = both.map((e) => e.openedFrom);
    expect(modes).toContain('snapshot+added');
    for (const mode of modes) expect(['snapshot+added', 'snapshot']).toContain(mode);
    for (const engine of both) expect(engine.search('文心一言')[0]).toMatchObject({ articleId: 'more-1' });
    expect(snapFiles()).toHaveLength(1);
    expect(cacheFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await openAt(corpus)).openedFrom).toBe('snapshot');
  });
});
