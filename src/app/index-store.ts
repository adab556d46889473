import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import type { Article } from '../core/article.ts';
import { TEXT_PIPELINE_VERSION } from '../core/text/pipeline-version.ts';
import { listArticleFiles } from '../corpus/load-corpus.ts';
import { readInBackground } from './snapshot-reader.ts';
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
  size: number;
  mtimeMs: number;
  hash: string;
}

/**
 * Every article file under `dir` with a hash of its bytes. A file whose size and modification
 * time match `known` (the snapshot's record) keeps its recorded hash without being read, as
 * git's index does: reading 158 MB of corpus only to find it unchanged took most of a second.
 */
export async function hashCorpusFiles(dir: string, known: CorpusFile[] = []): Promise<CorpusFile[]> {
  const recorded = new Map(known.map((f) => [f.file, f]));
  const files: CorpusFile[] = [];
  for (const { path } of await listArticleFiles(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    const info = await stat(path).catch(() => undefined);
    const size = info?.size ?? -1;
    const mtimeMs = info?.mtimeMs ?? -1;
    const same = recorded.get(file);
    if (info && same && same.size === size && same.mtimeMs === mtimeMs) {
      files.push(same);
      continue;
    }
    const bytes = await readFile(path).catch(() => undefined);
    files.push({ file, size, mtimeMs, hash: bytes ? createHash('sha256').update(bytes).digest('hex') : 'unreadable' });
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
export type SnapshotRead = { ok: true; content: SnapshotContent } | { ok: false; missing: true } | { ok: false; missing: false; reason: string };

export async function readSnapshot(path: string, meanwhile?: () => void): Promise<SnapshotRead> {
  const reading = readInBackground(path);
  meanwhile?.();
  const read = await reading;
  if ('missing' in read) return { ok: false, missing: true };
  if ('error' in read) return { ok: false, missing: false, reason: `cannot read: ${read.error}` };
  try {
    return { ok: true, content: decodeSnapshot(read.bytes, read.checksum) };
  } catch (error) {
    const reason = error instanceof SnapshotError ? error.message : `cannot decode: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, missing: false, reason };
  }
}

/** Writes the snapshot beside its final name and renames it: a crash never leaves half a file under that name. */
export async function writeSnapshot(path: string, content: SnapshotContent): Promise<number> {
  const parts = encodeSnapshot(content);
  await mkdir(join(path, '..'), { recursive: true });
  // Unique per call: two saves in one process and one millisecond must not share a temporary file.
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      for (const part of parts) await handle.write(part);
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return parts.reduce((n, part) => n + part.length, 0);
}

/** Content hash of one article: tells an unchanged article from a new or edited one. */
export function articleHash(article: Article): string {
  const { id, title, date, source, url, author, paragraphs } = article;
  return createHash('sha1').update(JSON.stringify([id, title, date, source, url, author ?? null, paragraphs])).digest('hex');
}
