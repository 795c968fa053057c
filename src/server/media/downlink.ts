import type { types } from 'mediasoup';
import type { Notify, PeerMedia } from './peer-media';

/** Below this, not even the smallest picture and a voice fit (bits per second). */
export const weakDownlinkBps = 120_000;
/** How long the downlink must stay that weak before video is given up. */
export const weakDownlinkForMs = 10_000;
/**
 * After video is asked for again, the estimate needs time to climb back
 * (it only grows while video flows): nothing is judged before this.
 */
export const rampUpGraceMs = 15_000;
/**
 * While video is off the estimate cannot climb (only the voice flows, and
 * the estimator does not probe past what is sent): a retry starts from this
 * floor, held during the grace, so the smallest picture gets its chance.
 */
export const retryFloorBps = 250_000;

export type BweSample = { at: number; availableBitrate: number; desiredBitrate: number };

/**
 * Decides when someone's downlink has collapsed, from the bandwidth estimates
 * of their receiving transport (mediasoup's transport-cc estimator): it must
 * stay under `weakDownlinkBps` while video wants more, for `weakDownlinkForMs`
 * without a break. Pure, so the rule is tested without a network.
 */
export class DownlinkWatch {
  #weakSince: number | undefined;
  #told = false;
  #graceUntil = 0;

  /** One estimate; true once, when the downlink is judged too weak for video. */
  record(sample: BweSample): boolean {
    if (sample.at < this.#graceUntil) return false;
    const weak =
      sample.availableBitrate < weakDownlinkBps && sample.desiredBitrate > sample.availableBitrate;
    if (!weak) {
      this.#weakSince = undefined;
      return false;
    }
    this.#weakSince ??= sample.at;
    if (this.#told || sample.at - this.#weakSince < weakDownlinkForMs) return false;
    this.#told = true;
    return true;
  }

  /** Video starts (again): judge afresh, once the estimate had time to climb. */
  rearm(now: number): void {
    this.#told = false;
    this.#weakSince = undefined;
    this.#graceUntil = now + rampUpGraceMs;
  }
}

/** Feeds a receiving transport's bandwidth estimates to a watch; `onWeak` runs when it says so. */
export async function watchDownlink(
  transport: types.WebRtcTransport,
  watch: DownlinkWatch,
  now: () => number,
  onWeak: (availableBitrate: number) => void,
): Promise<void> {
  transport.on('trace', (trace) => {
    if (trace.type !== 'bwe') return;
    const info = trace.info as { availableBitrate?: number; effectiveDesiredBitrate?: number };
    const availableBitrate = info.availableBitrate ?? 0;
    const desiredBitrate = info.effectiveDesiredBitrate ?? 0;
    if (watch.record({ at: now(), availableBitrate, desiredBitrate })) onWeak(availableBitrate);
  });
  await transport.enableTraceEvent(['bwe']).catch(() => undefined);
}

/**
 * Everyone's downlink in a room: tells a person `downlinkWeak` when theirs
 * collapsed while they receive video; their page then gives video up.
 */
export class Downlinks {
  readonly #watches = new Map<string, DownlinkWatch>();
  readonly #transports = new Map<string, types.WebRtcTransport>();
  readonly #floors = new Map<string, NodeJS.Timeout>();
  readonly #notify: Notify;

  constructor(notify: Notify) {
    this.#notify = notify;
  }

  /** Watches a person's new receiving transport (a new one judges afresh). */
  async watch(media: PeerMedia, transport: types.WebRtcTransport): Promise<void> {
    let watch = this.#watches.get(media.peerId);
    if (!watch) {
      watch = new DownlinkWatch();
      this.#watches.set(media.peerId, watch);
    }
    watch.rearm(Date.now());
    this.#transports.set(media.peerId, transport);
    await watchDownlink(transport, watch, Date.now, (availableBitrate) => {
      const hasVideo = [...media.consumers.values()].some((c) => c.kind === 'video');
      if (media.receiveVideo && hasVideo) {
        this.#notify(media.peerId, 'downlinkWeak', { availableBitrate });
      }
    });
  }

  /** The person asked for video again: a fresh judgement, from a raised floor. */
  async rearm(peerId: string): Promise<void> {
    this.#watches.get(peerId)?.rearm(Date.now());
    const transport = this.#transports.get(peerId);
    if (!transport || transport.closed) return;
    clearTimeout(this.#floors.get(peerId));
    await transport.setMinOutgoingBitrate(retryFloorBps).catch(() => undefined);
    const timer = setTimeout(() => {
      this.#floors.delete(peerId);
      // 0 gives the estimator back its own floor.
      if (!transport.closed) void transport.setMinOutgoingBitrate(0).catch(() => undefined);
    }, rampUpGraceMs);
    timer.unref();
    this.#floors.set(peerId, timer);
  }

  forget(peerId: string): void {
    this.#watches.delete(peerId);
    this.#transports.delete(peerId);
    clearTimeout(this.#floors.get(peerId));
    this.#floors.delete(peerId);
  }
}
