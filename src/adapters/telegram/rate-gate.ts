import { RateLimiter } from '../rate-limit.ts';
import { BoundedMap } from './bounded-map.ts';

export type GateResult = { ok: true } | { ok: false; notice?: string };

/**
 * A per-user rate limit with a polite notice, given once per window: a user who keeps typing
 * while limited is not answered with a flood of notices.
 */
export function createRateGate(limit: { max: number; windowMs: number }, now: () => number = Date.now): (userId: string) => GateResult {
  const limiter = new RateLimiter(limit.max, limit.windowMs, now);
  const noticedUntil = new BoundedMap<string, number>(10_000);
  return (userId) => {
    const verdict = limiter.take(userId);
    if (verdict.ok) return { ok: true };
    const until = noticedUntil.get(userId);
    if (until !== undefined && until > now()) return { ok: false };
    noticedUntil.set(userId, now() + verdict.retryAfterMs);
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    return { ok: false, notice: `⏳ 提问太频繁了，请 ${seconds} 秒后再试。 You are asking a bit fast: please try again in ${seconds} s.` };
  };
}
