import { RateLimiter } from './rate-limit.ts';

export type GateResult = { ok: true } | { ok: false; retryAfterMs: number; notice?: string };

/**
 * A per-user rate limit for chat adapters. When a user is limited, `notice` is set at most once
 * per window: someone who keeps typing while limited is not answered with a flood of notices.
 */
export function createRateGate(limit: { max: number; windowMs: number }, now: () => number = Date.now): (userId: string) => GateResult {
  const limiter = new RateLimiter(limit.max, limit.windowMs, now);
  const notices = new RateLimiter(1, limit.windowMs, now);
  return (userId) => {
    const verdict = limiter.take(userId);
    if (verdict.ok) return { ok: true };
    const notice = notices.take(userId).ok ? slowDownText(verdict.retryAfterMs) : undefined;
    return notice === undefined ? { ok: false, retryAfterMs: verdict.retryAfterMs } : { ok: false, retryAfterMs: verdict.retryAfterMs, notice };
  };
}

/** The notice a rate-limited user gets, in both languages since we do not know theirs. */
export function slowDownText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `⏳ You are asking a bit fast: please try again in ${seconds} s. / 提问太频繁了，请 ${seconds} 秒后再试。`;
}
