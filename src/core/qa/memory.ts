/** What a conversation remembers of its last answered question, to resolve follow-ups. */
export interface Turn {
  question: string;
  /** The question after follow-up resolution (pronouns replaced). */
  resolved: string;
  /** The thing the question was about (`通义千问`), if one was found. */
  topic?: string;
  /** The answer's short span (`阿里巴巴`), if answered. */
  short?: string;
}

/**
 * Per-conversation memory of the last turn: bounded (least recently used conversations are
 * dropped past `max`) and expiring (`ttlMs` after the last activity). The clock is injected.
 */
export class ConversationMemory {
  private readonly turns = new Map<string, { turn: Turn; at: number }>();
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly max: number;

  constructor(options: { now: () => number; ttlMs: number; max?: number }) {
    this.now = options.now;
    this.ttlMs = options.ttlMs;
    this.max = options.max ?? 5_000;
  }

  get(conversation: string): Turn | undefined {
    const entry = this.turns.get(conversation);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.turns.delete(conversation);
      return undefined;
    }
    return entry.turn;
  }

  set(conversation: string, turn: Turn): void {
    this.turns.delete(conversation); // re-insert: Map order is recency order
    this.turns.set(conversation, { turn, at: this.now() });
    if (this.turns.size > this.max) this.turns.delete(this.turns.keys().next().value!);
  }
}
