import type { ChatContext } from '../../core/chat/chat-context.ts';
import { summarizeCommand, type Command } from '../../core/chat/define-command.ts';
import type { CommandSummary, Reply } from '../../core/chat/reply.ts';
import type { Engine } from '../../core/engine-api.ts';
import type { Source } from '../../core/qa/answer.ts';
import type { Logger } from '../../logger.ts';
import { createRateGate, type GateResult } from '../rate-gate.ts';
import { BoundedMap } from '../bounded-map.ts';

/** What the buttons under an answer need once the answer itself has been sent. */
export interface StoredAnswer {
  question: string;
  lang: 'zh' | 'en';
  sources: Source[];
  conversationId: string;
}

/** The adapter's memory and collaborators, shared by the interaction and message handlers. */
export interface DiscordState {
  engine: Engine;
  commands: Map<string, Command>;
  summaries: CommandSummary[];
  logger: Logger;
  /** Questions per user: keeps one person from flooding a channel (with one notice per window). */
  gate: (userId: string) => GateResult;
  /** Bot message id → conversation id: a reply to an answer continues that conversation. */
  conversations: BoundedMap<string, string>;
  /** Answer key (in button custom ids) → what the buttons show or log. */
  answers: BoundedMap<string, StoredAnswer>;
  /** Remembers an answer for its buttons and returns the key to put in their custom ids. */
  rememberAnswer(answer: StoredAnswer): string;
}

export interface DiscordStateOptions {
  engine: Engine;
  commands: Command[];
  logger: Logger;
  /** Questions allowed per user and window; default 5 per 30 s. */
  rateLimit?: { max: number; windowMs: number };
  now?: () => number;
  /** How many answers and bot messages to remember (buttons and follow-ups on older ones expire). */
  memory?: number;
}

export function createDiscordState(options: DiscordStateOptions): DiscordState {
  const { max, windowMs } = options.rateLimit ?? { max: 5, windowMs: 30_000 };
  const memory = options.memory ?? 5_000;
  const answers = new BoundedMap<string, StoredAnswer>(memory);
  // A per-process prefix keeps keys from before a restart from naming a different answer.
  const run = Math.random().toString(36).slice(2, 6);
  let counter = 0;
  return {
    engine: options.engine,
    commands: new Map(options.commands.map((command) => [command.name, command])),
    summaries: options.commands.map(summarizeCommand),
    logger: options.logger,
    gate: createRateGate({ max, windowMs }, options.now),
    conversations: new BoundedMap(memory),
    answers,
    rememberAnswer(answer) {
      counter += 1;
      const key = `${run}${counter.toString(36)}`;
      answers.set(key, answer);
      return key;
    },
  };
}

/** The parts of a ChatContext that do not depend on where the command came from. */
export function baseContext(state: DiscordState, user: { id: string; username: string; globalName?: string | null }) {
  return {
    platform: 'discord',
    user: { id: user.id, name: user.globalName ?? user.username },
    engine: state.engine,
    commands: state.summaries,
  } satisfies Partial<ChatContext>;
}

/** The button key for a reply that is an answer (remembering it for its buttons), else undefined. */
export function answerKeyFor(state: DiscordState, reply: Reply, conversationId: string): string | undefined {
  if (reply.kind !== 'answer') return undefined;
  const { question, lang, sources } = reply.answer;
  return state.rememberAnswer({ question, lang, sources, conversationId });
}
