import { performance } from 'node:perf_hooks';

export type RateLimit = {
  /** Messages a connection may send in a burst. */
  capacity: number;
  /** Messages per second it earns back. */
  refillPerSecond: number;
};

/**
 * Generous enough for a call set-up (transports, producers and a consumer
 * resume per other person arrive in a burst), far below what a flood sends.
 */
export const defaultRateLimit: RateLimit = { capacity: 200, refillPerSecond: 50 };

/** A token bucket on a monotonic clock (the wall clock may jump). */
export class TokenBucket {
  readonly #limit: RateLimit;
  readonly #now: () => number;
  #tokens: number;
  #updatedAt: number;

  constructor(limit: RateLimit, now: () => number = () => performance.now()) {
    this.#limit = limit;
    this.#now = now;
    this.#tokens = limit.capacity;
    this.#updatedAt = now();
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    const now = this.#now();
    const earned = ((now - this.#updatedAt) / 1000) * this.#limit.refillPerSecond;
    this.#tokens = Math.min(this.#limit.capacity, this.#tokens + earned);
    this.#updatedAt = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
