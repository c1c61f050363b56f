import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

const policy = { baseMs: 1000, capMs: 60_000 };

describe('retryDelayMs', () => {
  it('doubles the ceiling with each attempt', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs(attempt, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  });
  it('never waits less than half the ceiling', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs(attempt, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
  });
  it('caps the wait, even after very many attempts', () => {
    expect(retryDelayMs(10, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(10_000, policy, () => 1)).toBe(60_000);
  });
  it('spreads retries with jitter', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(4, policy)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
