import type { types } from 'mediasoup';

/** Below this, not even the smallest picture and a voice fit (bits per second). */
export const weakDownlinkBps = 120_000;
/** How long the downlink must stay that weak before video is given up. */
export const weakDownlinkForMs = 10_000;

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

  /** One estimate; true once, when the downlink is judged too weak for video. */
  record(sample: BweSample): boolean {
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

  /** The person asked for video again: judge afresh. */
  rearm(): void {
    this.#told = false;
    this.#weakSince = undefined;
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
