import type { Article } from '../core/article.ts';

/** One CMRC question with the article (paragraph) that holds its answer. */
export interface CmrcQuestion {
  id: string;
  question: string;
  /** Gold answers as given (the trial set has one, dev and test three). */
  answers: string[];
  /** Id of the article made from the question's paragraph. */
  articleId: string;
}

interface SquadFile {
  data?: Array<{ title?: string; paragraphs?: Array<{ id?: string; context?: string; qas?: Array<{ id?: string; question?: string; answers?: Array<{ text?: string }> }> }> }>;
}

/**
 * Reads a SQuAD-format CMRC file (already parsed JSON): every paragraph becomes an article of one
 * corpus (id: the paragraph id, title: the SQuAD title), every question is kept with its gold
 * answers (entries without a question or an answer are counted in `skipped`). Throws with the reason when the shape is not SQuAD's.
 */
export function readCmrc(json: unknown, source = 'CMRC2018'): { articles: Article[]; questions: CmrcQuestion[]; skipped: number } {
  const data = (json as SquadFile)?.data;
  if (!Array.isArray(data)) throw new Error('not a SQuAD-format file: expected {"data": [{"title", "paragraphs": [...]}]}');
  const articles: Article[] = [];
  const questions: CmrcQuestion[] = [];
  let skipped = 0;
  for (const entry of data) {
    for (const [p, paragraph] of (entry.paragraphs ?? []).entries()) {
      const id = paragraph.id ?? `${entry.title ?? 'untitled'}-${p}`;
      articles.push({ id, title: entry.title ?? '', date: '', source, url: '', paragraphs: [paragraph.context ?? ''] });
      for (const qa of paragraph.qas ?? []) {
        const answers = (qa.answers ?? []).map((a) => a.text ?? '').filter((t) => t.trim() !== '');
        if (!qa.question?.trim() || answers.length === 0) {
          skipped++; // the trial set has two entries with an empty question
          continue;
        }
        questions.push({ id: qa.id ?? `${id}-${questions.length}`, question: qa.question, answers, articleId: id });
      }
    }
  }
  return { articles, questions, skipped };
}
