import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import type { Article } from '../core/article.ts';
import { TEXT_PIPELINE_VERSION } from '../core/text/pipeline-version.ts';
import { listArticleFiles } from '../corpus/load-corpus.ts';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT, SnapshotError, type SnapshotContent } from './snapshot-codec.ts';

/**
 * Where snapshots live and what they are keyed by. The key is the corpus content (a hash of
 * every article file's bytes) plus the text pipeline (its version and nodejieba's, whose
 * dictionary decides the cuts), so any change to either makes the snapshot stale.
 */
const jiebaVersion: string = (createRequire(import.meta.url)('nodejieba/package.json') as { version: string }).version;
export const PIPELINE = `text-${TEXT_PIPELINE_VERSION}/nodejieba-${jiebaVersion}/snapshot-${SNAPSHOT_FORMAT}`;

export interface CorpusFile {
  file: string;
  hash: string;
}

/** Every article file under `dir` with a hash of its bytes (0.2 s for the 65 MB benchmark corpus). */
export async function hashCorpusFiles(dir: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (const { path } of await listArticleFiles(dir)) {
    const bytes = await readFile(path).catch(() => undefined);
    files.push({ file: relative(dir, path).split(sep).join('/'), hash: bytes ? createHash('sha256').update(bytes).digest('hex') : 'unreadable' });
  }
  return files;
}

export function corpusKey(files: CorpusFile[]): string {
  const hash = createHash('sha256').update(PIPELINE);
  for (const f of files) hash.update(`\n${f.file}\t${f.hash}`);
  return hash.digest('hex');
}

/** One snapshot file per corpus folder, so that several corpora can share a cache directory. */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  const folder = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `index-${folder}.snap`);
}

/** What became of reading a snapshot: its content, none there, or why it cannot be used. */
export type SnapshotRead = { ok: true; content: SnapshotContent; bytes: number } | { ok: false; missing: true } | { ok: false; missing: false; reason: string };

export async function readSnapshot(path: string): Promise<SnapshotRead> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return { ok: false, missing: true };
  }
  try {
    return { ok: true, content: decodeSnapshot(file), bytes: file.length };
  } catch (error) {
    const reason = error instanceof SnapshotError ? error.message : `cannot decode: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, missing: false, reason };
  }
}

/** Writes the snapshot beside its final name and renames it: a crash never leaves half a file under that name. */
export async function writeSnapshot(path: string, content: SnapshotContent): Promise<number> {
  const bytes = encodeSnapshot(content);
  await mkdir(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return bytes.length;
}

/** Content hash of one article: tells an unchanged article from a new or edited one. */
export function articleHash(article: Article): string {
  const { id, title, date, source, url, author, paragraphs } = article;
  return createHash('sha1').update(JSON.stringify([id, title, date, source, url, author ?? null, paragraphs])).digest('hex');
}
