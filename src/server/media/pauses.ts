import type { types } from 'mediasoup';
import type { HoldReason, MediaKind } from '../../shared/signaling';
import { mediaCall } from './peer-media';

/**
 * Microphones and cameras the server holds paused, with why: the
 * facilitator by hand, or talking-piece mode. Reasons are kept apart so that
 * ending talking-piece mode never releases someone the facilitator paused.
 * Kept per seat and kind, so a producer created after a reconnect starts
 * paused too.
 */
export class ServerPauses {
  readonly #held = new Map<string, Set<HoldReason>>();

  /** Whether anything holds it paused. */
  has(peerId: string, kind: MediaKind): boolean {
    return (this.#held.get(`${peerId}:${kind}`)?.size ?? 0) > 0;
  }

  /** Everything holding it paused, in a stable order. */
  reasons(peerId: string, kind: MediaKind): HoldReason[] {
    const held = this.#held.get(`${peerId}:${kind}`);
    return held ? [...held].sort() : [];
  }

  /** Adds or removes one reason; returns false when it was already as asked. */
  set(peerId: string, kind: MediaKind, reason: HoldReason, paused: boolean): boolean {
    const key = `${peerId}:${kind}`;
    const held = this.#held.get(key) ?? new Set<HoldReason>();
    if (paused === held.has(reason)) return false;
    if (paused) held.add(reason);
    else held.delete(reason);
    if (held.size > 0) this.#held.set(key, held);
    else this.#held.delete(key);
    return true;
  }

  forget(peerId: string): void {
    this.#held.delete(`${peerId}:audio`);
    this.#held.delete(`${peerId}:video`);
  }
}

/**
 * Applies pauses to producers one at a time per producer, each step reading
 * what is wanted when it runs. mediasoup updates `producer.paused` only once
 * the worker answers, so two overlapping calls (talking-piece moving on while
 * the owner mutes) could otherwise leave a producer in the wrong state.
 */
export class PauseSync {
  readonly #chains = new Map<string, Promise<void>>();

  /** Brings the producer to `wanted()` (true: paused) after any step still under way. */
  sync(producer: types.Producer, wanted: () => boolean): Promise<void> {
    const previous = this.#chains.get(producer.id) ?? Promise.resolve();
    const step = previous
      .catch(() => {})
      .then(async () => {
        if (producer.closed) return;
        const paused = wanted();
        try {
          if (paused && !producer.paused) await mediaCall(() => producer.pause());
          else if (!paused && producer.paused) await mediaCall(() => producer.resume());
        } catch (error) {
          // A producer closed meanwhile has nothing left to pause.
          if (!producer.closed) throw error;
        }
      });
    this.#chains.set(producer.id, step);
    void step
      .catch(() => {})
      .then(() => {
        if (this.#chains.get(producer.id) === step) this.#chains.delete(producer.id);
      });
    return step;
  }
}
