import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('imports point inward', () => {
  it('the core imports no SDK, no I/O and nothing outside the core', () => {
    const bad = files('src/core').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(?:node:|discord\.js|grammy|@grammyjs|fs$|path$|http)/.test(spec) || (spec.startsWith('.') && !join(file, '..', spec).startsWith('src/core')))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });
  it('the core never reads process.env', () => {
    const bad = files('src/core').filter((file) => readFileSync(file, 'utf8').includes('process.env'));
    expect(bad).toEqual([]);
  });
  it('commands import only zod and the core', () => {
    const bad = files('commands').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec !== 'zod' && !spec.startsWith('../src/core/') && !/^\.\/[\w-]+\.ts$/.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });
  it('only adapters import chat SDKs', () => {
    const bad = [...files('src'), ...files('commands')]
      .filter((file) => !file.startsWith('src/adapters/') && !file.startsWith('src/cli/deploy'))
      .flatMap((file) => importsOf(file).filter((spec) => /^(?:discord\.js|grammy|@grammyjs)/.test(spec)).map((spec) => `${file} imports ${spec}`));
    expect(bad).toEqual([]);
  });
  it('each command file declares the command of its own name', () => {
    for (const file of readdirSync('commands').filter((f) => f !== 'index.ts')) {
      expect(readFileSync(join('commands', file), 'utf8')).toContain(`name: '${file.replace(/\.ts$/, '')}'`);
    }
  });
});
