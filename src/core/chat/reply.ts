import type { Answer, CorpusStats, PassageView, SearchHit } from '../qa/answer.ts';

/** A command's summary for `/help`, independent of how a platform spells commands. */
export interface CommandSummary {
  name: string;
  description: string;
  /** The option names with their descriptions, in declaration order. */
  options: Array<{ name: string; description: string; required: boolean }>;
}

/**
 * What a command hands to its platform to show. Data only: each adapter renders every kind
 * within its own limits and escaping rules.
 */
export type Reply =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'hits'; query: string; hits: SearchHit[] }
  | { kind: 'passage'; passage: PassageView }
  | { kind: 'help'; commands: CommandSummary[] }
  | { kind: 'about'; stats: CorpusStats }
  /** A short plain-text message (errors, notices). Never markup: adapters escape it. */
  | { kind: 'text'; text: string };
