import { describe, expect, it } from 'vitest';
import { vote, type Extraction } from '../../../src/core/qa/extract.ts';
import type { Candidate } from '../../../src/core/qa/retrieve.ts';

const at = (passage: number, sentence: number): Candidate => ({ passage, sentence, text: '', score: 0, matched: [], coverage: 0 });
const x = (short: string, score: number, passage: number, iso?: string): Extraction => ({
  candidate: at(passage, 0),
  start: 0,
  end: short.length,
  short,
  score,
  ...(iso ? { date: { start: 0, end: short.length, text: short, iso, granularity: 'day' as const } } : {}),
});

describe('vote', () => {
  it('lifts an answer that several sentences give over a slightly better single one', () => {
    const ranked = vote([x('8月15日', 1.0, 0, '2023-08-15'), x('3月16日', 0.95, 1, '2023-03-16'), x('2023年3月16日', 0.9, 2, '2023-03-16')]);
    expect(ranked[0]!.short).toBe('3月16日');
  });
  it('does not count the same sentence twice', () => {
    const ranked = vote([x('A', 1.0, 0), x('B', 0.95, 1), x('B', 0.9, 1)]);
    expect(ranked[0]!.short).toBe('A');
  });
  it('caps the lift, so many weak sentences do not beat a far better one', () => {
    const many = Array.from({ length: 10 }, (_, i) => x('B', 0.5, i + 1));
    expect(vote([x('A', 1.0, 0), ...many])[0]!.short).toBe('A');
  });
});
