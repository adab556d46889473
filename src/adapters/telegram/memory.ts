import { randomBytes } from 'node:crypto';
import { BoundedMap } from '../bounded-map.ts';

/** What a button under an answer needs to know about it. */
export interface AnswerRecord {
  question: string;
  conversationId: string;
  /** Passages the answer already cites, so “more sources” shows others. */
  passageIds: string[];
}

/**
 * The adapter's short-term memory, bounded: which conversation each bot message belongs to
 * (a reply to it is a follow-up in that conversation) and which answer each button refers to.
 * It lives in the process; after a restart, replies fall back to the default conversation.
 */
export class BotMemory {
  private readonly threads: BoundedMap<string, string>;
  private readonly answers: BoundedMap<string, AnswerRecord>;

  constructor(options: { messages?: number; answers?: number } = {}) {
    this.threads = new BoundedMap(options.messages ?? 10_000);
    this.answers = new BoundedMap(options.answers ?? 5_000);
  }

  rememberMessage(chatId: number, messageId: number, conversationId: string): void {
    this.threads.set(`${chatId}:${messageId}`, conversationId);
  }

  conversationOf(chatId: number, messageId: number): string | undefined {
    return this.threads.get(`${chatId}:${messageId}`);
  }

  /** Stores an answer and returns its key: random, so buttons from before a restart match nothing. */
  rememberAnswer(record: AnswerRecord): string {
    const key = randomBytes(8).toString('hex');
    this.answers.set(key, record);
    return key;
  }

  answer(key: string): AnswerRecord | undefined {
    return this.answers.get(key);
  }
}
