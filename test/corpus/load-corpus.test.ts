import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const markdown = (title: string, body: string): string => `---\ntitle: ${title}\ndate: 2023-05-16\nsource: DoNews\nurl: ""\n---\n\n${body}\n`;
const row = (title: string, text: string): string => JSON.stringify({ title, date: '2023-01-13', source: '腾讯新闻', url: '', text });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

describe('loadCorpus', () => {
  it('loads Markdown, JSONL and gzipped JSONL recursively, in path order', async () => {
    write('a-seed.md', markdown('激战千亿大模型', '第一段。\n\n第二段。'));
    write('news/qq.jsonl', `${row('小冰', '一。\n二。')}\n\n${row('文心一言', '三。')}\n`);
    write('news/old/all.jsonl.gz', gzipSync(`${row('讯飞星火', '四。')}\n${row('通义千问', '五。')}`));

    const { articles, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles.map((article) => [article.id, article.title, article.paragraphs])).toEqual([
      ['a-seed', '激战千亿大模型', ['第一段。', '第二段。']],
      ['all-1', '讯飞星火', ['四。']],
      ['all-2', '通义千问', ['五。']],
      ['qq-1', '小冰', ['一。', '二。']],
      ['qq-3', '文心一言', ['三。']],
    ]);
  });

  it('skips notes and other files quietly: README, names starting with _ or ., non-article types', async () => {
    write('README.md', '# 说明\n这不是文章');
    write('_draft.md', '没有 front matter');
    write('.cache/index.jsonl', 'not json');
    write('_raw/page.md', 'not an article');
    write('notes.txt', '随便写写');
    write('data.json', '{}');
    write('ok.md', markdown('标题', '正文。'));

    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['ok']);
    expect(problems).toEqual([]);
  });

  it('reports each malformed file or row with its relative path, line and reason, and loads the rest', async () => {
    write('good.md', markdown('好文章', '正文。'));
    write('sub/no-title.md', '---\ndate: 2023-05-16\nsource: DoNews\nurl: ""\n---\n\n正文。\n');
    write('sub/bad-date.md', '---\ntitle: 标题\ndate: 2023年5月16日\nsource: DoNews\nurl: ""\n---\n\n正文。\n');
    write('sub/empty.md', markdown('空文章', ''));
    write('rows.jsonl', [row('第一行', '正文。'), '{"title": ', row('空正文', '\n'), row('第四行', '正文。')].join('\n'));
    write('broken.jsonl.gz', 'this is not gzip at all');

    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['good', 'rows-1', 'rows-4']);
    expect(problems).toEqual([
      { file: 'broken.jsonl.gz', reason: 'reading stopped before the first line: unreadable gzip: incorrect header check' },
      { file: 'rows.jsonl', line: 2, reason: expect.stringMatching(/^invalid JSON: ./) },
      { file: 'rows.jsonl', line: 3, reason: 'empty body: text has no paragraphs' },
      { file: 'sub/bad-date.md', reason: 'date must be a real day written YYYY-MM-DD (e.g. 2023-05-16), got "2023年5月16日"' },
      { file: 'sub/empty.md', reason: 'empty body: write the article text after the front matter' },
      { file: 'sub/no-title.md', reason: 'title is required' },
    ]);
  });

  it('keeps the rows read before a gzip file turns out truncated, and says where reading stopped', async () => {
    const rows = Array.from({ length: 400 }, (_, index) => row(`第${index + 1}篇`, `${'大模型竞争激烈。'.repeat(20)}${index}`)).join('\n');
    const gz = gzipSync(rows);
    write('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));

    const { articles, problems } = await loadCorpus(dir);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(400);
    expect(articles.map((article) => article.id)).toEqual(articles.map((_, index) => `cut-${index + 1}`));
    expect(problems).toEqual([{ file: 'cut.jsonl.gz', reason: `reading stopped after line ${articles.length}: unreadable gzip: unexpected end of file` }]);
  });

  it('keeps the first of two articles with the same id and reports the second', async () => {
    write('a/same.md', markdown('先来的', '正文。'));
    write('b/same.md', markdown('后到的', '正文。'));
    write('b/x.jsonl', row('行', '正文。'));
    write('c/x.jsonl', row('重复的行', '正文。'));

    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => [article.id, article.title])).toEqual([
      ['same', '先来的'],
      ['x-1', '行'],
    ]);
    expect(problems).toEqual([
      { file: 'b/same.md', reason: 'duplicate article id "same" (first loaded from a/same.md); this one is skipped: rename the file' },
      { file: 'c/x.jsonl', line: 1, reason: 'duplicate article id "x-1" (first loaded from b/x.jsonl:1); this one is skipped: rename the file' },
    ]);
  });

  it('fails with a clear error naming a missing directory, or a file given as the directory', async () => {
    const missing = join(dir, 'nope');
    await expect(loadCorpus(missing)).rejects.toThrow(`Corpus directory not found: ${missing} (create it, or point CORPUS_DIR at the folder holding the articles)`);
    write('file.md', markdown('标题', '正文。'));
    await expect(loadCorpus(join(dir, 'file.md'))).rejects.toMatchObject({ name: 'AppError', code: 'corpus' });
  });
});
