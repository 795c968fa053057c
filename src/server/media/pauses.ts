import type { types } from 'mediasoup';
import type { MediaKind } from '../../shared/signaling';
import { mediaCall } from './peer-media';

/**
 * Microphones and cameras the facilitator holds paused (talking-piece
 * mode). Kept per seat and kind, so a producer created after a reconnect
 * starts paused too.
 */
export class ServerPauses {
  readonly #held = new Set<string>();

  has(peerId: string, kind: MediaKind): boolean {
    return this.#held.has(`${peerId}:${kind}`);
  }

  /** Returns false when the hold was already as asked. */
  set(peerId: string, kind: MediaKind, paused: boolean): boolean {
    if (paused === this.has(peerId, kind)) return false;
    if (paused) this.#held.add(`${peerId}:${kind}`);
    else this.#held.delete(`${peerId}:${kind}`);
    return true;
  }

  forget(peerId: string): void {
    this.#held.delete(`${peerId}:audio`);
    this.#held.delete(`${peerId}:video`);
  }
}

/** A producer flows only when neither its owner nor the facilitator holds it paused. */
export async function applyPause(producer: types.Producer, paused: boolean): Promise<void> {
  if (paused && !producer.paused) await mediaCall(() => producer.pause());
  else if (!paused && producer.paused) await mediaCall(() => producer.resume());
}
