import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../../commands/index.ts';
import { readOptions, toSlashCommand } from '../../../src/adapters/discord/slash-commands.ts';
import { defineCommand, type Command } from '../../../src/core/chat/define-command.ts';
import { textOption } from '../../../src/core/chat/run-command.ts';

describe('toSlashCommand', () => {
  it('maps every command of commands/ to a chat-input command with string options', () => {
    expect(commands.map(toSlashCommand).map((c) => [c.name, c.options!.map((o) => [o.name, o.type, o.required])])).toEqual([
      ['ask', [['question', 3, true]]],
      ['search', [['query', 3, true]]],
      ['source', [['id', 3, true]]],
      ['about', []],
      ['help', []],
    ]);
  });

  it('carries the descriptions and the length bounds of the schema', () => {
    expect(toSlashCommand(commands.find((c) => c.name === 'source')!)).toEqual({
      name: 'source',
      description: 'Show a cited passage in full / 查看引用原文',
      type: 1,
      contexts: [0, 1],
      options: [
        { name: 'id', description: 'Passage id from an answer, e.g. 2023-05-16-donews-guochan-chatgpt#p12', type: 3, required: true, min_length: 1, max_length: 300 },
      ],
    });
  });

  it('makes optional options optional, numbers numbers and booleans booleans, and cuts descriptions to 100', () => {
    const command = defineCommand({
      name: 'demo',
      description: 'A demo',
      options: z.object({
        query: textOption('词'.repeat(150)),
        limit: z.number().int().optional().describe('How many'),
        exact: z.boolean().default(false).describe('Exact match'),
      }),
      async run() {},
    }) as unknown as Command;
    const options = toSlashCommand(command).options!;
    expect(options.map((o) => [o.name, o.type, o.required])).toEqual([
      ['query', 3, true],
      ['limit', 10, false],
      ['exact', 5, false],
    ]);
    expect(options[0]!.description).toBe(`${'词'.repeat(99)}…`);
  });
});

describe('readOptions', () => {
  it('reads the values the user gave and leaves the others out', () => {
    const ask = commands.find((c) => c.name === 'ask')!;
    expect(readOptions(ask, (name) => (name === 'question' ? { value: '讯飞星火是谁发布的？' } : null))).toEqual({ question: '讯飞星火是谁发布的？' });
    expect(readOptions(ask, () => null)).toEqual({});
  });
});
