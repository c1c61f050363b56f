// First-load module: how long the page waits before retrying a failed sync.
/** Retry timing for failed syncs: exponential, capped, with jitter so phones do not retry in step. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/** 30 s, 1 min, 2 min … up to 30 min. */
export const SYNC_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 30 * 60_000 };

/**
 * The wait before retry number `attempt` (0 = first retry): half the capped exponential delay
 * plus a random part of the other half ("equal jitter"), so a retry never comes at once.
 */
export function retryDelayMs(attempt: number, policy: BackoffPolicy = SYNC_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
