import type { Clock } from '../util/clock';
import type { Peer } from './peer';

/**
 * Keeps dropped seats for the reconnect window. The clock decides whether a
 * reconnect is still in time; a timer frees seats nobody comes back for.
 */
export class SeatHolds {
  readonly #clock: Clock;
  readonly #windowMs: number;
  readonly #onExpire: (peer: Peer) => void;
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(clock: Clock, windowMs: number, onExpire: (peer: Peer) => void) {
    this.#clock = clock;
    this.#windowMs = windowMs;
    this.#onExpire = onExpire;
  }

  hold(peer: Peer): void {
    this.release(peer.id);
    const timer = setTimeout(() => {
      this.#timers.delete(peer.id);
      if (!peer.closed && !peer.connected) this.#onExpire(peer);
    }, this.#windowMs);
    timer.unref();
    this.#timers.set(peer.id, timer);
  }

  release(peerId: string): void {
    clearTimeout(this.#timers.get(peerId));
    this.#timers.delete(peerId);
  }

  /** Whether a dropped seat is past its window (a connected seat never is). */
  expired(peer: Peer): boolean {
    const since = peer.disconnectedAt;
    return since !== undefined && this.#clock.now() - since > this.#windowMs;
  }

  clear(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
