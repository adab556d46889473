import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestRawArticle, slugFromFileName } from '../../src/corpus/ingest-article.ts';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The shared material sits beside the checkout (for developers and CI alike).
const SEED = '../shared/corpus-raw/2023-05-16-donews-guochan-chatgpt.txt';
const PAGE = '首页|新闻|科技\n\n讯飞星火发布\n\n2023年5月6日 10:30  新华网\n\n科大讯飞发布认知大模型“讯飞星火”。\n\n年内还会进行三次升级。\n\n编 辑:王五\n关于我们 | 联系我们 | 本站地图\n';

describe('slugFromFileName', () => {
  it('drops folders, the extension and a leading date, and keeps letters and digits', () => {
    expect(['raw/2023-05-16-donews-guochan-chatgpt.txt', '20230506_讯飞 星火.HTML', 'page.htm', '---.txt'].map(slugFromFileName)).toEqual([
      'donews-guochan-chatgpt',
      '讯飞-星火',
      'page',
      'article',
    ]);
  });
});

describe('ingestRawArticle', () => {
  it('names the file <date>-<slug>.md and writes Markdown the loader reads back to the same article', () => {
    const result = ingestRawArticle(PAGE, 'in/xunfei.txt');
    if (!result.ok) throw new Error(result.reason);
    expect(result.fileName).toBe('2023-05-06-xunfei.md');
    expect(result.article).toEqual({
      id: '2023-05-06-xunfei',
      title: '讯飞星火发布',
      date: '2023-05-06',
      source: '新华网',
      url: '',
      author: '王五',
      paragraphs: ['科大讯飞发布认知大模型“讯飞星火”。', '年内还会进行三次升级。'],
    });
    expect(parseMarkdownArticle(result.markdown, result.fileName)).toEqual({ ok: true, article: result.article });
  });

  it('takes the date from the input name when the page shows none', () => {
    const result = ingestRawArticle('大模型观察\n\n正文。\n', '2023-05-16-guancha.txt');
    expect(result.ok && [result.fileName, result.article.date]).toEqual(['2023-05-16-guancha.md', '2023-05-16']);
  });

  it.skipIf(!existsSync(SEED))('ingests the real seed page', () => {
    const result = ingestRawArticle(readFileSync(SEED, 'utf8'), SEED);
    if (!result.ok) throw new Error(result.reason);
    const { paragraphs, ...meta } = result.article;
    expect(result.fileName).toBe('2023-05-16-donews-guochan-chatgpt.md');
    expect(meta).toEqual({ id: '2023-05-16-donews-guochan-chatgpt', title: '激战千亿大模型 “国产ChatGPT”背水一战', date: '2023-05-16', source: 'DoNews', url: '', author: '章芳' });
    // Every non-empty line between the date line (written with no-break spaces) and the editor line, and nothing else.
    const lines = readFileSync(SEED, 'utf8').split('\n').map((line) => line.trim());
    const dateLine = lines.findIndex((line) => line.startsWith('2023年5月16日 07:42'));
    expect(dateLine).toBe(6);
    const body = lines.slice(dateLine + 1, lines.indexOf('编 辑:章芳')).filter((line) => line !== '');
    expect(paragraphs).toEqual(body);
    expect(paragraphs).toHaveLength(40);
  });
});

describe('npm run ingest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes what it can, names each input it cannot ingest and why, and exits non-zero', () => {
    writeFileSync(join(dir, 'good.txt'), PAGE);
    writeFileSync(join(dir, 'nav-only.txt'), '首页|新闻|科技\n');
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', join(dir, 'nav-only.txt'), join(dir, 'good.txt'), join(dir, 'missing.txt'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`✓ ${join(out, '2023-05-06-good.md')}: “讯飞星火发布”, 2023-05-06, 新华网, author 王五, 2 paragraphs\n`);
    expect(run.stderr).toContain(`✗ ${join(dir, 'nav-only.txt')}: no title found: expected a short headline line near the top of the page\n`);
    expect(run.stderr).toContain(`✗ ${join(dir, 'missing.txt')}: cannot read it (ENOENT`);
    expect(run.stderr).toContain('2 input(s) could not be ingested');
    expect(readdirSync(out)).toEqual(['2023-05-06-good.md']);
  });
});
