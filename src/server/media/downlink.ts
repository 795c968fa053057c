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

/** Feeds a receiving transport's bandwidth estimates (about one a second) to `onEstimate`. */
export async function watchDownlink(
  transport: types.WebRtcTransport,
  now: () => number,
  onEstimate: (estimate: BweSample) => void,
): Promise<void> {
  transport.on('trace', (trace) => {
    if (trace.type !== 'bwe') return;
    const info = trace.info as { availableBitrate?: number; effectiveDesiredBitrate?: number };
    onEstimate({
      at: now(),
      availableBitrate: info.availableBitrate ?? 0,
      desiredBitrate: info.effectiveDesiredBitrate ?? 0,
    });
  });
  await transport.enableTraceEvent(['bwe']).catch(() => undefined);
}

/**
 * Everyone's downlink in a room: tells a person `downlinkWeak` when theirs
 * collapsed while they receive video; their page then gives video up. It
 * asks for video again on new transports: while only the voice flows, the
 * old receiving transport's estimate does not climb back even once the link
 * is good (measured: it stayed at its 30 kbps floor), a new one starts afresh.
 */
export class Downlinks {
  readonly #watches = new Map<string, DownlinkWatch>();
  readonly #notify: Notify;

  constructor(notify: Notify) {
    this.#notify = notify;
  }

  /** Watches a person's new receiving transport (a new one judges afresh). */
  async watch(media: PeerMedia, transport: types.WebRtcTransport): Promise<void> {
    const { peerId } = media;
    let watch = this.#watches.get(peerId);
    if (!watch) {
      watch = new DownlinkWatch();
      this.#watches.set(peerId, watch);
    }
    watch.rearm(Date.now());
    const judged = watch;
    await watchDownlink(transport, Date.now, (estimate) => {
      if (!judged.record(estimate)) return;
      const hasVideo = [...media.consumers.values()].some((c) => c.kind === 'video');
      if (media.receiveVideo && hasVideo) {
        this.#notify(peerId, 'downlinkWeak', { availableBitrate: estimate.availableBitrate });
      }
    });
  }

  /** Video switched on again on the same transport (setMediaPreferences): judge afresh. */
  rearm(peerId: string): void {
    this.#watches.get(peerId)?.rearm(Date.now());
  }

  forget(peerId: string): void {
    this.#watches.delete(peerId);
  }
}
