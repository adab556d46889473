import type { Article, CorpusProblem } from '../core/article.ts';

/** What parsing one corpus file or row gives: an article, or the problem that keeps it out. */
export type ParseResult = { ok: true; article: Article } | { ok: false; problem: CorpusProblem };

export function parsed(article: Article): ParseResult {
  return { ok: true, article };
}

export function problem(file: string, reason: string, line?: number): ParseResult {
  return { ok: false, problem: line === undefined ? { file, reason } : { file, line, reason } };
}
