import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Article, CorpusProblem } from '../core/article.ts';
import { AppError } from '../core/chat/app-error.ts';
import { parseJsonlLine } from './parse-jsonl-line.ts';
import { parseMarkdownArticle } from './parse-markdown-article.ts';
import type { ParseResult } from './parse-result.ts';
import { readLines } from './read-lines.ts';

export interface LoadedCorpus {
  articles: Article[];
  problems: CorpusProblem[];
}

type Format = 'markdown' | 'jsonl' | 'jsonl.gz';

/**
 * Which files hold articles. Names starting with `_` or `.` (files and folders) and README files
 * are notes, not articles; files of any other type (images, .txt, .json) are skipped quietly.
 */
function formatOf(name: string): Format | undefined {
  if (name.startsWith('_') || name.startsWith('.') || /^readme(\.|$)/i.test(name)) return undefined;
  if (/\.md$/i.test(name)) return 'markdown';
  if (/\.jsonl$/i.test(name)) return 'jsonl';
  if (/\.jsonl\.gz$/i.test(name)) return 'jsonl.gz';
  return undefined;
}

/** Article files under `dir`, recursively, in a stable order (so "the first of two duplicates" is well defined). */
export async function listArticleFiles(dir: string): Promise<Array<{ path: string; format: Format }>> {
  const found: Array<{ path: string; format: Format }> = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory());
    if (isDir) {
      found.push(...(await listArticleFiles(path)));
      continue;
    }
    const format = formatOf(entry.name);
    if (format) found.push({ path, format });
  }
  return found;
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code.startsWith('Z_') ? `unreadable gzip: ${error.message}` : error.message;
}

type Accept = (result: ParseResult, file: string, line?: number) => void;

/** Streams a JSONL file (gunzipping on the way), handing each parsed row to `accept`. */
async function loadJsonl(path: string, file: string, gzipped: boolean, accept: Accept): Promise<void> {
  const raw = createReadStream(path);
  // pipeline destroys both streams on any error, so the loop below throws it instead of hanging.
  const input = gzipped ? pipeline(raw, createGunzip(), () => {}) : raw;
  let lineNo = 0;
  try {
    for await (const line of readLines(input)) {
      lineNo += 1;
      if (line.trim() === '') continue;
      accept(parseJsonlLine(line, file, lineNo), file, lineNo);
    }
  } catch (error) {
    // Rows before the damage are kept: the file is read as a stream, and they are sound.
    const where = lineNo === 0 ? 'before the first line' : `after line ${lineNo}`;
    accept({ ok: false, problem: { file, reason: `reading stopped ${where}: ${reasonOf(error)}` } }, file);
  }
}

/**
 * Reads every article under `dir` (recursively): Markdown files with YAML front matter, `.jsonl`
 * files and `.jsonl.gz` files (streamed). README files, names starting with `_` or `.`, and
 * files of other types are not articles and are skipped without a word. Each malformed file or row is skipped and reported in
 * `problems` with its path relative to `dir` (and line for JSONL); the rest loads. Of two
 * articles with the same id the first (in path order) is kept and the second reported.
 * Throws an `AppError('corpus')` when `dir` does not exist or is not a directory.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new AppError('corpus', `Corpus directory not found: ${dir} (create it, or point CORPUS_DIR at the folder holding the articles)`);
  if (!info.isDirectory()) throw new AppError('corpus', `Corpus path is not a directory: ${dir} (CORPUS_DIR must name a folder of .md / .jsonl files)`);

  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  const accept: Accept = (result, file, line) => {
    if (!result.ok) {
      problems.push(result.problem);
      return;
    }
    const { id } = result.article;
    const where = line === undefined ? file : `${file}:${line}`;
    const first = seen.get(id);
    if (first !== undefined) {
      const reason = `duplicate article id "${id}" (first loaded from ${first}); this one is skipped: rename the file`;
      problems.push(line === undefined ? { file, reason } : { file, line, reason });
      return;
    }
    seen.set(id, where);
    articles.push(result.article);
  };

  for (const { path, format } of await listArticleFiles(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    if (format === 'markdown') {
      try {
        accept(parseMarkdownArticle(await readFile(path, 'utf8'), file), file);
      } catch (error) {
        problems.push({ file, reason: `cannot read: ${reasonOf(error)}` });
      }
    } else {
      await loadJsonl(path, file, format === 'jsonl.gz', accept);
    }
  }
  return { articles, problems };
}
