/*
 * Where a client stands on the server's clock. Every countdown is computed
 * from `endsAt` in server time, so all pages agree on what they show as long
 * as each knows its offset to the server (Cristian's algorithm: the sample
 * with the shortest round trip bounds the error best).
 */

/** One `ping`: local time when sent and when the reply arrived, and the server's time in between. */
export type ClockSample = { t0: number; serverTime: number; t1: number };

/** `offsetMs` is server minus local; the true offset lies within ± `errorBoundMs`. */
export type ClockOffset = { offsetMs: number; rttMs: number; errorBoundMs: number };

/**
 * The offset from several samples: the one with the lowest round trip wins,
 * and its server time is placed at the midpoint of the trip. Whatever the
 * split of the delay between the two directions, the error is at most half
 * that round trip. Samples with a negative trip (a local clock that jumped)
 * are ignored; null when none is usable.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockSample | undefined;
  for (const sample of samples) {
    const rtt = sample.t1 - sample.t0;
    if (!Number.isFinite(rtt) || rtt < 0 || !Number.isFinite(sample.serverTime)) continue;
    if (best === undefined || rtt < best.t1 - best.t0) best = sample;
  }
  if (best === undefined) return null;
  const rttMs = best.t1 - best.t0;
  return {
    offsetMs: best.serverTime - (best.t0 + best.t1) / 2,
    rttMs,
    errorBoundMs: rttMs / 2,
  };
}

/** The server's clock now, from a local reading and the offset. */
export function serverNow(localNow: number, offsetMs: number): number {
  return localNow + offsetMs;
}

/** Samples taken by `measureOffset`; five is plenty on a LAN or a decent line. */
export const DEFAULT_CLOCK_SAMPLES = 5;

/**
 * Takes `count` samples one after the other and estimates the offset.
 * `ping` resolves with the server's time (the `ping` signaling method);
 * `localNow` should be a clock that does not jump, in epoch milliseconds
 * (in a browser: `performance.timeOrigin + performance.now()`). Pings that
 * fail are skipped; rejects only when none succeeds.
 */
export async function measureOffset(
  ping: () => Promise<number>,
  localNow: () => number,
  count = DEFAULT_CLOCK_SAMPLES,
): Promise<ClockOffset> {
  const samples: ClockSample[] = [];
  let lastError: unknown;
  for (let i = 0; i < count; i += 1) {
    const t0 = localNow();
    try {
      const serverTime = await ping();
      samples.push({ t0, serverTime, t1: localNow() });
    } catch (error) {
      lastError = error;
    }
  }
  const offset = estimateOffset(samples);
  if (offset === null) throw lastError ?? new Error('No usable clock sample');
  return offset;
}
