import type { types } from 'mediasoup';
import type { HoldReason, MediaKind } from '../../shared/signaling';
import { SignalingError } from '../errors';
import { PauseSync, ServerPauses } from './pauses';
import { producerOfKind, type Notify, type PeerMedia } from './peer-media';

/**
 * What the server holds paused and why, applied to producers and told to
 * their owners: `pausedByServer` for the facilitator's own pauses (as before),
 * `heldPaused` with every reason for a UI that explains them.
 */
export class Holds {
  readonly #pauses = new ServerPauses();
  readonly #sync = new PauseSync();
  readonly #notify: Notify;

  constructor(notify: Notify) {
    this.#notify = notify;
  }

  has(peerId: string, kind: MediaKind): boolean {
    return this.#pauses.has(peerId, kind);
  }

  /** Adds or removes one reason, then brings the person's producer (if any) in line. */
  async set(
    peerId: string,
    kind: MediaKind,
    reason: HoldReason,
    paused: boolean,
    media: PeerMedia | undefined,
  ): Promise<void> {
    if (!this.#pauses.set(peerId, kind, reason, paused)) return;
    const producer = media && producerOfKind(media, kind);
    if (producer) await this.apply(media, producer);
    if (reason === 'facilitator') this.#notify(peerId, 'pausedByServer', { kind, paused });
    this.#notify(peerId, 'heldPaused', { kind, reasons: this.#pauses.reasons(peerId, kind) });
  }

  /** A producer flows only when neither its owner nor the server holds it paused. */
  apply(media: PeerMedia, producer: types.Producer): Promise<void> {
    return this.#sync.sync(
      producer,
      () => this.#pauses.has(media.peerId, producer.kind) || media.selfPaused.has(producer.id),
    );
  }

  /** Tells someone whose new producer starts held paused, and why. */
  announce(peerId: string, kind: MediaKind): void {
    const reasons = this.#pauses.reasons(peerId, kind);
    if (reasons.length === 0) return;
    if (reasons.includes('facilitator')) {
      this.#notify(peerId, 'pausedByServer', { kind, paused: true });
    }
    this.#notify(peerId, 'heldPaused', { kind, reasons });
  }

  /** The owner may not unmute what the server holds paused. */
  assertMayResume(peerId: string, kind: MediaKind): void {
    const reasons = this.#pauses.reasons(peerId, kind);
    if (reasons.length === 0) return;
    throw new SignalingError(
      'FORBIDDEN',
      reasons.includes('facilitator')
        ? 'The facilitator is holding this paused.'
        : 'Talking-piece mode: only the speaker can be heard.',
    );
  }

  forget(peerId: string): void {
    this.#pauses.forget(peerId);
  }
}
