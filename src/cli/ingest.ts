/**
 * `npm run ingest -- <file or folder...> [--out corpus]`: turns scraped pages (plain text or
 * HTML) into corpus Markdown files. Prints one line per article written; names each input it
 * cannot read and why, and exits non-zero after handling the others.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestRawArticle } from '../corpus/ingest-article.ts';

const USAGE = 'usage: npm run ingest -- <file or folder...> [--out corpus]';
const INPUT = /\.(txt|text|html?|xhtml)$/i;

/** Files named on the command line, and the .txt/.html files directly inside named folders. */
async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => INPUT.test(name) && !name.startsWith('.')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path); // a missing file is reported by the read below, with the others still processed
    }
  }
  return files;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', default: 'corpus' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    (args.values.help ? console.log : console.error)(USAGE);
    return args.values.help ? 0 : 2;
  }
  const outDir = args.values.out ?? 'corpus';
  await mkdir(outDir, { recursive: true });

  let failures = 0;
  for (const input of await expandInputs(args.positionals)) {
    let content: string;
    try {
      content = await readFile(input, 'utf8');
    } catch (error) {
      failures += 1;
      console.error(`✗ ${input}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const result = ingestRawArticle(content, input);
    if (!result.ok) {
      failures += 1;
      console.error(`✗ ${input}: ${result.reason}`);
      continue;
    }
    const target = join(outDir, result.fileName);
    await writeFile(target, result.markdown, 'utf8');
    const { title, date, source, author, paragraphs } = result.article;
    const credit = author ? `, author ${author}` : '';
    console.log(`✓ ${target}: “${title}”, ${date || 'date unknown'}, ${source || 'source unknown'}${credit}, ${paragraphs.length} paragraphs`);
  }
  if (failures > 0) console.error(`${failures} input(s) could not be ingested`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
